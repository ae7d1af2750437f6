import type { CheckCode, ExtraRuleId, Locale, RuleId } from './types';

/** Where the rule pages live; diagnostics link to `${DOCS_BASE}/P08.md`. */
export const DOCS_BASE = 'https://github.com/charterlint/charterlint/blob/main/docs/rules';

export type Axis = 1 | 2 | 3 | 4 | 5;

export interface RuleMeta {
  id: RuleId;
  name: string;
  axis?: Axis;
  /** One line: what the rule asks for, in each locale. */
  summary: Record<Locale, string>;
}

export const AXES: Record<Axis, Record<Locale, string>> = {
  1: { en: 'Governance', fr: 'Gouvernance' },
  2: { en: 'Data in contracts', fr: 'La donnée dans les contrats' },
  3: { en: 'Organisation and roles', fr: 'Organisation et rôles' },
  4: { en: 'Measured impact', fr: "Mesure de l'impact" },
  5: { en: "Citizens' trust", fr: 'Confiance des citoyens' },
};

const check = (id: CheckCode, name: string, axis: Axis, en: string, fr: string): RuleMeta =>
  ({ id, name, axis, summary: { en, fr } });
const extra = (id: ExtraRuleId, en: string, fr: string): RuleMeta =>
  ({ id, name: id, summary: { en, fr } });

export const RULES: readonly RuleMeta[] = [
  check('P01', 'governance-body', 1, 'A named body governs data, with room for innovation.', 'Une instance nommée gouverne la donnée et ouvre la voie à l’innovation.'),
  check('P02', 'usage-framework', 1, 'Rules of data use for the administration and for the territory’s actors.', 'Des règles d’usage des données pour les services et pour les acteurs du territoire.'),
  check('P03', 'ecosystem-exchanges', 1, 'A standing forum where the territory’s data actors exchange.', 'Un lieu d’échange pérenne entre les acteurs de la donnée du territoire.'),
  check('P04', 'city-network', 1, 'Membership of a network of cities for standards and good practice.', 'L’adhésion à un réseau de villes pour les standards et les bonnes pratiques.'),
  check('P05', 'intercommunal-policy', 1, 'A data policy carried or pooled at intercommunal level.', 'Une politique de la donnée portée ou mutualisée à l’échelle intercommunale.'),
  check('P06', 'territorial-interest-data', 2, 'Data of territorial interest defined, with a way for partners to share it.', 'Des données d’intérêt territorial définies, avec un mécanisme de partage.'),
  check('P07', 'interoperability-framework', 2, 'A named technical standard and a legal framework for interoperability.', 'Un standard technique nommé et un cadre juridique d’interopérabilité.'),
  check('P08', 'reversibility-clause', 2, 'A reversibility clause that names the data and the formats.', 'Une clause de réversibilité qui nomme les données et les formats.'),
  check('P09', 'agent-training', 3, 'A training plan for the administration’s agents.', 'Un plan de formation et d’acculturation des agents.'),
  check('P10', 'data-roles', 3, 'A dedicated data role and an elected sponsor.', 'Un rôle dédié à la donnée et un portage politique par un élu.'),
  check('P11', 'incremental-pilot', 4, 'Pilots limited to a mature use case or a small scale.', 'Des expérimentations limitées à un cas d’usage mûr ou à une petite échelle.'),
  check('P12', 'partnership-kpis', 4, 'Partnership indicators with quantified targets.', 'Des indicateurs de partenariat avec des cibles chiffrées.'),
  check('P13', 'impact-measurement', 4, 'Impact measured on costs, productivity, service quality and carbon footprint.', 'La mesure de l’impact : coûts, productivité, qualité de service, empreinte carbone.'),
  check('P14', 'public-communication', 5, 'Campaigns that tell residents how their data is used.', 'Des campagnes qui informent les habitants des usages de leurs données.'),
  check('P15', 'citizen-consultation', 5, 'Citizens consulted upstream, and a self-data initiative.', 'Des citoyens consultés en amont, et une démarche de self data.'),
  check('P16', 'follow-up-ownership', 5, 'A named owner and a follow-up cadence.', 'Un porteur nommé et un rythme de suivi.'),
  extra('document-type', 'The document type was inferred, not declared.', 'Le type de document a été déduit, non déclaré.'),
  extra('schema', 'A YAML charter must follow schemas/charter.schema.json.', 'Une charte YAML doit suivre schemas/charter.schema.json.'),
  extra('placeholder', 'A template placeholder is still unfilled.', 'Un champ du modèle reste à compléter.'),
  extra('unused-suppression', 'A suppression comment that suppresses nothing.', 'Un commentaire de désactivation qui ne désactive rien.'),
  extra('suppression-reason', 'A suppression comment must give a reason.', 'Un commentaire de désactivation doit donner une raison.'),
  extra('parse-error', 'The document could not be read as YAML or Markdown.', 'Le document n’a pas pu être lu comme du YAML ou du Markdown.'),
];

const byId = new Map<string, RuleMeta>(RULES.map((r) => [r.id, r]));
const byName = new Map<string, RuleMeta>(RULES.map((r) => [r.name, r]));

/** Resolves a code (`P08`, `p8`) or a name (`reversibility-clause`) to its rule, or undefined. */
export function findRule(codeOrName: string): RuleMeta | undefined {
  const key = codeOrName.trim();
  const code = /^p(\d{1,2})$/i.exec(key);
  if (code) return byId.get(`P${code[1]!.padStart(2, '0')}`);
  return byId.get(key) ?? byName.get(key.toLowerCase());
}

export function ruleMeta(id: RuleId): RuleMeta {
  const meta = byId.get(id);
  if (!meta) throw new Error(`unknown rule ${id}`);
  return meta;
}

export function docsUrl(id: RuleId): string {
  return `${DOCS_BASE}/${id}.md`;
}
