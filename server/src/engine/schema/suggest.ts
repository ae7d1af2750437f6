/**
 * "Did you mean …?" for key names and enum values of the charter schema. French authors often
 * write the key in French (`réversibilité`, `suivi`): a small table maps those onto the contract's
 * English names; everything else goes by edit distance.
 */

/** Lower case, no accents, no separators: `Service_Quality` and `servicequality` are the same word. */
export function normalizeKey(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s\-_'’.·]/g, '');
}

/** French (normalized) -> name used by the schema; only offered when that name is allowed where the word stands. */
const FRENCH: Readonly<Record<string, string>> = {
  gouvernance: 'governance', donnees: 'data', citoyens: 'citizens', habitants: 'citizens',
  territoire: 'territory', niveau: 'level', echelon: 'level', nom: 'name', titre: 'title', intitule: 'title',
  adoption: 'adopted', adopte: 'adopted', adoptee: 'adopted', acte: 'act', deliberation: 'act',
  instance: 'body', comite: 'body', membres: 'members', mandat: 'mandate', usages: 'usage', interne: 'internal',
  ecosysteme: 'ecosystem', reseaux: 'cityNetworks', reseauxdevilles: 'cityNetworks', intercommunalite: 'intercommunal',
  interetterritorial: 'territorialInterest', donneesdinteretterritorial: 'territorialInterest', partage: 'sharing',
  interoperabilite: 'interoperability', technique: 'technical', juridique: 'legal', reversibilite: 'reversibility',
  jeuxdedonnees: 'datasets', donneesbrutes: 'rawData', delai: 'timing', formation: 'training',
  parrain: 'sponsor', elu: 'sponsor', elue: 'sponsor', elureferent: 'sponsor', titulaire: 'holder',
  experimentations: 'pilots', casdusage: 'useCase', echelle: 'scale', maturite: 'maturity',
  indicateurs: 'kpis', indicateur: 'indicator', cible: 'target', unite: 'unit', echeance: 'deadline',
  mesure: 'measurement', mesuredimpact: 'measurement', couts: 'costs', productivite: 'productivity',
  qualitedeservice: 'serviceQuality', empreintecarbone: 'carbonFootprint', concertation: 'consultation',
  participation: 'consultation', etape: 'stage', moment: 'stage', methodes: 'methods', dispositifs: 'methods',
  suivi: 'followUp', porteur: 'owner', responsable: 'owner', rythme: 'cadence', frequence: 'cadence',
  texte: 'text', lien: 'url',
  // enum values
  amont: 'upstream', enamont: 'upstream', prealable: 'upstream', pendant: 'during', apres: 'after', aval: 'after',
  francais: 'fr', french: 'fr', anglais: 'en', english: 'en',
};

/** The allowed name closest to `word`, or nothing when none is close enough to be a plausible typo. */
export function closest(word: string, allowed: readonly string[]): string | undefined {
  const w = normalizeKey(word);
  if (!w) return undefined;
  const french = FRENCH[w];
  if (french !== undefined && allowed.includes(french)) return french;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const d = distance(w, normalizeKey(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const longer = Math.max(w.length, best === undefined ? 0 : normalizeKey(best).length);
  const tolerated = longer <= 5 ? 1 : longer <= 8 ? 2 : 3;
  return bestDistance <= tolerated ? best : undefined;
}

/** Damerau-Levenshtein (optimal string alignment): a swapped pair of letters is one typo. */
export function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
