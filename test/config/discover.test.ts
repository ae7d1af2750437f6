import assert from 'node:assert/strict';
import path from 'node:path';
import { ConfigService, declaredType, discoverFiles, memoryHost, nodeHost } from '../../server/src/config';
import { declared, makeTree, removeTree } from './tree';

describe('config: discoverFiles', () => {
  let root: string;
  const abs = (...rels: string[]) => rels.map((r) => path.join(root, r));
  before(() => {
    root = makeTree({
      '.charterlintrc.yaml': 'root: true\ninclude:\n  - "chartes/**/*.md"\nexclude:\n  - "brouillons"\n  - "**/archive/**"\n',
      'README.md': '# Chartes de la ville\n\nCe dépôt contient nos chartes.\n',
      'CHANGELOG.md': '---\ntitle: Changelog\n---\n# Changes\n',
      'charte.md': declared('charte'),
      'cadre.markdown': `\uFEFF${declared('"cadre-d-utilisation"')}`,
      'convention.yaml': '# Convention de partenariat\n---\ntitle: Convention mobilité\ntype: partnership-agreement   # declared\n',
      'donnees.yml': 'title: Jeux de données\ndata:\n  type: charter\n',
      'notes.md': '---\ntitle: Notes\n---\n\ntype: charter\n',
      'chartes/2021/charte-quartier.md': '# Charte du quartier\n',
      'chartes/lisez-moi.txt': 'type: charter\n',
      'brouillons/charte-v0.md': declared('charter'),
      'docs/archive/charte-2015.md': declared('charter'),
      'docs/contrats/.charterlintrc.yml': 'include: ["*.md"]\n',
      'docs/contrats/contrat-eau.md': '# Contrat de délégation\n',
      'node_modules/pkg/charte.md': declared('charter'),
      'dist/charte.md': declared('charter'),
      '.git/charte.md': declared('charter'),
      'out/charte.md': declared('charter'),
    });
  });
  after(() => removeTree(root));

  it('walks a folder: declared types and include globs, not README.md', () => {
    const { files, problems } = discoverFiles(['.'], root);
    assert.deepEqual(problems, []);
    assert.deepEqual(files, abs('cadre.markdown', 'charte.md', 'chartes/2021/charte-quartier.md', 'convention.yaml', 'docs/contrats/contrat-eau.md'));
  });

  it('does not take a document whose only `type:` is not top-level front matter', () => {
    const { files } = discoverFiles(['.'], root);
    for (const name of ['README.md', 'CHANGELOG.md', 'notes.md', 'donnees.yml']) assert.ok(!files.includes(path.join(root, name)), name);
  });

  it('honours exclude (a folder name, a ** glob) and skips node_modules, .git, dist, out', () => {
    const { files } = discoverFiles([root], root);
    assert.ok(files.every((f) => !/brouillons|archive|node_modules|\.git|dist|out\//.test(path.relative(root, f))), files.join('\n'));
  });

  it('does not even read an excluded folder', () => {
    const listed: string[] = [];
    const host = { ...nodeHost, readDir: (dir: string) => (listed.push(dir), nodeHost.readDir(dir)) };
    discoverFiles(['.'], root, host);
    assert.ok(listed.includes(path.join(root, 'docs')));
    assert.ok(!listed.includes(path.join(root, 'brouillons')) && !listed.includes(path.join(root, 'docs/archive')), listed.join('\n'));
  });

  it('always takes a file named explicitly, whatever its name, and an excluded one too', () => {
    const { files, problems } = discoverFiles(['README.md', 'chartes/lisez-moi.txt', 'brouillons/charte-v0.md', './README.md'], root);
    assert.deepEqual(problems, []);
    assert.deepEqual(files, abs('README.md', 'brouillons/charte-v0.md', 'chartes/lisez-moi.txt'));
  });

  it('never lints a .charterlintrc file', () => {
    const { files } = discoverFiles(['.charterlintrc.yaml', 'docs'], root);
    assert.deepEqual(files, abs('docs/contrats/contrat-eau.md'));
  });

  it('expands globs, keeping documents that are not excluded', () => {
    const { files, problems } = discoverFiles(['**/*.md', '*.yaml'], root);
    assert.deepEqual(problems, []);
    assert.deepEqual(files, abs('CHANGELOG.md', 'README.md', 'charte.md', 'chartes/2021/charte-quartier.md', 'convention.yaml', 'docs/contrats/contrat-eau.md', 'notes.md'));
  });

  it('reports a path that does not exist, and a glob that matches nothing', () => {
    const { files, problems } = discoverFiles(['charte.md', 'absente.md', 'docs/*.pdf'], root);
    assert.deepEqual(files, abs('charte.md'));
    assert.deepEqual(problems, [
      { file: path.join(root, 'absente.md'), message: 'no such file or folder: absente.md' },
      { file: path.join(root, 'docs/*.pdf'), message: "no document (.md, .markdown, .yaml, .yml) matches 'docs/*.pdf'" },
    ]);
  });

  it('returns sorted, absolute paths without duplicates', () => {
    const { files } = discoverFiles(['charte.md', '.', root, 'chartes/**/*.md'], root);
    assert.deepEqual(files, [...new Set(files)].sort());
    assert.ok(files.every((f) => path.isAbsolute(f)));
  });

  it('reports the problems of the configurations it meets', () => {
    const dir = makeTree({ '.charterlintrc.yaml': 'root: true\ninclude: "*.md"\n', 'a.md': '' });
    try {
      const { problems } = discoverFiles(['.'], dir, new ConfigService({ cwd: dir }));
      assert.deepEqual(problems.map((p) => [p.file, p.line, p.column, p.key]), [[path.join(dir, '.charterlintrc.yaml'), 2, 10, 'include']]);
    } finally {
      removeTree(dir);
    }
  });

  it('works over an in-memory host', () => {
    const host = memoryHost({
      '/mem/.charterlintrc.yaml': 'root: true\nexclude: [old/**]\n',
      '/mem/charte.md': declared('charter'),
      '/mem/README.md': '# Lisez-moi\n',
      '/mem/old/charte.md': declared('charter'),
      '/mem/sub/convention.yml': 'type: convention-de-partenariat\n',
    });
    assert.deepEqual(discoverFiles(['.'], '/mem', host), { files: ['/mem/charte.md', '/mem/sub/convention.yml'], problems: [] });
    assert.deepEqual(discoverFiles(['**/*.md'], '/mem', host).files, ['/mem/README.md', '/mem/charte.md']);
  });
});

describe('config: declaredType', () => {
  it('reads the type of Markdown front matter and of top-level YAML, aliases included', () => {
    assert.equal(declaredType('---\ntitle: x\ntype: Charte\n---\n', 'markdown'), 'charter');
    assert.equal(declaredType("---\r\ntype: 'convention-de-partenariat'\r\n---\r\n", 'markdown'), 'partnership-agreement');
    assert.equal(declaredType('%YAML 1.2\n---\ntype: usage-framework\n', 'yaml'), 'usage-framework');
  });

  it('ignores a type outside the front matter, nested, or not a charterlint type', () => {
    assert.equal(declaredType('# Titre\n\ntype: charter\n', 'markdown'), undefined);
    assert.equal(declaredType('---\ntitle: x\n---\ntype: charter\n', 'markdown'), undefined);
    assert.equal(declaredType('meta:\n  type: charter\n', 'yaml'), undefined);
    assert.equal(declaredType('---\ntype: post\n---\n', 'markdown'), undefined);
  });
});
