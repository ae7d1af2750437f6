import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parseDocument } from 'yaml';
import { parseYaml } from '../../../server/src/engine/parse/yaml';
import { explainErrors, validateCharter, type SchemaProblem } from '../../../server/src/engine/schema/validate';
import type { Locale } from '../../../server/src/engine/types';

function parse(src: string) {
  const doc = parseDocument(src, { uniqueKeys: true, prettyErrors: false });
  assert.deepEqual(doc.errors, [], 'the test YAML itself must parse');
  return doc;
}

function check(src: string, locale: Locale = 'en'): SchemaProblem[] {
  return validateCharter(parse(src), locale);
}

/** 1-based line and column of an offset, as the editor shows them. */
function position(src: string, offset: number): { line: number; column: number } {
  const before = src.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

const text = (src: string, p: SchemaProblem): string => src.slice(p.range.start, p.range.end);

/** Validator wording that must never reach a user. */
const AJV_WORDS = /must NOT have|must be equal to one of|must have required property|must match|additionalProperties|instancePath|schemaPath|must be (?:array|object|string)\b/;

describe('schema validation: valid charters', () => {
  it('accepts a complete charter that uses every key of the contract', () => {
    const src = readFileSync(path.join(__dirname, 'full-charter.yaml'), 'utf8');
    const model = parseYaml(src);
    assert.equal(model.yaml?.followsSchema, true);
    assert.deepEqual(model.problems, []);
    assert.deepEqual(validateCharter(model.yaml.doc, 'en'), []);
    assert.deepEqual(validateCharter(model.yaml.doc, 'fr'), []);
  });

  it('treats empty values as a verdict matter, not a schema error', () => {
    const src = [
      'data:',
      '  reversibility:',
      '    formats: []',
      '    datasets:',
      '    timing: ""',
      '  territorialInterest: {}',
      'citizens:',
      '  consultation:',
      '    stage:',
      '  followUp:',
      '    owner: ""',
      'organisation:',
    ].join('\n');
    assert.deepEqual(check(src), []);
  });

  it('reads prose written as a sentence, a list of sentences or a mapping with text', () => {
    const src = [
      'governance:',
      '  innovation: Un bac à sable.',
      '  ecosystem:',
      '    - Un club des partenaires.',
      '    - text: Une plateforme partagée.',
      '      notes: depuis 2023',
      '  intercommunal:',
      '    text: Service commun de la donnée.',
      '    description: Mutualisation.',
    ].join('\n');
    assert.deepEqual(check(src), []);
  });

  it('allows x- extension keys, notes and description on every mapping, and a number as a KPI target', () => {
    const src = [
      '$schema: ./schemas/charter.schema.json',
      'x-owner-team: DSI',
      'data:',
      '  x-internal: {ticket: 42}',
      '  reversibility:',
      '    notes: À revoir',
      '    description: Restitution',
      '    x-legal-ref: art. 12',
      '    formats: [CSV]',
      'impact:',
      '  kpis:',
      '    - indicator: Disponibilité',
      '      target: 99.5',
      '      deadline: 2026',
      '      x-source: contrat',
    ].join('\n');
    assert.deepEqual(check(src), []);
  });

  it('follows aliases to the value they stand for', () => {
    const src = ['x-shared: &formats [CSV, GeoJSON]', 'data:', '  reversibility:', '    formats: *formats'].join('\n');
    assert.deepEqual(check(src), []);
  });
});

describe('schema validation: unknown keys', () => {
  const src = ['type: charter', 'data:', '  reversibilty:', '    formats: [CSV]', ''].join('\n');

  it('names the key, where it stands, and the allowed key it is closest to (en)', () => {
    const problems = check(src, 'en');
    assert.equal(problems.length, 1);
    const [p] = problems;
    assert.equal(p!.message, "Unknown key 'reversibilty' under data — did you mean 'reversibility'?");
    assert.equal(p!.path, 'data.reversibilty');
  });

  it('says the same in French (fr)', () => {
    const [p] = check(src, 'fr');
    assert.equal(p!.message, 'Clé inconnue « reversibilty » sous data — vouliez-vous dire « reversibility » ?');
  });

  it('sits on exactly that key', () => {
    const [p] = check(src);
    assert.equal(text(src, p!), 'reversibilty');
    assert.deepEqual(position(src, p!.range.start), { line: 3, column: 3 });
    assert.deepEqual(position(src, p!.range.end), { line: 3, column: 15 });
  });

  it('reports an unknown top-level key on its own line', () => {
    const top = ['title: Charte', 'governence:', '  body:', '    name: Comité de la donnée', 'data: {}'].join('\n');
    const problems = check(top, 'en');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.message, "Unknown key 'governence' at the top level — did you mean 'governance'?");
    assert.equal(text(top, problems[0]!), 'governence');
    assert.deepEqual(position(top, problems[0]!.range.start), { line: 2, column: 1 });
    assert.equal(check(top, 'fr')[0]!.message, 'Clé inconnue « governence » à la racine du document — vouliez-vous dire « governance » ?');
  });

  it('lists the allowed keys when nothing is close', () => {
    const [p] = check(['governance:', '  budget: 3 M€'].join('\n'));
    assert.equal(
      p!.message,
      "Unknown key 'budget' under governance. Allowed keys: body, innovation, usage, ecosystem, cityNetworks, intercommunal, description, notes (and x-… extension keys).",
    );
  });

  it('maps a key written in French onto the contract name', () => {
    const src2 = ['citizens:', '  suivi:', '    porteur: Comité', 'data:', '  réversibilité: {}'].join('\n');
    const messages = check(src2, 'fr').map((p) => p.message);
    assert.deepEqual(messages, [
      'Clé inconnue « suivi » sous citizens — vouliez-vous dire « followUp » ?',
      'Clé inconnue « réversibilité » sous data — vouliez-vous dire « reversibility » ?',
    ]);
  });

  it('places a key inside a list item and says which item', () => {
    const src2 = ['organisation:', '  roles:', '    - title: CDO', '    - titel: Référent données', ''].join('\n');
    const [p] = check(src2);
    assert.equal(p!.message, "Unknown key 'titel' in item 2 of organisation.roles — did you mean 'title'?");
    assert.equal(p!.path, 'organisation.roles.1.titel');
    assert.deepEqual(position(src2, p!.range.start), { line: 4, column: 7 });
    assert.equal(check(src2, 'fr')[0]!.message, "Clé inconnue « titel » dans l'élément 2 de organisation.roles — vouliez-vous dire « title » ?");
  });
});

