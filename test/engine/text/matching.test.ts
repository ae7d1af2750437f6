import assert from 'node:assert/strict';
import { foldWord } from '../../../server/src/engine/text/fold';
import { TermMatcher } from '../../../server/src/engine/text/matcher';
import { continuesList, NegationDetector } from '../../../server/src/engine/text/negation';
import { quantifiedTargets } from '../../../server/src/engine/text/target';
import { TokenStream, termKeys } from '../../../server/src/engine/text/tokens';
import { lexicon, pluperfect, pluralVerb } from '../../../server/src/engine/vocabulary';

function stream(text: string): TokenStream {
  const s = new TokenStream();
  s.add(text, 0, text.length);
  return s;
}

describe('word folding', () => {
  it('folds plural and feminine forms onto the same key', () => {
    const same = [
      ['administratrice', 'administrateur'], ['directrices', 'directeur'], ['élues', 'élu'], ['référentes', 'référent'],
      ['déléguée', 'délégué'], ['données', 'donnée'], ['territoriaux', 'territorial'], ['réseaux', 'réseau'],
      ['annuelle', 'annuel'], ['citoyennes', 'citoyen'], ['policies', 'policy'], ['committees', 'committee'],
    ];
    for (const [a, b] of same) assert.equal(foldWord(a!), foldWord(b!), `${a} ~ ${b}`);
  });

  it('keeps apart the words a stemmer would confuse', () => {
    const apart = [['formation', 'format'], ['communication', 'commune'], ['données', 'don'], ['formats', 'formation']];
    for (const [a, b] of apart) assert.notEqual(foldWord(a!), foldWord(b!), `${a} !~ ${b}`);
  });

  it('folds nouns in -ité, -uté, -iété written without accents as with them', () => {
    const same = [
      ['qualité', 'qualite'], ['productivité', 'productivite'], ['productivités', 'productivite'], ['communauté', 'communaute'],
      ['société', 'societe'], ['limitée', 'limité'], ['limitée', 'limite'],
    ];
    for (const [a, b] of same) assert.equal(foldWord(a!), foldWord(b!), `${a} ~ ${b}`);
    // Past participles elsewhere keep their feminine and masculine together, and « données » stays apart from « donne ».
    assert.equal(foldWord('déléguée'), foldWord('délégué'));
    assert.notEqual(foldWord('données'), foldWord('donne'));
  });

  it('reads inclusive writing and elision', () => {
    assert.deepEqual(stream("l'élu·e référent·e").keys, stream('l élu référent').keys);
    assert.deepEqual(stream('administrateur·rice général·e').keys, stream('administrateur général').keys);
    assert.deepEqual(stream('chef·fe de projet, actif·ve·s').keys, stream('chef de projet, actif').keys);
    assert.deepEqual(stream('délégué(e)s').keys, stream('délégué').keys);
    assert.deepEqual(termKeys("d'intérêt"), ['d', 'interet']);
  });
});

