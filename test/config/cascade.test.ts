import assert from 'node:assert/strict';
import path from 'node:path';
import { ConfigService, nodeHost, printConfig } from '../../server/src/config';
import { addFiles, countingHost, makeTree, removeTree } from './tree';

describe('config: cascade', () => {
  let root: string;
  before(() => {
    root = makeTree({
      '.charterlintrc.yaml': 'root: true\nlocale: fr\nrules:\n  P04: off\n  P05: info\nvocabulary:\n  P10:\n    role: [référent open data]\n',
      'docs/.charterlintrc.yml': 'rules:\n  P05: error\n  reversibility-clause: info\nvocabulary:\n  data-roles:\n    role: [urbaniste de la donnée, référent open data]\n',
      'docs/charte.md': '',
      'docs/sub/annexe.md': '',
      'other/charte.md': '',
      'nested/.charterlintrc.yaml': 'root: true\nrules:\n  P02: off\n',
      'nested/charte.md': '',
    });
  });
  after(() => removeTree(root));

  it('merges the files from the document folder upwards, the nearer winning', () => {
    const { config, problems } = new ConfigService({ cwd: root }).forFile(path.join(root, 'docs/charte.md'));
    assert.deepEqual(problems, []);
    assert.deepEqual(config.rules, { P04: 'off', P05: 'error', P08: 'info' });
    assert.equal(config.locale, 'fr');
    assert.deepEqual(config.sources, [path.join(root, '.charterlintrc.yaml'), path.join(root, 'docs/.charterlintrc.yml')]);
  });

  it('applies a folder configuration to its subfolders', () => {
    const { config } = new ConfigService({ cwd: root }).forFile(path.join(root, 'docs/sub/annexe.md'));
    assert.deepEqual(config.rules, { P04: 'off', P05: 'error', P08: 'info' });
  });

  it('concatenates vocabulary lists across the cascade, without duplicates', () => {
    const { config } = new ConfigService({ cwd: root }).forFile(path.join(root, 'docs/charte.md'));
    assert.deepEqual(config.vocabulary, { P10: { role: ['référent open data', 'urbaniste de la donnée'] } });
  });

  it('leaves sibling folders alone', () => {
    const { config } = new ConfigService({ cwd: root }).forFile(path.join(root, 'other/charte.md'));
    assert.deepEqual(config.rules, { P04: 'off', P05: 'info' });
  });

  it('stops at root: true', () => {
    const { config } = new ConfigService({ cwd: root }).forFile(path.join(root, 'nested/charte.md'));
    assert.deepEqual(config.rules, { P02: 'off' });
    assert.equal(config.locale, undefined);
    assert.deepEqual(config.sources, [path.join(root, 'nested/.charterlintrc.yaml')]);
  });

  it('takes .yaml before .yml before .json in one folder', () => {
    const dir = makeTree({
      '.charterlintrc.json': '{ "root": true, "rules": { "P01": "off" } }',
      '.charterlintrc.yml': 'root: true\nrules:\n  P01: info\n',
    });
    try {
      assert.deepEqual(new ConfigService({ cwd: dir }).forFile(path.join(dir, 'a.md')).config.rules, { P01: 'info' });
      addFiles(dir, { '.charterlintrc.yaml': 'root: true\nrules:\n  P01: error\n' });
      assert.deepEqual(new ConfigService({ cwd: dir }).forFile(path.join(dir, 'a.md')).config.rules, { P01: 'error' });
    } finally {
      removeTree(dir);
    }
  });

  it('replaces the search with --config, its globs relative to the cwd', () => {
    addFiles(root, { 'ci/strict.yaml': 'extends: charterlint:strict\noverrides:\n  - files: "docs/**"\n    rules:\n      P04: off\n' });
    const service = new ConfigService({ cwd: root, configFile: 'ci/strict.yaml' });
    const { config, problems } = service.forFile(path.join(root, 'docs/charte.md'));
    assert.deepEqual(problems, []);
    assert.equal(config.rules?.P04, 'off');
    assert.equal(config.rules?.P05, 'error');
    assert.equal(config.rules?.P08, 'error');
    assert.deepEqual(config.sources, [path.join(root, 'ci/strict.yaml')]);
    assert.equal(service.forFile(path.join(root, 'other/charte.md')).config.rules?.P04, 'error');
  });

  it('names a --config file that does not exist', () => {
    const { problems } = new ConfigService({ cwd: root, configFile: 'nope.yaml' }).forFile(path.join(root, 'docs/charte.md'));
    assert.deepEqual(problems, [{ file: path.join(root, 'nope.yaml'), message: 'cannot read the configuration given with --config: no such file' }]);
  });

  it('parses the configuration once for 2,000 documents of a folder', () => {
    const host = countingHost(nodeHost);
    const service = new ConfigService({ cwd: root, host });
    for (let i = 0; i < 2000; i++) service.forFile(path.join(root, 'docs', `charte-${i}.md`));
    service.forFile(path.join(root, 'docs/sub/annexe.md'));
    assert.deepEqual([...host.reads.values()], [1, 1]);
    assert.deepEqual([...host.reads.keys()].sort(), [path.join(root, '.charterlintrc.yaml'), path.join(root, 'docs/.charterlintrc.yml')]);
  });

  it('reads again after clear()', () => {
    const dir = makeTree({ '.charterlintrc.yaml': 'root: true\nrules:\n  P01: off\n' });
    try {
      const service = new ConfigService({ cwd: dir });
      assert.equal(service.forFile(path.join(dir, 'a.md')).config.rules?.P01, 'off');
      addFiles(dir, { '.charterlintrc.yaml': 'root: true\nrules:\n  P01: info\n' });
      assert.equal(service.forFile(path.join(dir, 'a.md')).config.rules?.P01, 'off');
      service.clear();
      assert.equal(service.forFile(path.join(dir, 'a.md')).config.rules?.P01, 'info');
    } finally {
      removeTree(dir);
    }
  });
});

