import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { CHECK_ELEMENTS, ConfigService, parseConfigText, starterConfig } from '../../server/src/config';
import { buildConfigSchema } from '../../server/src/config/schema';
import { CHECKS } from '../../server/src/engine/checks';

const REPO = path.join(__dirname, '..', '..');
const SCHEMA_FILE = path.join(REPO, 'schemas', 'charterlintrc.schema.json');
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;

describe('config: schema', () => {
  it('is the file the registry generates (else run: npx tsx server/src/config/write-schema.ts)', () => {
    assert.deepEqual(schema, buildConfigSchema());
  });

  it('is a valid draft-07 schema', () => {
    const ajv = new Ajv({ allowUnionTypes: true });
    assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  });

  it('lists, per check, the element ids the engine uses', () => {
    for (const check of CHECKS) assert.deepEqual(CHECK_ELEMENTS[check.code], check.elements.map((e) => e.id), check.code);
  });

  it('accepts a full configuration written every way the documentation allows', () => {
    const ajv = new Ajv({ allowUnionTypes: true });
    const config = parse([
      '$schema: ../schemas/charterlintrc.schema.json',
      'root: true',
      'extends: [charterlint:strict, ./base.yaml]',
      'locale: fr',
      'rules: { P01: off, p8: error, P8: error, p10: info, reversibility-clause: warning, document-type: off, schema: info, placeholder: error, unused-suppression: warning, suppression-reason: off }',
      'overrides:',
      '  - files: conventions/**',
      '    excludedFiles: [conventions/modeles/**]',
      '    type: convention-de-partenariat',
      '    language: en',
      '    rules: { partnership-kpis: error }',
      'vocabulary: { P13: { carbonFootprint: [bilan carbone] }, p3: { exchanges: [club data] }, citizen-consultation: { selfData: [cloud personnel] } }',
      'include: ["chartes/**/*.md"]',
      'exclude: [brouillons/**]',
    ].join('\n'));
    assert.equal(ajv.validate(schema, config), true, JSON.stringify(ajv.errors));
  });
});

/** The starter with its commented examples switched on, to check that they are valid too. */
function uncommentExamples(text: string): string {
  return text
    .split('\n')
    .map((line) => line
      .replace(/^# ((?:include|exclude|overrides|vocabulary):)\s*$/, '$1')
      .replace(/^#( {2,}\S.*)$/, '$1')
      .replace(/^(\s+)# ([\w-]+: \w+)\b.*$/, '$1$2'))
    .join('\n');
}

describe('config: starterConfig', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`writes a valid, commented starter in ${locale}`, () => {
      const text = starterConfig(locale);
      const { data, problems } = parseConfigText(text, '/p/.charterlintrc.yaml');
      assert.deepEqual(problems, []);
      assert.equal(data.root, true);
      assert.equal(data.locale, locale);
      assert.deepEqual(data.extends.map((e) => e.ref), ['charterlint:recommended']);
      assert.ok(text.split('\n').filter((l) => l.startsWith('#')).length > 15, 'commented');
      assert.equal(new Ajv({ allowUnionTypes: true }).validate(schema, parse(text)), true);
    });

    it(`keeps its commented examples valid in ${locale}`, () => {
      const text = uncommentExamples(starterConfig(locale));
      const { data, problems } = parseConfigText(text, '/p/.charterlintrc.yaml');
      assert.deepEqual(problems, []);
      assert.deepEqual(data.rules, { placeholder: 'error', P04: 'info', P08: 'error' });
      assert.equal(data.include.length, 1);
      assert.equal(data.exclude.length, 1);
      assert.equal(data.overrides[0]?.type, 'partnership-agreement');
      assert.equal(data.vocabulary.P10?.role?.length, 1);
    });
  }

  it('is in the language asked for', () => {
    assert.match(starterConfig('fr'), /Sévérité par règle/);
    assert.match(starterConfig('en'), /Severity per rule/);
  });
});

describe('config: the samples configuration', () => {
  it('loads without problems', () => {
    const samples = path.join(REPO, 'samples');
    const { config, problems } = new ConfigService({ cwd: samples }).forFile(path.join(samples, 'charte-commune-incomplete.md'));
    assert.deepEqual(problems, []);
    assert.equal(config.rules?.P04, 'info');
    assert.deepEqual(config.vocabulary?.P10?.role, ['urbaniste de la donnée']);
  });
});