describe('term matcher', () => {
  const stop = new Set(termKeys('de la des du d l le les the of'));
  const build = (terms: Record<string, string[]>) => {
    const m = new TermMatcher(stop);
    for (const [g, list] of Object.entries(terms)) for (const t of list) m.add(g, t);
    return m;
  };
  const groups = (m: TermMatcher, text: string) => m.match(stream(text), text).map((h) => m.groupName(h.group));

  it('ignores stop words, case, accents and inflection', () => {
    const m = build({ body: ['comité de la donnée'] });
    assert.deepEqual(groups(m, 'Le Comité des Données se réunit.'), ['body']);
  });

  it('keeps the words of a term in one table cell, unless the term is a trap', () => {
    const m = build({ role: ['service de la donnée'], 'role!': ['consulter … données'] });
    assert.deepEqual(groups(m, '| Mise en service | Les données publiables sont-elles publiées ? |'), []);
    assert.deepEqual(groups(m, '| Service de la donnée | Pilote |'), ['role']);
    assert.deepEqual(groups(m, '| Consulter | les données |'), ['role!']);
  });

  it('keeps the first two words of a term written without a gap in one clause, unless the term is a trap or a gap allows more', () => {
    const m = build({ network: ['association of cities', 'comité … donnée'] });
    assert.deepEqual(groups(m, 'The city is a member of the Association of Cities.'), ['network']);
    assert.deepEqual(groups(m, 'The two largest housing associations, the city\'s bus operator and the police.'), []);
    const traps = build({ 'network!': ['association of cities'] });
    assert.deepEqual(groups(traps, 'The two largest housing associations, the city\'s bus operator and the police.'), ['network!']);
    assert.deepEqual(groups(m, 'Le comité, élargi, de la donnée se réunit.'), ['network']);
    // (The matcher of phrases that keep every word reads across an aside: « renonce, à ce stade, à étendre ».)
    const phrases = new TermMatcher(new Set());
    phrases.add('refused', 'renonce à');
    assert.deepEqual(phrases.match(stream('Le comité renonce, à ce stade, à étendre ces règles.'), 'Le comité renonce, à ce stade, à étendre ces règles.').map((h) => phrases.groupName(h.group)), ['refused']);
  });

  it('matches an English compound side by side, a conjunction aside; a French term over the articles it leaves out', () => {
    const m = new TermMatcher(new Set(termKeys('de la des du d l le les the of for to at on and et s')));
    m.add('body', 'data council', undefined, true);
    m.add('body', 'data ethics board', undefined, true);
    m.add('productivity', 'temps agent', undefined, false);
    const found = (text: string) => m.match(stream(text), text).map((h) => m.groupName(h.group));
    assert.deepEqual(found('The Data Council meets monthly.'), ['body']);
    assert.deepEqual(found('Services report data to the council every year.'), []);
    assert.deepEqual(found('The Data and Ethics Board meets monthly.'), ['body']);
    m.add('internal', 'borough staff', undefined, true);
    assert.deepEqual(found("The Borough's staff must not share passwords."), ['internal']);
    assert.deepEqual(found("Le bilan mesure le temps d'agents gagné."), ['productivity']);
  });

  it('allows up to three words in a gap, within one sentence', () => {
    const m = build({ body: ['comité … donnée'] });
    assert.deepEqual(groups(m, 'le comité de pilotage stratégique de la donnée'), ['body']);
    assert.deepEqual(groups(m, 'le comité a, b, c, d, e et f pour la donnée'), []);
    assert.deepEqual(groups(m, 'Le comité se réunit. La donnée est publique.'), []);
  });

  it('finds a term whose second word stands at the far end of its gap, when its first word starts terms of two words only', () => {
    // « comité » starts no term of one word: a start of it is passed over unless a second word of
    // its terms stands within the widest gap (seven words), which must then still be found.
    const m = build({ short: ['comité … donnée'], long: ['comité …… rapport'], pair: ['comité stratégique'] });
    assert.deepEqual(groups(m, 'le comité alpha beta gamma donnée'), ['short']);
    assert.deepEqual(groups(m, 'le comité alpha beta gamma delta donnée'), []);
    assert.deepEqual(groups(m, 'le comité un deux trois quatre cinq six sept rapport'), ['long']);
    assert.deepEqual(groups(m, 'le comité un deux trois quatre cinq six sept huit rapport'), []);
    assert.deepEqual(groups(m, 'le comité stratégique, le comité'), ['pair']);
    // A term of one word added later is found at every start of its word.
    m.add('one', 'comité');
    assert.deepEqual(groups(m, 'le comité se réunit ; le comité stratégique'), ['one', 'one', 'pair']);
  });

  it('does not try the terms of a first word followed by none of their second words within reach', () => {
    // (« par » a stop word: « par an » is matched word for word, over the sequence of all words.)
    const m = new TermMatcher(new Set(termKeys('le par')));
    const terms = [['pair', 'comité stratégique'], ['gap', 'comité … donnée'], ['council', 'conseil municipal'], ['strict', 'par an']] as const;
    for (const [g, t] of terms) m.add(g, t);
    const tried: number[] = [];
    const proto = TermMatcher.prototype as unknown as { tryBucket: (b: unknown, c: number, ...rest: unknown[]) => void };
    const tryBucket = proto.tryBucket;
    proto.tryBucket = function (this: TermMatcher, b: unknown, c: number, ...rest: unknown[]) {
      tried.push(c);
      tryBucket.call(this, b, c, ...rest);
    };
    try {
      // (« municipal » is a second word, of « conseil »: not of « comité ».)
      const text = 'Le comité municipal se réunit, par exemple. Le comité stratégique, deux fois par an.';
      assert.deepEqual(groups(m, text), ['pair', 'strict']);
      // Tried: the second « comité » (word 5 but stop words) and the second « par » (word 12 of all).
      assert.deepEqual(tried, [5, 12]);
    } finally {
      proto.tryBucket = tryBucket;
    }
  });

  it('matches prefixes and exact-case acronyms', () => {
    const m = build({ pilot: ['expériment*'], dpo: ['=DPO'] });
    assert.deepEqual(groups(m, 'Une expérimentation'), ['pilot']);
    assert.deepEqual(groups(m, 'Le DPO, le dpo'), ['dpo']);
  });

  it('gives the hits of one-word terms sharing a first word in the order of the terms, each exact spelling checked', () => {
    const m = build({ a: ['=DPO'], b: ['dpo'], c: ['=Dpo'], d: ['dpo', '=DPO'] });
    const spans = m.match(stream('DPO, Dpo, dpo'), 'DPO, Dpo, dpo').map((h) => `${m.groupName(h.group)} ${h.first}`);
    assert.deepEqual(spans, ['a 0', 'b 0', 'd 0', 'b 1', 'c 1', 'd 1', 'b 2', 'd 2']);
  });

  it('checks the exact spellings a term asks of its first and of its second word', () => {
    const m = build({ a: ['=Data board'], b: ['data =Board'], c: ['data board'] });
    const text = 'Data board. data Board. Data Board. data board.';
    const spans = m.match(stream(text), text).map((h) => `${m.groupName(h.group)} ${h.first}`).sort();
    assert.deepEqual(spans, ['a 0', 'a 4', 'b 2', 'b 4', 'c 0', 'c 2', 'c 4', 'c 6']);
  });

  it('gives a group one hit on words two of its terms find (« =CSV » and « csv », « model … clauses » and « model clauses »), whichever comes first', () => {
    const spans = (m: TermMatcher, text: string) => m.match(stream(text), text).map((h) => `${m.groupName(h.group)} ${h.first}-${h.last}`).sort();
    for (const formats of [['=CSV', 'csv'], ['csv', '=CSV'], ['=CSV', '=Csv', 'csv']]) {
      const m = build({ formats, acronyms: ['=CSV'] });
      assert.deepEqual(spans(m, 'CSV, Csv, csv'), ['acronyms 0-0', 'formats 0-0', 'formats 1-1', 'formats 2-2'], formats.join(' '));
    }
    // Spelled forms alone keep each their own words.
    assert.deepEqual(spans(build({ formats: ['=CSV', '=Csv'] }), 'CSV, Csv, csv'), ['formats 0-0', 'formats 1-1']);
    // A word and its prefix; a phrase with and without a gap; a word of the group inside the phrase keeps its hit.
    assert.deepEqual(spans(build({ measure: ['measure', 'measur*'] }), 'We measure impact.'), ['measure 1-1']);
    assert.deepEqual(spans(build({ legal: ['model … clauses', 'model clauses', 'clauses'] }), 'model clauses, model data clauses'), ['legal 0-1', 'legal 1-1', 'legal 2-4', 'legal 4-4']);
  });

  it('keeps a word of a term that only the other language stops (« par an »: "an" is an English article)', () => {
    const both = new Set(termKeys('une par an the'));
    const french = new Set(termKeys('une par'));
    const m = new TermMatcher(both);
    m.add('cadence', 'deux fois par an', french);
    m.add('cadence', 'au moins une fois par an', french);
    assert.deepEqual(groups(m, 'Le comité se réunit deux fois par an.'), ['cadence']);
    assert.deepEqual(groups(m, 'Un bilan au moins une fois par an.'), ['cadence']);
    // Dropped as a stop word, "an" would leave « deux fois » and « moins fois », which any count matches.
    assert.deepEqual(groups(m, 'Le comité a été réuni deux fois.'), []);
    assert.deepEqual(groups(m, 'Ils ont renoncé au moins une fois à une démarche.'), []);
  });

  it('reads every token in a matcher without stop words, after a matcher with them has read the same stream', () => {
    const withStops = new TermMatcher(new Set(termKeys('la de est')));
    withStops.add('a', 'publication donnée');
    const plain = new TermMatcher(new Set());
    plain.add('b', 'sous réserve');
    const text = 'La publication de la donnée est prévue sous réserve de financement.';
    const s = stream(text);
    assert.equal(withStops.match(s, text).length, 1);
    const hits = plain.match(s, text);
    assert.deepEqual(hits.map((h) => [s.forms[h.first]!.key, s.forms[h.last]!.key]), [[foldWord('sous'), foldWord('réserve')]]);
  });

  it('matches word for word a term that spells out a stop word (« =tout », "=each")', () => {
    const m = new TermMatcher(new Set(termKeys('the of each avant tout')));
    m.add('cadence', 'end of =each year');
    m.add('upstream', 'avant =tout déploiement');
    assert.deepEqual(groups(m, 'A report at the end of each year.'), ['cadence']);
    assert.deepEqual(groups(m, 'A report at the end of the year.'), []);
    assert.deepEqual(groups(m, 'Une concertation avant tout déploiement.'), ['upstream']);
    // Far into a long text (the matcher's columns grown past their first size), and its place.
    const long = `${'Une phrase de plus. '.repeat(400)}A report at the end of each year.`;
    const hits = m.match(stream(long), long);
    assert.deepEqual(hits.map((h) => m.groupName(h.group)), ['cadence']);
    assert.equal(stream(long).forms[hits[0]!.first]!.key, 'end');
  });
});