describe('config: extends', () => {
  let root: string;
  afterEach(() => removeTree(root));

  it('charterlint:strict sets every check and the suppression rules to error; recommended changes nothing', () => {
    root = makeTree({
      '.charterlintrc.yaml': 'root: true\nextends: charterlint:strict\nrules:\n  P04: warning\n',
      'reco/.charterlintrc.yaml': 'root: true\nextends: [charterlint:recommended]\n',
    });
    const { config, problems } = new ConfigService({ cwd: root }).forFile(path.join(root, 'charte.md'));
    assert.deepEqual(problems, []);
    const expected: Record<string, string> = {};
    for (let i = 1; i <= 16; i++) expected[`P${String(i).padStart(2, '0')}`] = i === 4 ? 'warning' : 'error';
    assert.deepEqual(config.rules, { ...expected, 'unused-suppression': 'error', 'suppression-reason': 'error' });
    assert.deepEqual(config.sources, [path.join(root, '.charterlintrc.yaml')]);
    const reco = new ConfigService({ cwd: root }).forFile(path.join(root, 'reco/charte.md'));
    assert.deepEqual([reco.config.rules, reco.problems], [{}, []]);
  });

  it('resolves relative paths from the extending file, chained, own settings last', () => {
    root = makeTree({
      '.charterlintrc.yaml': 'root: true\nextends: ./config/base.yaml\nrules:\n  P03: info\n',
      'config/base.yaml': 'extends:\n  - charterlint:strict\n  - ./vocabulary.yaml\nrules:\n  P03: off\n  P04: off\noverrides:\n  - files: "contrats/**"\n    type: convention-de-partenariat\n',
      'config/vocabulary.yaml': 'vocabulary:\n  city-network:\n    network: [Réseau des villes numériques]\n',
    });
    const service = new ConfigService({ cwd: root });
    const { config, problems } = service.forFile(path.join(root, 'charte.md'));
    assert.deepEqual(problems, []);
    assert.equal(config.rules?.P01, 'error');
    assert.equal(config.rules?.P03, 'info');
    assert.equal(config.rules?.P04, 'off');
    assert.deepEqual(config.vocabulary, { P04: { network: ['Réseau des villes numériques'] } });
    assert.deepEqual(config.sources, ['config/vocabulary.yaml', 'config/base.yaml', '.charterlintrc.yaml'].map((f) => path.join(root, f)));
    // An extended file's globs are relative to the configuration that uses it, so it can be shared.
    assert.equal(service.forFile(path.join(root, 'contrats/c.md')).config.type, 'partnership-agreement');
    assert.equal(config.type, undefined);
  });

  it('refuses a configuration that extends itself', () => {
    root = makeTree({ '.charterlintrc.yaml': 'root: true\nrules:\n  P01: off\nextends: ./.charterlintrc.yaml\n' });
    const { config, problems } = new ConfigService({ cwd: root }).forFile(path.join(root, 'charte.md'));
    assert.deepEqual(problems, [{
      file: path.join(root, '.charterlintrc.yaml'), line: 4, column: 10, key: 'extends',
      message: 'extends cycle: .charterlintrc.yaml → .charterlintrc.yaml',
    }]);
    assert.deepEqual(config.rules, { P01: 'off' });
  });

  it('refuses a cycle through other files, where it closes', () => {
    root = makeTree({
      '.charterlintrc.yaml': 'root: true\nextends: ./a.yaml\n',
      'a.yaml': 'extends: ./shared/b.yaml\n',
      'shared/b.yaml': 'rules:\n  P02: off\nextends:\n  - charterlint:recommended\n  - ../a.yaml\n',
    });
    const { problems } = new ConfigService({ cwd: root }).forFile(path.join(root, 'charte.md'));
    assert.deepEqual(problems, [{
      file: path.join(root, 'shared/b.yaml'), line: 5, column: 5, key: 'extends[1]',
      message: 'extends cycle: a.yaml → shared/b.yaml → a.yaml',
    }]);
  });

  it('refuses a path outside the project', () => {
    root = makeTree({
      'outside.yaml': 'rules:\n  P01: off\n',
      'project/.charterlintrc.yaml': 'root: true\nextends: ../outside.yaml\n',
    });
    const project = path.join(root, 'project');
    const { config, problems } = new ConfigService({ cwd: project }).forFile(path.join(project, 'charte.md'));
    assert.equal(problems.length, 1);
    assert.deepEqual({ ...problems[0], message: undefined }, { file: path.join(project, '.charterlintrc.yaml'), line: 2, column: 10, key: 'extends', message: undefined });
    assert.match(problems[0]!.message, /^'\.\.\/outside\.yaml' is outside the project \(.*project\) — a configuration may only extend files inside it$/);
    assert.deepEqual(config.rules, {});
  });

  it('counts the cwd as the project when it contains the configuration', () => {
    root = makeTree({
      'shared.yaml': 'rules:\n  P01: off\n',
      'docs/.charterlintrc.yaml': 'root: true\nextends: ../shared.yaml\n',
    });
    const { config, problems } = new ConfigService({ cwd: root }).forFile(path.join(root, 'docs/charte.md'));
    assert.deepEqual(problems, []);
    assert.deepEqual(config.rules, { P01: 'off' });
  });

  it('refuses URLs, absolute paths, unknown built-ins and missing files, and fetches nothing', () => {
    root = makeTree({
      '.charterlintrc.yaml': [
        'root: true',
        'extends:',
        '  - https://example.org/charterlint.yaml',
        '  - file:///etc/passwd',
        '  - /etc/charterlint.yaml',
        '  - charterlint:all',
        '  - ./missing.yaml',
        '',
      ].join('\n'),
    });
    const { problems } = new ConfigService({ cwd: root }).forFile(path.join(root, 'charte.md'));
    assert.deepEqual(problems.map((p) => [p.line, p.column, p.key]), [[3, 5, 'extends[0]'], [4, 5, 'extends[1]'], [5, 5, 'extends[2]'], [6, 5, 'extends[3]'], [7, 5, 'extends[4]']]);
    assert.match(problems[0]!.message, /^'https:\/\/example\.org\/charterlint\.yaml' is a URL: charterlint never downloads configuration/);
    assert.match(problems[1]!.message, /is a URL/);
    assert.match(problems[2]!.message, /is an absolute path — write it relative to this file/);
    assert.equal(problems[3]!.message, "unknown built-in configuration 'charterlint:all' — expected charterlint:recommended or charterlint:strict");
    assert.match(problems[4]!.message, /^cannot read '\.\/missing\.yaml'/);
  });

  it('validates one configuration file, unsaved text included, extends and all', () => {
    root = makeTree({
      '.charterlintrc.yaml': 'root: true\n',
      'docs/.charterlintrc.yaml': 'extends: ../base.yaml\n',
      'base.yaml': 'rules:\n  P99: off\n',
    });
    const service = new ConfigService({ cwd: root });
    const file = path.join(root, 'docs/.charterlintrc.yaml');
    assert.deepEqual(service.validateConfigFile(file), []);
    const problems = service.validateConfigFile(file, 'extends:\n  - ../base.yaml\n  - http://example.org/x.yaml\nlocale: de\n');
    assert.deepEqual(problems.map((p) => [p.file, p.line, p.column, p.key]), [[file, 3, 5, 'extends[1]'], [file, 4, 9, 'locale']]);
  });

  it('reports the problems of an extended file in that file', () => {
    root = makeTree({
      '.charterlintrc.yaml': 'root: true\nextends: ./base.yaml\n',
      'base.yaml': 'rules:\n  P99: off\n',
    });
    const { problems } = new ConfigService({ cwd: root }).forFile(path.join(root, 'charte.md'));
    assert.deepEqual(problems.map((p) => [p.file, p.line, p.column, p.key]), [[path.join(root, 'base.yaml'), 2, 3, 'rules.P99']]);
  });
});

