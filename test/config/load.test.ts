import assert from 'node:assert/strict';
import { parseConfigText } from '../../server/src/config';

const FILE = '/project/.charterlintrc.yaml';

/** The single problem of a configuration text, as a person reads it. */
function only(text: string, file = FILE) {
  const { problems } = parseConfigText(text, file);
  assert.equal(problems.length, 1, `expected one problem, got ${JSON.stringify(problems, null, 1)}`);
  return problems[0]!;
}

describe('config: validation problems name the file, line, column and key', () => {
  const cases: { name: string; text: string; line: number; column: number; key: string; message: RegExp }[] = [
    {
      name: 'unknown rule code',
      text: 'root: true\nrules:\n  P08: error\n  P99: error\n',
      line: 4, column: 3, key: 'rules.P99',
      message: /^unknown rule 'P99' — expected P01…P16 or a rule name such as reversibility-clause$/,
    },
    {
      name: 'misspelt rule name, with a suggestion',
      text: 'rules:\n  reversibility-clauses: error\n',
      line: 2, column: 3, key: 'rules.reversibility-clauses', message: /unknown rule .*did you mean 'reversibility-clause'/,
    },
    {
      name: 'bad severity, with a suggestion',
      text: 'rules:\n  P04:    warn\n',
      line: 2, column: 11, key: 'rules.P04', message: /^expected error, warning, info or off, got 'warn' \(did you mean 'warning'\?\)$/,
    },
    {
      name: 'unknown top-level key',
      text: 'root: true\nrule:\n  P04: off\n',
      line: 2, column: 1, key: 'rule', message: /^unknown key 'rule' — expected one of root, extends.*did you mean 'rules'/,
    },
    {
      name: 'wrong type for root',
      text: 'root: yes\n',
      line: 1, column: 7, key: 'root', message: /^expected true or false, got 'yes'$/,
    },
    {
      name: 'unknown vocabulary element',
      text: 'vocabulary:\n  reversibility-clause:\n    format: [CSV]\n',
      line: 3, column: 5, key: 'vocabulary.reversibility-clause.format',
      message: /^unknown element 'format' of P08 reversibility-clause — expected clause, datasets, formats or rawData \(did you mean 'formats'\?\)$/,
    },
    {
      name: 'vocabulary for a rule that has none',
      text: 'vocabulary:\n  placeholder: {}\n',
      line: 2, column: 3, key: 'vocabulary.placeholder', message: /has no vocabulary/,
    },
    {
      name: 'vocabulary terms not a list',
      text: 'vocabulary:\n  P10:\n    role: chief data officer\n',
      line: 3, column: 11, key: 'vocabulary.P10.role', message: /^expected a list of terms, got 'chief data officer'$/,
    },
    {
      name: 'a term without words',
      text: 'vocabulary:\n  P10:\n    role: ["data steward", "…"]\n',
      line: 3, column: 28, key: 'vocabulary.P10.role[1]', message: /has no words/,
    },
    {
      name: 'override without files',
      text: 'overrides:\n  - files: "a/**"\n  - type: charte\n',
      line: 3, column: 5, key: 'overrides[1].files', message: /an override needs 'files'/,
    },
    {
      name: 'override with an unknown type',
      text: 'overrides:\n  - files: "contrats/**"\n    type: contrat\n',
      line: 3, column: 11, key: 'overrides[0].type', message: /expected charter, usage-framework or partnership-agreement .*got 'contrat'/,
    },
    {
      name: 'override with an unknown key',
      text: 'overrides:\n  - files: "contrats/**"\n    lang: fr\n',
      line: 3, column: 5, key: 'overrides[0].lang', message: /unknown key 'lang' in an override/,
    },
    {
      name: 'unknown rule inside an override',
      text: 'overrides:\n  - files: "x/**"\n    rules:\n      P17: off\n',
      line: 4, column: 7, key: 'overrides[0].rules.P17', message: /^unknown rule 'P17'/,
    },
    {
      name: 'empty files glob list',
      text: 'overrides:\n  - files: []\n',
      line: 2, column: 12, key: 'overrides[0].files', message: /^must not be empty/,
    },
    {
      name: 'include given as one string',
      text: 'include: "chartes/*.md"\n',
      line: 1, column: 10, key: 'include', message: /^expected a list of globs/,
    },
    {
      name: 'a glob that is not text',
      text: 'exclude:\n  - drafts/**\n  - 42\n',
      line: 3, column: 5, key: 'exclude[1]', message: /^expected a glob/,
    },
    {
      name: 'unknown locale',
      text: 'locale: de\n',
      line: 1, column: 9, key: 'locale', message: /^expected fr or en, got 'de'$/,
    },
    {
      name: 'extends not text',
      text: 'extends:\n  - charterlint:strict\n  - 3\n',
      line: 3, column: 5, key: 'extends[1]', message: /^expected charterlint:recommended, charterlint:strict or a path/,
    },
    {
      name: 'the same rule set twice under two spellings',
      text: 'rules:\n  P08: error\n  reversibility-clause: warning\n',
      line: 3, column: 3, key: 'rules.reversibility-clause', message: /^sets P08 a second time \('P08' already sets it\)/,
    },
    {
      name: 'parse-error cannot be configured',
      text: 'rules:\n  parse-error: off\n',
      line: 2, column: 3, key: 'rules.parse-error', message: /cannot be configured/,
    },
    {
      name: 'a section left empty',
      text: 'root: true\nrules:\n  # P04: off\n',
      line: 2, column: 1, key: 'rules', message: /got nothing — write \{\} or remove the key$/,
    },
    {
      name: 'not a mapping at all',
      text: '- P08: error\n',
      line: 1, column: 1, key: '', message: /^expected a mapping of settings .*got a list$/,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const p = only(c.text);
      assert.equal(p.file, FILE);
      assert.deepEqual({ line: p.line, column: p.column, key: p.key }, { line: c.line, column: c.column, key: c.key });
      assert.match(p.message, c.message);
    });
  }

  it('reports every problem of a file, in text order', () => {
    const { problems } = parseConfigText('locale: de\nrules:\n  P99: off\n  P04: loud\n', FILE);
    assert.deepEqual(problems.map((p) => `${p.line}:${p.column} ${p.key}`), ['1:9 locale', '3:3 rules.P99', '4:8 rules.P04']);
  });

  it('positions problems in a .json file too', () => {
    const file = '/project/.charterlintrc.json';
    const p = only('{\n  "root": true,\n  "rules": {\n    "P04": "info",\n    "P99": "off"\n  }\n}\n', file);
    assert.deepEqual({ file: p.file, line: p.line, column: p.column, key: p.key }, { file, line: 5, column: 5, key: 'rules.P99' });
  });
});