describe('negation', () => {
  const lex = lexicon();
  const negated = (text: string, term: string): boolean => {
    const s = stream(text);
    const m = new TermMatcher(new Set());
    m.add('t', term);
    const hit = m.match(s, text)[0];
    assert.ok(hit, `${term} found in ${text}`);
    return new NegationDetector(s, text, lex).isNegated(hit);
  };

  it('reads a question that opens a sentence as asking, even at the start of the text, but not one that opens an item', () => {
    assert.equal(negated('Whether the Standard should also bind contractors was discussed at length.', 'contractors'), true);
    assert.equal(negated('The Standard binds staff. Whether it should also bind contractors was discussed.', 'contractors'), true);
    assert.equal(negated('The evaluation asks:\n- whether contractors were consulted;', 'contractors'), false);
    assert.equal(negated('Whether you are staff or a contractor, you may use Town data only for Town business.', 'contractor'), false);
  });

  it('leaves a restrictive relative clause its own negation, unless it denies what its head is', () => {
    assert.equal(negated('Partners that are not bound by contract are invited to share them.', 'Partners'), false);
    assert.equal(negated('Les partenaires qui ne sont pas liés par contrat sont invités à les partager.', 'partenaires'), false);
    assert.equal(negated('Contractors who are not bound by the charter are not covered.', 'Contractors'), true);
    assert.equal(negated('Une expérimentation qui n\'en est pas une.', 'expérimentation'), true);
    assert.equal(negated('A pilot that is not a pilot at all.', 'pilot'), true);
    // Set off by a comma, the clause says something of the head itself.
    assert.equal(negated('Les données sont remises au format PDF, qui ne permet aucun retraitement.', 'PDF'), true);
  });

  it('reaches the predicate over a year that stands right after the noun', () => {
    assert.equal(negated('Le plan de formation 2024 de la commune ne comporte aucun module relatif aux données.', 'plan de formation'), true);
    assert.equal(negated('Le plan de formation 2024 de la commune comporte un module sur les données, qui ne sont pas toutes ouvertes.', 'plan de formation'), false);
  });

  it('reaches the predicate over a complement of the end of a term, as over one of « de »', () => {
    assert.equal(negated('La récupération des données en fin de contrat n\'a pas encore été étudiée.', 'récupération des données'), true);
    assert.equal(negated('La récupération des données à l\'issue du marché n\'a pas été prévue.', 'récupération des données'), true);
    assert.equal(negated('The handover of data at the end of the contract has not been studied.', 'handover of data'), true);
    // (Not a complement of anything else: the negation stays with its own clause.)
    assert.equal(negated('La récupération des données en cas de faillite du titulaire est assurée ; la plateforme n\'a pas été prévue pour cela.', 'récupération des données'), false);
  });

  it('reads a prohibition as ruling the place it names, not denying it', () => {
    assert.equal(negated('Personal data shall not be made available in the sandbox unless anonymised.', 'sandbox'), false);
    assert.equal(negated('Les données personnelles ne peuvent pas être utilisées dans le bac à sable.', 'bac à sable'), false);
    // (What is prohibited is still denied, and so is a place denied without a modal.)
    assert.equal(negated('Contractors may not keep the data after the project is handed over.', 'keep the data'), true);
    assert.equal(negated('Personal data is not made available in the sandbox.', 'sandbox'), true);
  });

  it('does not look for the predicate past a colon after the hit', () => {
    assert.equal(negated('La charte ouvre un cadre d\'expérimentation (« bac à sable ») : un usage qui n\'entre pas encore dans les règles peut y être testé.', 'bac à sable'), false);
    assert.equal(negated('Le bac à sable n\'est pas ouvert : les règles suffisent.', 'bac à sable'), true);
  });

  it('leaves undecided what a colon after an undecided predicate opens, up to a coordinated clause', () => {
    const sentence = "La question d'une licence commune n'est pas tranchée : certains EPCI souhaitent l'ODbL, d'autres la Licence Ouverte.";
    assert.equal(negated(sentence, 'ODbL'), true);
    assert.equal(negated(sentence, 'Licence Ouverte'), true);
    assert.equal(negated("Elle n'est pas tranchée : aucune mutualisation ne sera engagée, et la présente charte ne s'applique qu'aux services de la Ville.", 'services de la Ville'), false);
  });

  it('keeps a condition on an alternative after ", ou" to that alternative', () => {
    assert.equal(negated("La charte est révisée tous les trois ans, ou plus tôt si l'évolution du droit ou des pratiques le justifie.", 'tous les trois ans'), false);
    assert.equal(negated("La charte est révisée tous les trois ans si l'évolution du droit le justifie.", 'tous les trois ans'), true);
  });

  it('reads a waiver of a right as giving up a claim, not as leaving its sentence undecided', () => {
    assert.equal(negated('Le titulaire reconnaît que ces données sont diffusées sous la Licence Ouverte et renonce à se prévaloir de tout droit.', 'Licence Ouverte'), false);
    assert.equal(negated('La commune renonce à créer un comité de la donnée.', 'comité de la donnée'), true);
  });

  it('reads "lack" after a plural subject as a verb that denies its object, and elsewhere as a noun', () => {
    assert.equal(negated('As a result, data initiatives lack visible political leadership.', 'political leadership'), true);
    assert.equal(negated('The lack of political leadership is noted.', 'political leadership'), true);
    assert.equal(negated('Closure events must be published using the DATEX II standard.', 'DATEX II'), false);
  });

  it('carries a negation over a list item of two words, closed by a conjunction after it', () => {
    assert.equal(negated('However, it is silent on contractors, care providers and the other organisations that handle data.', 'providers'), true);
    // (Not over a comma that ends the denied clause, with no conjunction after it.)
    assert.equal(negated('No rules bind contractors, social care providers run their own.', 'providers'), false);
  });

  it('does not read the last part of a name joined by a hyphen or a dot as a cue', () => {
    assert.equal(negated('Datasets are described in the national catalogue (data.norge.no) using the profile DCAT-AP-NO.', 'DCAT-AP'), false);
    assert.equal(negated('No dataset is described with DCAT-AP.', 'DCAT-AP'), true);
  });

  it('reads a subject headed by « modalités » as leaving the how undecided, not what the sentence before named', () => {
    assert.equal(negated("La commune les considère comme des données d'intérêt territorial. Les modalités selon lesquelles elle pourra y accéder seront précisées ultérieurement.", "données d'intérêt territorial"), false);
    // (Unless a demonstrative names what it leaves undecided: the sharing just said.)
    assert.equal(negated("Il souhaite que les délégataires soient tenus de transmettre les données. M. Ferrand répond que les modalités de ce partage ne sont pas arrêtées.", 'transmettre'), true);
  });

  it('does not take a generic head narrowed by a complement after an indefinite article for the sentence before', () => {
    assert.equal(negated("Les jeux sont publiés selon le socle commun. La question d'une licence commune n'est pas tranchée.", 'socle commun'), false);
    assert.equal(negated("Un socle commun a été proposé. La question n'est pas tranchée.", 'socle commun'), true);
  });

  it('reads "but not" before a complement as a contrast, and before a predicate as a denial', () => {
    assert.equal(negated('Bronze gives access to peer learning but not to the joint projects.', 'peer learning'), false);
    assert.equal(negated('Model data clauses drafted but not yet agreed with Legal.', 'Model data clauses'), true);
  });

  it('reads a question about where something stands as asking, not saying', () => {
    assert.equal(negated("Mme Vialaret demande où en est l'adhésion à OpenDataFrance évoquée en 2023.", 'OpenDataFrance'), true);
    assert.equal(negated('Councillor Amery asked for an update on the Eurocities application.', 'Eurocities'), true);
    assert.equal(negated('M. Brunel demande quels indicateurs de performance seront retenus.', 'indicateurs de performance'), true);
    assert.equal(negated('The Data Council will examine, together with the operators, how such data could be made available to the City.', 'made available'), true);
  });

  it('keeps the « ne … aucun » of a relative clause in that clause', () => {
    assert.equal(negated('Les données qui ne sont couvertes par aucun secret sont publiées sur data.gouv.fr, au format CSV, sous Licence Ouverte.', 'Licence Ouverte'), false);
    assert.equal(negated("La Licence Ouverte n'est pas retenue pour ces données.", 'Licence Ouverte'), true);
  });

  it('reaches over an aside whose words are mostly articles and « de », unless the aside has a cue of its own', () => {
    assert.equal(negated("Les Parties conviennent de ne pas conduire, dans le cadre de la présente convention, d'évaluation propre de l'impact.", 'évaluation'), true);
    assert.equal(negated('It goes out as CSV or JSON, never as a locked PDF, and it is released under the Creative Commons licence.', 'Creative Commons'), false);
  });

  it('reaches the predicate past a subject coordinated with the hit, not past a clause on its object', () => {
    assert.equal(negated("Arm's-length organisations, contractors and grant-funded bodies are not bound by these principles.", 'contractors'), true);
    assert.equal(negated('If you use data from several providers and listing them all is not practical, credit the portal.', 'providers'), false);
  });

  it('leaves a clause of what will have happened by then out of a condition', () => {
    assert.equal(negated('Elle pourra être envisagée lors du prochain mandat, une fois le guide éprouvé en interne.', 'en interne'), false);
    assert.equal(negated('Elle pourra être envisagée lors du prochain mandat pour les services en interne.', 'en interne'), true);
  });

  it('reads what was to be done, what was withdrawn after an adverb, and what waits for a later date as not there', () => {
    assert.equal(negated("La communication de ces données devait être encadrée par une clause type.", 'clause type'), true);
    assert.equal(negated("Le projet « self data », qui devait permettre aux habitants de récupérer leurs données, a en revanche été abandonné.", 'self data'), true);
    assert.equal(negated('The mechanisms to share such data will be set out in an ordinance to be adopted at a later date.', 'share'), true);
    assert.equal(negated('La rédaction de cette clause ne sera engagée qu\'en 2026.', 'clause'), true);
    assert.equal(negated('Our public awareness campaign had to be postponed.', 'public awareness campaign'), true);
    assert.equal(negated('The Data Academy, the staff data literacy program piloted in 2023, has been put on hold for FY 2025–26.', 'Data Academy'), true);
    assert.equal(negated('The Board would like the statement to cover staff time as well, but has not made this a requirement.', 'staff time'), true);
    assert.equal(negated('Detailed rules on how councillors handle information have not yet been written.', 'rules'), true);
    assert.equal(negated("La demande d'organiser une formation des instructeurs est renvoyée à la phase 2.", 'formation'), true);
  });

  it('reads "without a site visit" in a measure as part of it, not as a denial', () => {
    assert.equal(negated('productivity: crew hours per fault and the proportion of faults diagnosed remotely without a site visit', 'site visit'), false);
  });

  it('reads a cue that is a noun as denying only the complement it heads', () => {
    assert.equal(negated('Closure events must be published using the DATEX II standard.', 'DATEX II'), false);
    assert.equal(negated('The closure of the DATEX II feed was announced.', 'DATEX II'), true);
  });

  it('keeps a condition that opens after a comma and a coordination to its own clause', () => {
    assert.equal(negated('Datasets are published under the Open Government Licence, and nothing in this Agreement restricts their use.', 'Open Government Licence'), false);
    assert.equal(negated('Nothing in this Agreement requires the Licensee to publish under the Open Government Licence.', 'Open Government Licence'), true);
  });

  it('reads "not to pursue it" as a refusal of what the sentence before proposed', () => {
    assert.equal(negated('The Clerk reported a suggestion that the three councils pool their data arrangements. Members noted the suggestion but agreed not to pursue it at present.', 'pool'), true);
  });

  it('sees negation before and after the evidence', () => {
    assert.equal(negated("Aucune consultation préalable n'est prévue.", 'consultation'), true);
    assert.equal(negated("La consultation du public n'est pas prévue.", 'consultation'), true);
    assert.equal(negated('No reversibility clause is required.', 'reversibility'), true);
    assert.equal(negated('The project proceeds without consultation.', 'consultation'), true);
    assert.equal(negated('Reversibility is not required in this contract.', 'reversibility'), true);
  });

  it('reads an undecided predicate back over its sentence, to the start of its coordinated clause', () => {
    assert.equal(negated('A regional, pooled data policy shared with the other councils is not in scope of this Charter.', 'pooled'), true);
    assert.equal(negated('Eurocities membership — under consideration; decision in the budget round.', 'Eurocities'), true);
    assert.equal(negated("L'adhésion de la Ville à un réseau national comme OpenDataFrance n'a pas été tranchée.", 'OpenDataFrance'), true);
    assert.equal(negated("La création d'un forum réunissant les acteurs locaux de la donnée n'est pas envisagée.", 'forum'), true);
    // A coordinated clause has its own subject: the predicate does not reach the clause before it.
    assert.equal(negated('The Operator returns all data in CSV, and the list of further datasets will be decided later.', 'CSV'), false);
    assert.equal(negated('The Operator returns all data in CSV, and the list of further datasets will be decided later.', 'datasets'), true);
    // Nor another sentence.
    assert.equal(negated('The data are returned in CSV. The licence is under consideration.', 'CSV'), false);
  });

  it('reads the Irish « Ní » of a name as no French « ni »', () => {
    assert.equal(negated('Cllr Áine Ní Bhriain said the information campaign will start in May.', 'information campaign'), false);
    assert.equal(negated("La commune ne prévoit ni campagne d'information ni réunion publique.", "campagne d'information"), true);
    assert.equal(negated("Ni campagne d'information ni réunion publique ne sont prévues.", "campagne d'information"), true);
  });

  it('lets a sentence that is only a denial take back what the one before hoped for, but not one that goes on', () => {
    assert.equal(negated("I hoped we'd get the county onto a shared regional data policy. We didn't. The council will revisit it.", 'regional data policy'), true);
    assert.equal(negated("J'espérais une politique de la donnée mutualisée avec l'agglomération. Cela ne s'est pas fait.", 'politique de la donnée mutualisée'), true);
    // A denial with an object of its own says something else: the sentence before stands.
    assert.equal(negated("We set up a shared regional data policy with the county. We didn't collect any new personal data.", 'regional data policy'), false);
    // Nor does it reach back from the middle of a sentence.
    assert.equal(negated('The county adopted a shared regional data policy. Some hoped for more, and we did not.', 'regional data policy'), false);
  });

  it('lets a short sentence that takes up the previous one leave it undecided, but not an impersonal one', () => {
    assert.equal(negated('Une consultation des habitants avait été envisagée. Le collège communal y a finalement renoncé.', 'consultation'), true);
    assert.equal(negated('Option 2 is a joint data policy with the district councils. This option was rejected.', 'joint data policy'), true);
    assert.equal(negated('We looked at joining Eurocities. We decided not to, for now.', 'Eurocities'), true);
    // Impersonal: the object follows the predicate; a full subject: no pronoun, nothing left out.
    assert.equal(negated("Le comité de la donnée se réunit chaque trimestre. Il n'est pas prévu d'en créer un second.", 'comité de la donnée'), false);
    assert.equal(negated("Le cadre s'applique aux services. Il n'a pas vocation à régir les partenaires.", 'services'), false);
    assert.equal(negated('The data are returned in CSV. The licence is under consideration.', 'CSV'), false);
  });

  it('lets a definite description of what the previous sentence named take it up', () => {
    assert.equal(negated('We had planned a neighbourhood-scale pilot in Millbrook ward. The pilot was cancelled.', 'pilot'), true);
    // A new subject, even a definite one, speaks of something else.
    assert.equal(negated('The data are returned in CSV. The licence is under consideration.', 'CSV'), false);
    assert.equal(negated('We run a pilot in one ward. A pilot elsewhere was cancelled.', 'pilot'), false);
    // A word of the previous sentence further in the subject is not its head.
    assert.equal(negated("On entend par données d'intérêt territorial les données produites par la Ville. Les modalités de leur partage avec la Ville restent à définir.", "données d'intérêt territorial"), false);
  });

  it('lets an active refusal withdraw the previous sentence its object points back to, not its own subject', () => {
    const text = 'Mme Ferrand propose un service commun. Le comité de la donnée n\'a pas retenu cette proposition.';
    assert.equal(negated(text, 'service commun'), true);
    assert.equal(negated(text, 'comité de la donnée'), false);
    assert.equal(negated("La ville n'a pas retenu la création d'un comité de la donnée.", 'comité de la donnée'), true);
    assert.equal(negated('Cllr Dunne proposed to join Eurocities. The board rejected this proposal.', 'Eurocities'), true);
    // Without an object that points back, the refusal speaks of what follows it.
    assert.equal(negated('La ville publie un inventaire. Le comité a rejeté toute revente des données.', 'inventaire'), false);
    assert.equal(negated("Council declined the proposal for a partners' data forum (minute 26/114).", 'forum'), true);
    assert.equal(negated("Le bureau a rejeté la création d'un forum des acteurs de la donnée.", 'forum'), true);
    // Only within its clause: what the next clause says stands.
    assert.equal(negated('The Council rejected option B, and it set up a data forum instead.', 'forum'), false);
  });

  it('does not take a prohibition for a denial of its subject', () => {
    assert.equal(negated('Contractors may not sell or re-license City data.', 'contractors'), false);
    assert.equal(negated('Les prestataires ne peuvent pas revendre les données.', 'prestataires'), false);
    assert.equal(negated('Contractors are not bound by these rules.', 'contractors'), true);
    assert.equal(negated('Les prestataires ne sont pas soumis à ces règles.', 'prestataires'), true);
  });

  it('reads the "that" after a verb of deciding as opening what is decided, not a relative clause', () => {
    assert.equal(negated('**Agreed:** That the Council not apply for membership of Eurocities in 2024.', 'Eurocities'), true);
    assert.equal(negated('Members who did not attend the meeting were sent the Eurocities report.', 'Eurocities'), false);
  });

  it('reads a cue right after a comma as opening a contrast, not as denying what stands before it', () => {
    assert.equal(negated('We want our rules to follow innovation, not to block it.', 'innovation'), false);
    assert.equal(negated('Innovation is not funded this year.', 'innovation'), true);
  });

  it('reads a "no" whose noun is the data as a prohibition on the data, not a denial of who is named after it', () => {
    assert.equal(negated("No Council data is sold or used for a supplier's own commercial purposes.", 'supplier'), false);
    assert.equal(negated('No joint data policy has been adopted with the suppliers.', 'suppliers'), true);
  });

  it('reads what waits for the rules to be extended as not done', () => {
    assert.equal(negated('The City Solicitor noted that contract terms would be addressed when the framework is extended to vendors.', 'vendors'), true);
    assert.equal(negated('The framework is extended to vendors from 2025.', 'vendors'), false);
  });

  it('does not take a sentence\'s first word for a relative pronoun', () => {
    const text = 'That evaluation will not assess costs, productivity, service quality or carbon footprint.';
    assert.equal(negated(text, 'service quality'), true);
    assert.equal(negated(text, 'carbon footprint'), true);
  });

  it('reads the complement after a time adverbial as what the predicate is about', () => {
    const text = "Les règles d'usage s'appliquent à tous les services communautaires. Elles ne s'appliquent pas, à ce stade, aux délégataires.";
    assert.equal(negated(text, 'services communautaires'), false);
    assert.equal(negated(text, 'délégataires'), true);
  });

  it('lets a generic head (« le projet », "the idea") take up what the previous sentence described', () => {
    assert.equal(negated("Un service commun de la donnée avec l'agglomération a été étudié en 2022. Le projet a été abandonné en 2023.", 'service commun'), true);
    assert.equal(negated('A shared data service with the county was considered. The idea was dropped.', 'shared data service'), true);
  });

  it('does not let an undecided question or a new subject holding a demonstrative take up the previous sentence', () => {
    assert.equal(negated('An annual progress report on this charter each July. Who prepares and presents it has not yet been decided.', 'annual progress report'), false);
    const text = 'Le délégataire renseigne chaque trimestre les indicateurs de performance. Les valeurs cibles de ces indicateurs ne sont pas fixées.';
    assert.equal(negated(text, 'indicateurs de performance'), false);
    assert.equal(negated('Le délégataire renseigne chaque trimestre les indicateurs de performance. Ces indicateurs ne sont pas fixés.', 'indicateurs de performance'), true);
  });

  it('does not let a subject narrowed by its complement take up the previous sentence', () => {
    const text = "Chaque projet fait l'objet d'une évaluation ex post qui mesure ses coûts. L'évaluation de l'empreinte carbone des projets n'est pas prévue.";
    assert.equal(negated(text, 'coûts'), false);
    assert.equal(negated(text, 'empreinte carbone'), true);
    assert.equal(negated("Chaque projet fait l'objet d'une évaluation ex post. L'évaluation n'est pas prévue.", 'ex post'), true);
  });

  it('lets a denial that opens a sentence ("No such…", « Rien de tel… ») withdraw the previous one', () => {
    assert.equal(negated('The Parties discussed a joint assessment of costs. No such assessment is provided for.', 'costs'), true);
    assert.equal(negated("Les parties ont évoqué une évaluation des coûts. Rien de tel n'est prévu.", 'coûts'), true);
    // Inside a sentence, "no such" speaks of a case, not of the previous sentence.
    assert.equal(negated('Every contract shares the costs. Where a contract has no such clause, the City asks.', 'costs'), false);
  });

  it('carries a negation over the commas of a list', () => {
    assert.equal(negated('This framework does not impose exit, data-return or reversibility terms on vendors.', 'data-return'), true);
    const longer = 'The Parties do not undertake, under this Agreement, any assessment of the costs, productivity, service quality or carbon impacts.';
    for (const item of ['productivity', 'service quality', 'carbon', 'impacts']) assert.equal(negated(longer, item), true, item);
    // A comma before a new clause still stops it.
    assert.equal(negated('The City does not sell its data, it shares data-return terms with partners.', 'data-return'), false);
    assert.equal(negated('The City does not sell its data, and publishes costs, productivity or carbon figures.', 'costs'), false);
  });

  it('stops a negation before a time complement', () => {
    assert.equal(negated('No roll-out to other wards during the pilot.', 'pilot'), false);
    assert.equal(negated('No roll-out to other wards during the pilot.', 'wards'), true);
  });

  it('reads a condition over its whole sentence', () => {
    assert.equal(negated('The Council may commission an independent evaluation separately, if funding allows.', 'evaluation'), true);
    assert.equal(negated('Should funding permit, the Chief Data Officer may develop a data literacy course.', 'data literacy'), true);
    assert.equal(negated('Sous réserve de financement, un plan de formation sera proposé aux agents.', 'formation'), true);
    assert.equal(negated("Le débat porte sur l'opportunité d'étendre le cadre aux partenaires extérieurs.", 'partenaires'), true);
    assert.equal(negated('Un plan de formation est proposé aux agents. Sous réserve de financement, un second suivra.', 'formation'), false);
  });

  it('reaches the predicate over the complements of the subject, within its clause', () => {
    assert.equal(negated("La mesure de l'empreinte carbone des équipements et des systèmes d'information du Service n'est pas exigée à ce stade.", 'empreinte carbone'), true);
    assert.equal(negated('The carbon footprint of the vehicles and of the depots is not measured.', 'carbon footprint'), true);
    assert.equal(negated("Le club des partenaires de la donnée, qui n'existait pas en 2022, réunit désormais 24 structures.", 'club des partenaires'), false);
    assert.equal(negated("L'empreinte carbone des équipements est mesurée chaque année, mais la productivité n'est pas suivie.", 'empreinte carbone'), false);
  });

  it('reaches the predicate over a short relative clause on the subject, not from inside it', () => {
    assert.equal(negated('Les délégataires qui travaillent pour la Métropole ne sont pas tenus par ce document.', 'délégataires'), true);
    assert.equal(negated('Contractors that run services for us are not bound by this charter.', 'Contractors'), true);
    assert.equal(negated('Les délégataires qui travaillent pour la Métropole respectent la charte, qui ne crée pas de droit nouveau.', 'délégataires'), false);
    // A relative clause set off by commas: the predicate right after its closing comma.
    assert.equal(negated('Le comité territorial de la donnée, dont la création avait été annoncée par la délibération du 12 octobre 2021, ne sera pas mis en place.', 'comité territorial de la donnée'), true);
    assert.equal(negated('Le comité territorial de la donnée, dont la création avait été annoncée en 2021, se réunit deux fois par an et ne publie pas ses avis.', 'comité territorial de la donnée'), false);
    // A subject listed with commas: its first item takes the predicate after the last.
    assert.equal(negated('Les prestataires, associations et partenaires du Parc ne sont pas signataires de la présente charte.', 'prestataires'), true);
    assert.equal(negated('Contractors, volunteers and partners are not bound by this charter.', 'Contractors'), true);
    assert.equal(negated('Les prestataires, les associations et les partenaires respectent la charte, qui ne crée pas de droit.', 'prestataires'), false);
    // An aside that holds a list: its items are set off by commas too.
    assert.equal(negated("Le club des partenaires, lancé en 2022 avec les délégataires, les bailleurs sociaux et la chambre de commerce, n'a pas été reconduit.", 'club des partenaires'), true);
    // Not past a colon, which opens what the aside explains.
    assert.equal(negated("Le club des partenaires, lancé en 2022 avec les délégataires, les bailleurs : ils ne revendent rien, ne publient rien.", 'club des partenaires'), false);
  });

  it('gives the examples after "such as", « tels que » the negation of what they exemplify', () => {
    assert.equal(negated('It does not yet apply to the companies that run services on our behalf, such as our waste, leisure and highways contractors.', 'contractors'), true);
    assert.equal(negated("Elle ne s'applique pas aux entreprises, telles que les délégataires de la Ville.", 'délégataires'), true);
    assert.equal(negated('Nothing here binds volunteers, and it applies to the companies that run services for us, such as our highways contractors.', 'contractors'), false);
  });

  it('lets a generic head take up the sentence that introduced it, within its paragraph and table row', () => {
    const minutes = "M. Riou présente un amendement visant à prévoir une campagne d'information des habitants. M. Benali émet un avis défavorable. L'amendement est mis aux voix et rejeté.";
    assert.equal(negated(minutes, 'campagne'), true);
    const rows = "| 15 | Consulter les habitants en amont des projets | Réalisé | Trois ateliers ont eu lieu. |\n| 16 | Expérimenter un service de self data | Abandonné | Le partenaire s'est retiré ; le projet est abandonné. |";
    assert.equal(negated(rows, 'en amont'), false);
  });

  it('does not carry a negation from one table row to the next', () => {
    const table = '| Consultation | aucune |\n| Formation | annuelle |';
    assert.equal(negated(table, 'Formation'), false);
    assert.equal(negated('| Élément | Statut |\n| aucune consultation | — |', 'consultation'), true);
  });

  it('does not take fixed phrases or restrictions for negation', () => {
    assert.equal(negated('Les données sont restituées sans frais au format CSV.', 'restituées'), false);
    assert.equal(negated("La consultation n'est organisée qu'en amont.", 'consultation'), false);
    assert.equal(negated('Data are returned no later than 30 days after termination.', 'returned'), false);
    assert.equal(negated('Aucun frais ne sera facturé, et la restitution est complète.', 'restitution'), false);
    // "including but not limited to" lists; "was not limited to an area" denies the limit.
    assert.equal(negated('The data include, but are not limited to, trips by area.', 'area'), false);
    assert.equal(negated('The pilot was not limited to a particular area.', 'area'), true);
    // « sans » and a bare noun: the article after it opens what is not denied.
    assert.equal(negated('lorsque les règles freineraient sans justification une innovation utile', 'innovation'), false);
    assert.equal(negated('La charte a été adoptée sans véritable consultation.', 'consultation'), true);
    assert.equal(negated('La charte a été adoptée sans une consultation.', 'consultation'), true);
  });

  it('finds an exception and a predicate of the same sentence (one matcher finds both)', () => {
    const lex = lexicon();
    const groups = (text: string) => lex.undecided.match(stream(text), text).map((h) => lex.undecided.groupName(h.group));
    const text = "Le comité de la donnée, ouvert sans frais aux habitants, n'a pas encore été créé.";
    assert.deepEqual(groups(text), ['exception', 'undecided']);
    assert.equal(negated(text, 'comité de la donnée'), true);
    // The exception still holds beside its cue, whatever predicate the sentence has.
    assert.deepEqual(groups('Les données sont restituées sans frais, à une date à définir.'), ['exception', 'pending']);
    assert.equal(negated('Les données sont restituées sans frais, à une date à définir.', 'données'), false);
  });
});