describe('config: overrides', () => {
  let root: string;
  let service: ConfigService;
  before(() => {
    root = makeTree({
      '.charterlintrc.yaml': [
        'root: true',
        'rules:',
        '  P12: warning',
        'overrides:',
        '  - files: ["conventions/**/*.md", "conventions/**/*.yaml"]',
        '    excludedFiles: "conventions/modeles/**"',
        '    type: convention-de-partenariat',
        '    language: en',
        '    rules:',
        '      partnership-kpis: error',
        '  - files: conventions/legacy-*.md',
        '    rules:',
        '      P12: off',
        '  - files: "**/brouillon-*.md"',
        '    type: cadre-d-utilisation',
        '  - files: docs/**',
        '    rules:',
        '      P04: error',
        '',
      ].join('\n'),
      'docs/.charterlintrc.yaml': 'rules:\n  P04: info\n',
    });
    service = new ConfigService({ cwd: root });
  });
  after(() => removeTree(root));
  const at = (rel: string) => service.forFile(path.join(root, rel)).config;

  it('applies an override whose files glob matches, with its type alias normalized', () => {
    const config = at('conventions/2024/mobilite.md');
    assert.equal(config.type, 'partnership-agreement');
    assert.equal(config.language, 'en');
    assert.equal(config.rules?.P12, 'error');
  });

  it('lets a later override win', () => {
    assert.equal(at('conventions/legacy-2019.md').rules?.P12, 'off');
    assert.equal(at('conventions/legacy-2019.md').type, 'partnership-agreement');
  });

  it('skips excludedFiles and files the globs miss', () => {
    assert.equal(at('conventions/modeles/type.md').type, undefined);
    assert.equal(at('conventions/modeles/type.md').rules?.P12, 'warning');
    assert.equal(at('charte.md').type, undefined);
    assert.equal(at('conventions/notes.txt').type, undefined);
  });

  it('lets ** and * match dot folders', () => {
    assert.equal(at('.drafts/brouillon-1.md').type, 'usage-framework');
  });

  it("lets a nearer file beat a farther file's override", () => {
    assert.equal(at('docs/charte.md').rules?.P04, 'info');
  });
});

