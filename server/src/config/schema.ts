import { findRule } from '../engine/rules';
import { CHECK_CODES, type CheckCode } from '../engine/types';
import { CHECK_ELEMENTS, DOCUMENT_TYPE_NAMES } from './elements';
import { SIZE } from './size';

/**
 * Builds `schemas/charterlintrc.schema.json` from the rule registry and the element table, so that
 * the file editors read cannot drift from what the loader accepts (test/config/schema.test.ts
 * compares them; `npx tsx server/src/config/write-schema.ts` rewrites the file).
 */

export const CONFIG_SCHEMA_URL = 'https://raw.githubusercontent.com/charterlint/charterlint/main/schemas/charterlintrc.schema.json';
export const BUILTIN_CONFIGS = ['charterlint:recommended', 'charterlint:strict'] as const;
/** Rules beyond the 16 that a configuration may set (`parse-error` is always reported). */
export const CONFIGURABLE_EXTRA_RULES = ['document-type', 'schema', 'placeholder', 'unused-suppression', 'suppression-reason'] as const;

type Json = { [key: string]: unknown };

const ref = (name: string, extra: Json = {}): Json => ({ $ref: `#/definitions/${name}`, ...extra });

/** Lower-case and unpadded spellings of a code that findRule also accepts: `p8`, `p08`, `P8`. */
function codeAliasPattern(code: CheckCode): string {
  const n = Number(code.slice(1));
  return n < 10 ? `^(?:p0?${n}|P${n})$` : `^p${n}$`;
}

function summary(code: string): string {
  const rule = findRule(code);
  return rule ? `${rule.id === rule.name ? rule.name : `${rule.id} ${rule.name}`}: ${rule.summary.en}` : code;
}

function ruleSettings(): Json {
  const properties: Json = {};
  for (const code of CHECK_CODES) properties[code] = ref('severity', { description: summary(code) });
  for (const code of CHECK_CODES) properties[findRule(code)!.name] = ref('severity', { description: summary(code) });
  for (const id of CONFIGURABLE_EXTRA_RULES) properties[id] = ref('severity', { description: summary(id) });
  const patternProperties: Json = {};
  for (const code of CHECK_CODES) patternProperties[codeAliasPattern(code)] = ref('severity');
  return {
    type: 'object',
    description: 'Severity per rule. Keys are check codes (P08, p8) or names (reversibility-clause), or the extra rules document-type, schema, placeholder, unused-suppression, suppression-reason.',
    properties,
    patternProperties,
    additionalProperties: false,
    examples: [{ P04: 'info', 'reversibility-clause': 'error', 'document-type': 'off' }],
  };
}

function vocabulary(): { vocabulary: Json; checks: Json } {
  const properties: Json = {};
  const patternProperties: Json = {};
  const checks: Json = {};
  for (const code of CHECK_CODES) {
    const name = findRule(code)!.name;
    const elements: Json = {};
    for (const id of CHECK_ELEMENTS[code]) elements[id] = ref('terms', { description: `Extra terms for the '${id}' element of ${code} ${name}.` });
    checks[`vocabulary${code}`] = {
      type: 'object',
      description: `Extra terms for ${code} ${name}, per element: ${CHECK_ELEMENTS[code].join(', ')}.`,
      properties: elements,
      additionalProperties: false,
    };
    properties[code] = ref(`vocabulary${code}`, { description: summary(code) });
    properties[name] = ref(`vocabulary${code}`, { description: summary(code) });
    patternProperties[codeAliasPattern(code)] = ref(`vocabulary${code}`);
  }
  return {
    vocabulary: {
      type: 'object',
      description: 'Extra terms, declaratively: check (P10 or data-roles) -> element id -> terms. They add to the built-in French and English vocabulary; lists from every configuration of the cascade are concatenated.',
      properties,
      patternProperties,
      additionalProperties: false,
      examples: [{ P10: { role: ['directrice de la stratégie données'] }, 'city-network': { network: ['Réseau des villes numériques'] } }],
    },
    checks,
  };
}