describe('negation terms in the pluperfect', () => {
  it('puts the auxiliary of a perfect in the pluperfect, and leaves other terms as they are', () => {
    const cases = [
      ["n'a pas été retenu", "n'avait pas été retenu"], ["n'ont pas encore été désignés", "n'avaient pas encore été désignés"],
      ["n'a finalement pas été", "n'avait finalement pas été"], ['has not been agreed', 'had not been agreed'],
      ['have not yet been appointed', 'had not yet been appointed'], ["n'est pas prévu", "n'est pas prévu"], ['was deferred', 'was deferred'],
    ];
    for (const [perfect, past] of cases) assert.equal(pluperfect(perfect!), past, perfect);
  });

  it("reads « n'avait pas été retenue » and 'had not been agreed' as undecided predicates", () => {
    const lex = lexicon();
    for (const text of ["La mutualisation n'avait pas été retenue.", 'The terms had not been agreed.']) {
      assert.ok(lex.undecided.match(stream(text), text).length > 0, text);
    }
  });
});

describe('French negation terms in the plural', () => {
  it('puts the verb of a term in the third person plural', () => {
    const cases = [
      ['ne relève pas du présent', 'ne relèvent pas du présent'], ["ne s'applique pas", "ne s'appliquent pas"],
      ["n'a pas été retenu", "n'ont pas été retenu"], ["n'est pas prévu", 'ne sont pas prévu'], ['a été reporté', 'ont été reporté'],
      ["n'entre pas dans le champ", "n'entrent pas dans le champ"], ['sera défini ultérieurement', 'seront défini ultérieurement'],
      ['reste à définir', 'restent à définir'], ['hors du périmètre', 'hors du périmètre'],
    ];
    for (const [singular, plural] of cases) assert.equal(pluralVerb(singular!), plural, singular);
  });

  it('reads a plural subject as the singular one: « Les prestataires … ne relèvent pas du présent cadre »', () => {
    const lex = lexicon();
    for (const text of ['Le prestataire ne relève pas du présent cadre.', 'Les prestataires ne relèvent pas du présent cadre.']) {
      const s = stream(text);
      assert.ok(lex.undecided.match(s, text).length > 0, text);
    }
  });
});