describe('schema validation: values', () => {
  it('lists the allowed values of an enumeration, on the value', () => {
    const src = ['citizens:', '  consultation:', '    stage: later', '    methods: [panel]'].join('\n');
    const [p, ...rest] = check(src, 'en');
    assert.deepEqual(rest, []);
    assert.equal(p!.message, "'stage' must be one of: upstream, during, after");
    assert.equal(p!.path, 'citizens.consultation.stage');
    assert.equal(text(src, p!), 'later');
    assert.equal(check(src, 'fr')[0]!.message, "« stage » doit valoir l'une des valeurs : upstream, during, after");
  });

  it('suggests the value meant when it is written in French or with accents', () => {
    const src = ['territory:', '  level: Métropole', 'citizens:', '  consultation:', '    stage: en amont'].join('\n');
    assert.deepEqual(check(src, 'en').map((p) => p.message), [
      "'level' must be one of: commune, epci, metropole, departement, region — did you mean 'metropole'?",
      "'stage' must be one of: upstream, during, after — did you mean 'upstream'?",
    ]);
  });

  it('asks for a list where text was written, with the corrected line', () => {
    const src = ['data:', '  reversibility:', '    formats: "CSV"', '    datasets: [Horaires]'].join('\n');
    const problems = check(src, 'en');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.message, "'formats' must be a list, not text (e.g. formats: [CSV])");
    assert.equal(text(src, problems[0]!), '"CSV"');
    assert.deepEqual(position(src, problems[0]!.range.start), { line: 3, column: 14 });
    assert.equal(check(src, 'fr')[0]!.message, '« formats » doit être une liste, et non du texte (par ex. formats: [CSV])');
  });

  it('asks for a mapping where a structured key holds text, and names its keys', () => {
    const src = ['territory: Lyon', 'governance:', '  body: Comité de la donnée'].join('\n');
    assert.deepEqual(check(src, 'en').map((p) => p.message), [
      "'territory' must be a mapping of keys (name, level), not text",
      "'body' must be a mapping of keys (name, members, mandate), not text",
    ]);
    assert.equal(check(src, 'fr')[1]!.message, '« body » doit être un ensemble de clés (name, members, mandate), et non du texte');
  });

  it('shows a wrong block collection on its key, not over the whole block', () => {
    const src = ['territory:', '  - Lyon', '  - metropole', 'data: {}'].join('\n');
    const [p] = check(src);
    assert.equal(p!.message, "'territory' must be a mapping of keys (name, level), not a list");
    assert.equal(text(src, p!), 'territory');
  });

  it('names the list item whose shape is wrong', () => {
    const src = ['organisation:', '  roles:', '    - Administratrice générale des données'].join('\n');
    const [p] = check(src, 'en');
    assert.equal(p!.message, "Item 1 of 'roles' must be a mapping of keys (title, holder, mission), not text");
    assert.equal(p!.path, 'organisation.roles.0');
    assert.equal(text(src, p!), 'Administratrice générale des données');
    assert.equal(check(src, 'fr')[0]!.message, "L'élément 1 de « roles » doit être un ensemble de clés (title, holder, mission), et non du texte");
  });

  it('describes prose the way authors write it', () => {
    const [p] = check(['organisation:', '  training: true'].join('\n'));
    assert.equal(p!.message, "'training' must be text, a list or a mapping of keys (text), not true or false");
  });

  it('places the error of an aliased value on the alias', () => {
    const src = ['x-shared: &fmt CSV', 'data:', '  reversibility:', '    formats: *fmt'].join('\n');
    const [p] = check(src);
    assert.equal(text(src, p!), '*fmt');
  });

  it('leaves an unknown document type to the document-type rule, but not a type that is not text', () => {
    assert.deepEqual(check('type: Charte\ndata: {}'), []);
    assert.equal(check('type: [charter]\ndata: {}')[0]!.message, "'type' must be text, not a list");
  });
});