export function buildConfigSchema(): Json {
  const vocab = vocabulary();
  const typeNames = Object.keys(DOCUMENT_TYPE_NAMES);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_URL,
    title: 'charterlint configuration (.charterlintrc.yaml, .charterlintrc.yml, .charterlintrc.json)',
    description: 'Configures charterlint, the linter of city data-governance charters. Files cascade from the linted document\'s folder upwards until one says root: true; nearer files win.',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'The JSON schema of this file, for editors. charterlint never downloads it: it validates with its own copy, and refuses any other URL.', examples: [CONFIG_SCHEMA_URL] },
      root: { type: 'boolean', description: 'Stop looking for configuration files in parent folders.', default: false },
      extends: {
        type: ['string', 'array'],
        description: 'Configurations this one builds on, applied first: charterlint:recommended (the defaults), charterlint:strict (every check and suppression rule at error), or a path relative to this file. URLs are refused.',
        minLength: 1,
        items: { type: 'string', minLength: 1, examples: [...BUILTIN_CONFIGS, '../.charterlintrc.yaml'] },
        examples: [...BUILTIN_CONFIGS, '../shared/.charterlintrc.yaml', ['charterlint:strict', './vocabulary.charterlintrc.yaml']],
      },
      rules: ref('ruleSettings'),
      overrides: {
        type: 'array',
        description: 'Settings for the documents whose path (relative to this file\'s folder) matches files and not excludedFiles. Later entries win.',
        items: ref('override'),
      },
      vocabulary: vocab.vocabulary,
      include: ref('globs', { description: 'Documents to lint even when they do not declare a charterlint type (globs relative to this file\'s folder).', examples: [['chartes/**/*.md', 'conventions/*.yaml']] }),
      exclude: ref('globs', { description: 'Files and folders never linted when walking directories (globs relative to this file\'s folder).', examples: [['drafts/**', '**/archive/**']] }),
      locale: { enum: ['fr', 'en'], description: 'Language of the messages (the CLI --locale and the editor language take precedence).' },
      maxFileSize: {
        type: ['integer', 'string'],
        minimum: 1,
        pattern: SIZE.source,
        description: 'Documents larger than this are not linted: one error says so (default 10MB). A number of bytes, or a size with a unit: 20MB, 512KB. The command line\'s --max-file-size takes precedence.',
        examples: ['20MB', 20971520],
      },
    },
    additionalProperties: false,
    definitions: {
      severity: {
        enum: ['error', 'warning', 'info', 'off'],
        description: 'error fails the CLI; warning and info are reported; off disables the rule (shown as off in the coverage summary).',
      },
      ruleSettings: ruleSettings(),
      documentType: {
        enum: typeNames,
        description: 'Document type: charter, usage-framework or partnership-agreement (French aliases: charte, cadre-d-utilisation, convention-de-partenariat). A type declared in the document wins.',
      },
      globs: { type: 'array', items: { type: 'string', minLength: 1 } },
      globOrGlobs: {
        type: ['string', 'array'],
        minLength: 1,
        minItems: 1,
        items: { type: 'string', minLength: 1 },
      },
      terms: { type: 'array', items: { type: 'string', minLength: 1 }, examples: [['data steward', 'référent·e données']] },
      override: {
        type: 'object',
        required: ['files'],
        properties: {
          files: ref('globOrGlobs', { description: 'Globs of the documents this entry applies to, relative to this file\'s folder.', examples: ['conventions/**/*.md', ['contrats/*.md', 'contrats/*.yaml']] }),
          excludedFiles: ref('globOrGlobs', { description: 'Globs of documents this entry does not apply to, even if files matches them.' }),
          type: ref('documentType'),
          language: { enum: ['fr', 'en'], description: 'Language of the documents, for inserted templates (a lang declared in the document wins).' },
          rules: ref('ruleSettings'),
        },
        additionalProperties: false,
        examples: [{ files: 'conventions/**', type: 'convention-de-partenariat', rules: { P12: 'error' } }],
      },
      ...vocab.checks,
    },
  };
}