describe('quantified targets', () => {
  const lex = lexicon();
  const targets = (text: string, heading = false) => {
    const s = stream(text);
    return quantifiedTargets(s, text, 0, s.length, lex, heading).map((r) => text.slice(r.start, r.end));
  };
  it('finds numbers with units, percentages and deadlines', () => {
    assert.deepEqual(targets('Disponibilité : 95 % des vélos'), ['95']);
    assert.deepEqual(targets('moins de 10 minutes'), ['10 minutes']);
    assert.deepEqual(targets("d'ici 2027"), ['2027']);
    assert.deepEqual(targets('at least 90% by 2026'), ['90', '2026']);
  });
  it('does not take a reporting frequency or a citation for a target', () => {
    assert.deepEqual(targets('un rapport tous les 3 mois'), []);
    assert.deepEqual(targets('reported twice a year, 2 times per year'), []);
    assert.deepEqual(targets('la loi du 7 octobre 2016, article 12'), []);
  });
  it('reads a unit of several words whole, and not a numbering', () => {
    assert.deepEqual(targets('within 3 working days'), ['3 working days']);
    assert.deepEqual(targets('3.3 Working with partners', true), []);
    assert.deepEqual(targets('2.1 Staff', true), []);
    // (Outside a heading, a numbering is passed over only before the capital that opens a clause.)
    assert.deepEqual(targets('2.1 Staff'), []);
    assert.deepEqual(targets('2.1 days'), ['1 days']);
    // (A count of staff is a target only beside a goal: see target.test.ts.)
    assert.deepEqual(targets('2.1 staff'), []);
    assert.deepEqual(targets('3. Working with partners', true), []);
    assert.deepEqual(targets('2.5 km of cycle lanes'), ['5 km']);
  });
  it('does not take a clock time or a finding for a target', () => {
    assert.deepEqual(targets('La séance est levée à 19 h 55.'), []);
    assert.deepEqual(targets('un délai de 48 h au plus'), ['48 h']);
    assert.deepEqual(targets('un délai de 2 h 30 au plus'), ['2 h']);
    assert.deepEqual(targets('Ouverture à 8 h 30, réponse en 2 h 30.'), ['2 h']);
    assert.deepEqual(targets('A survey found that only 23% of respondents used the app.'), []);
    assert.deepEqual(targets('Detection accuracy averaged 71% over six months.'), []);
    assert.deepEqual(targets('A target of 23% of respondents by 2026.'), ['23', '2026']);
  });
  it('reads only words written in digits as numbers, from a range within the stream', () => {
    // "3e", "A4", "2026b", "１０" are no numbers; the range leaves out the words around it.
    assert.deepEqual(targets('la 3e étape : 3e 10 jours, format A4 50 %, 2026b % et 20 %, １０ %'), ['10 jours', '50', '20']);
    const text = '10 % puis 20 % puis 30 %';
    const s = stream(text);
    assert.deepEqual(quantifiedTargets(s, text, 1, 4, lex).map((r) => text.slice(r.start, r.end)), ['20']);
  });
});