describe('config: printConfig', () => {
  it('prints a stable JSON view, rules in checklist order', () => {
    const root = makeTree({
      '.charterlintrc.yaml': 'root: true\nlocale: en\ninclude: [chartes/**]\nrules:\n  placeholder: warning\n  P10: error\n  P02: off\nvocabulary:\n  P13:\n    costs: [TCO]\n    mechanism: [impact board]\n',
    });
    try {
      const { config } = new ConfigService({ cwd: root }).forFile(path.join(root, 'chartes/a.md'));
      const text = printConfig(config);
      assert.equal(text, printConfig(structuredClone(config)));
      assert.deepEqual(Object.keys(JSON.parse(text)), ['sources', 'locale', 'rules', 'vocabulary', 'include', 'exclude']);
      assert.deepEqual(JSON.parse(text), {
        sources: [path.join(root, '.charterlintrc.yaml')],
        locale: 'en',
        rules: { P02: 'off', P10: 'error', placeholder: 'warning' },
        vocabulary: { P13: { mechanism: ['impact board'], costs: ['TCO'] } },
        include: [{ base: root, patterns: ['chartes/**'] }],
        exclude: [],
      });
      assert.ok(text.indexOf('"P02"') < text.indexOf('"P10"') && text.indexOf('"P10"') < text.indexOf('"placeholder"'));
      assert.ok(text.indexOf('"mechanism"') < text.indexOf('"costs"'));
    } finally {
      removeTree(root);
    }
  });
});