describe('config: syntax errors', () => {
  it('gives the line and column of a YAML syntax error', () => {
    const p = only('root: true\nrules:\n  P08: error\n\tP04: off\n');
    assert.deepEqual({ file: p.file, line: p.line, column: p.column }, { file: FILE, line: 4, column: 1 });
    assert.equal(p.message, 'invalid YAML: Tabs are not allowed as indentation');
  });

  it('reports only the first of cascading YAML errors', () => {
    const p = only('rules:\n  P08: error\n  P04: [off\nlocale: fr\n');
    // The parser notices the missing `]` where the next key starts.
    assert.deepEqual([p.line, p.column], [4, 1]);
    assert.match(p.message, /^invalid YAML: Flow sequence .* end with a \]$/);
  });

  it('gives the line and column of a JSON syntax error, in JSON terms', () => {
    const file = '/project/.charterlintrc.json';
    const missingComma = only('{\n  "root": true\n  "locale": "fr"\n}\n', file);
    assert.deepEqual({ file: missingComma.file, line: missingComma.line, column: missingComma.column }, { file, line: 3, column: 3 });
    assert.match(missingComma.message, /^invalid JSON: Expected ',' or '}' after property value$/);
    const trailingComma = only('{\n  "rules": { "P08": "error", }\n}\n', file);
    assert.deepEqual([trailingComma.line, trailingComma.column], [2, 30]);
    assert.match(only('{\n  "root": ', file).message, /Unexpected end of the file/);
  });

  it('refuses a key written twice', () => {
    const p = only('locale: fr\nlocale: en\n');
    assert.deepEqual([p.line, p.column], [2, 1]);
    assert.match(p.message, /invalid YAML: Map keys must be unique/);
  });
});

describe('config: normalization', () => {
  it('turns rule codes and names into codes', () => {
    const { data, problems } = parseConfigText('rules:\n  reversibility-clause: error\n  p4: off\n  P1: info\n  placeholder: warning\n', FILE);
    assert.deepEqual(problems, []);
    assert.deepEqual(data.rules, { P08: 'error', P04: 'off', P01: 'info', placeholder: 'warning' });
  });

  it('turns French type aliases of overrides into types', () => {
    const { data, problems } = parseConfigText('overrides:\n  - files: "conventions/**"\n    type: convention-de-partenariat\n  - files: [cadres/*.md]\n    type: cadre-d-utilisation\n    language: en\n', FILE);
    assert.deepEqual(problems, []);
    assert.deepEqual(data.overrides.map((o) => [o.files, o.type, o.language ?? null]), [
      [['conventions/**'], 'partnership-agreement', null],
      [['cadres/*.md'], 'usage-framework', 'en'],
    ]);
  });

  it('keys vocabulary by code, merging a code and a name of the same check', () => {
    const { data, problems } = parseConfigText('vocabulary:\n  P10:\n    role: [data steward]\n  data-roles:\n    role: [urbaniste de la donnée, data steward]\n    sponsor: [maire adjoint au numérique]\n', FILE);
    assert.deepEqual(problems, []);
    assert.deepEqual(data.vocabulary, { P10: { role: ['data steward', 'urbaniste de la donnée'], sponsor: ['maire adjoint au numérique'] } });
  });

  it('accepts $schema and an empty file', () => {
    assert.deepEqual(parseConfigText('$schema: ../schemas/charterlintrc.schema.json\n', FILE).problems, []);
    assert.deepEqual(parseConfigText('', FILE).problems, []);
    assert.deepEqual(parseConfigText('# only a comment\n', FILE).problems, []);
  });

  it('never runs code: a custom tag is plain text', () => {
    const { data } = parseConfigText('locale: !!js/function "function () { process.exit(3) }"\n', FILE);
    assert.equal(data.locale, undefined);
  });
});