describe('list continuation', () => {
  /** The stream of `text` and one-word hits on `words`, in order. */
  function items(text: string, ...words: string[]) {
    const s = stream(text);
    const hits = words.map((w) => {
      const i = s.keys.indexOf(foldWord(w));
      return { group: 0, first: i, last: i };
    });
    return { s, hits };
  }

  it('joins items the vocabulary does not know when a conjunction closes the list', () => {
    const { s, hits } = items('It does not apply to contractors, consultants or external partners.', 'contractors', 'partners');
    assert.equal(continuesList(s, hits[0]!, hits[1]!), true);
  });

  it('joins an example to what it illustrates', () => {
    const { s, hits } = items("La ville n'a adhéré à aucun réseau de collectivités, comme OpenDataFrance.", 'collectivités', 'OpenDataFrance');
    assert.equal(continuesList(s, hits[0]!, hits[1]!), true);
  });

  it('does not join words far apart, without a conjunction, or in another sentence', () => {
    const far = items('Rules bind contractors and their many long-standing external partners.', 'contractors', 'partners');
    assert.equal(continuesList(far.s, far.hits[0]!, far.hits[1]!), false);
    const plain = items('Rules bind contractors working with partners.', 'contractors', 'partners');
    assert.equal(continuesList(plain.s, plain.hits[0]!, plain.hits[1]!), false);
    const other = items('Rules bind contractors. Partners are thanked.', 'contractors', 'partners');
    assert.equal(continuesList(other.s, other.hits[0]!, other.hits[1]!), false);
  });
});