describe('schema validation: reports', () => {
  const broken = [
    'typ: charter',
    'language: French',
    'territory: Lyon',
    'governance:',
    '  body: Comité',
    '  cityNetworks: OpenDataFrance',
    '  usage: {interne: x, internal: [a, {text: b, foo: c}]}',
    'data:',
    '  reversibility:',
    '    formats: CSV',
    '    reversibilty: yes',
    'organisation:',
    '  roles: [CDO, {titel: x}]',
    'impact:',
    '  kpis:',
    '    - target: true',
    'citizens:',
    '  consultation: {stage: 3}',
    'zzz: 1',
  ].join('\n');

  it('keeps every range inside the document, non-empty, one problem per place and message', () => {
    for (const locale of ['en', 'fr'] as const) {
      const problems = check(broken, locale);
      assert.ok(problems.length >= 12, `${problems.length} problems`);
      const ids = new Set<string>();
      for (const p of problems) {
        assert.ok(p.range.start >= 0 && p.range.start < p.range.end && p.range.end <= broken.length, JSON.stringify(p));
        const id = `${p.range.start}:${p.range.end}:${p.message}`;
        assert.ok(!ids.has(id), `duplicate: ${id}`);
        ids.add(id);
      }
      assert.deepEqual([...problems].sort((a, b) => a.range.start - b.range.start), problems, 'sorted by place');
    }
  });

  it('never shows validator jargon', () => {
    for (const locale of ['en', 'fr'] as const) {
      for (const p of check(broken, locale)) assert.doesNotMatch(p.message, AJV_WORDS);
    }
  });

  it('reports one enum problem, not a type problem too, for a number where a choice is expected', () => {
    const problems = check(broken).filter((p) => p.path === 'citizens.consultation.stage');
    assert.deepEqual(problems.map((p) => p.message), ["'stage' must be one of: upstream, during, after"]);
  });
});

describe('schema validation: explaining any validator error', () => {
  const ajv = new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true });

  it('puts a missing key on the key of the mapping that lacks it', () => {
    const validate = ajv.compile({
      type: 'object',
      properties: { territory: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } },
    });
    const src = 'title: x\nterritory:\n  level: commune\n';
    const doc = parse(src);
    assert.equal(validate(doc.toJS()), false);
    const [p] = explainErrors(validate.errors ?? [], doc, 'en');
    assert.equal(p!.message, "Missing key 'name' under territory");
    assert.equal(p!.path, 'territory.name');
    assert.equal(text(src, p!), 'territory');
    assert.equal(explainErrors(validate.errors ?? [], doc, 'fr')[0]!.message, 'Clé manquante « name » sous territory');
  });

  it('reports one problem for a choice between shapes, the one the value fits', () => {
    const validate = ajv.compile({
      type: 'object',
      properties: {
        body: {
          anyOf: [
            { type: 'string' },
            { type: 'object', properties: { name: { type: 'string' } }, additionalProperties: false },
          ],
        },
      },
    });
    const fits = parse('body:\n  nme: Comité\n');
    assert.equal(validate(fits.toJS()), false);
    assert.deepEqual(explainErrors(validate.errors ?? [], fits, 'en').map((p) => p.message), [
      "Unknown key 'nme' under body — did you mean 'name'?",
    ]);
    const fitsNone = parse('body: [a]\n');
    assert.equal(validate(fitsNone.toJS()), false);
    assert.deepEqual(explainErrors(validate.errors ?? [], fitsNone, 'en').map((p) => p.message), [
      "'body' must be text or a mapping of keys (name), not a list",
    ]);
  });
});
