import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { lint, lintModel, parseCharter, SegmentCache } from '../../server/src/engine';
import { assertSameAsWhole } from './pieces';

/**
 * Markdown is parsed in pieces cut at first-column ATX headings (parse/markdown.ts): the pieces
 * must give exactly the model and the lint of a parse in one piece, whatever the document holds
 * (headings inside code fences, HTML blocks or front matter must not cut it).
 */

const ROOT = path.join(__dirname, '..', '..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return markdownFiles(full);
    return name.endsWith('.md') ? [full] : [];
  });
}

describe('Markdown parsed in pieces', () => {
  it('gives the model and the lint of a whole parse on every Markdown file of the corpus, samples and fixtures', function () {
    // (It parses and lints every file twice, some 6,000 files and growing with the corpus: 20-30 s
    // on a CI machine, past the suite's 30 s when the machine is busy. What it checks is equality.)
    this.timeout(180_000);
    const files = [...markdownFiles(path.join(ROOT, 'test', 'corpus')), ...markdownFiles(path.join(ROOT, 'samples')), ...markdownFiles(path.join(ROOT, 'test', 'fixtures'))];
    assert.ok(files.length > 80, `only ${files.length} files`);
    for (const file of files) assertSameAsWhole(readFileSync(file, 'utf8'), path.relative(ROOT, file));
  });

  const cases: Record<string, string> = {
    'a heading inside a code fence': '# Charte\n\nTexte.\n\n```bash\n# pas un titre\nls\n```\n\n# Réversibilité\n\nLes données sont restituées au format CSV.\n',
    'a fence never closed': '# Charte\n\n~~~~\n# dans le bloc\n~~~\n# toujours dedans\n',
    'a longer closing fence and a fence in a list item': '# A\n\n- item\n\n  ```\n  code\n# h\n```\n# h2\n````\n# h3\n',
    'an HTML comment across headings': '# Charte\n\n<!--\n# commenté\n-->\n# Gouvernance\n\nUn comité de la donnée.\n',
    'an HTML block without a blank line before a heading': '# Charte\n\n<div>\n# dans le bloc html\n</div>\n\n# Après\n\nTexte.\n',
    'front matter with YAML comments': '---\ntype: charte\n# un commentaire YAML\ntitle: "Charte"\n---\n# Charte\n\n# Gouvernance\n',
    'front matter never closed': '---\ntype: charte\n# commentaire\n# Titre\n\nTexte.\n',
    // (npm run fuzz, seed -1759729609: the first piece ended on `---` and read as closed.)
    'front matter opened by four dashes and not closed by three': '----\nla\n---\n# la',
    'a BOM and CRLF line endings': '\uFEFF---\r\ntype: charter\r\n---\r\n# Charter\r\n\r\nText.\r\n# Governance\r\n\r\nA data board.\r\n',
    'lone CR line endings': '# Charte\r\rTexte.\r# Gouvernance\rUn comité.\r',
    'a list, a table and a blockquote closed by headings': '# A\n- un\n- deux\n# B\n| a | b |\n| - | - |\n| c | d |\n# C\n> cité\n# D\n    code indenté\n# E\n',
    'setext headings and a heading without text': 'Titre\n=====\n\n#\n# \n## Sous-titre ##\nTexte\n---\n',
    'headings only': '# a\n# b\n# c',
    'empty': '',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`gives the same result with ${name}`, () => assertSameAsWhole(text));
  }

  it('stays linear when every heading is inside a code fence (the pieces grow by doubling)', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `\`\`\`\n# ${i}\n\`\`\`\n`).join('') + '~~~\n# fin\n';
    const cache = new SegmentCache();
    parseCharter(text, 'markdown', { cache, pieces: 'always' });
    // Doubling means about log2(3000) ≈ 12 attempts per piece, not 3000.
    assert.ok(cache.parsed < 100, `${cache.parsed} pieces parsed`);
    assertSameAsWhole(text);
  });

  it('parses a long document kept in a cache in pieces, a short one or one nothing keeps whole (auto)', () => {
    const section = (i: number) => `## Article ${i}\n\nLa métropole publie les données ${i} au format CSV.\n\n`;
    const short = Array.from({ length: 10 }, (_, i) => section(i)).join('');
    const long = Array.from({ length: 1000 }, (_, i) => section(i)).join('');
    assert.equal(parseCharter(short, 'markdown', { cache: new SegmentCache() }).parts.length, 1);
    assert.equal(parseCharter(long, 'markdown', { cache: new SegmentCache() }).parts.length, 1000);
    assert.equal(parseCharter(long, 'markdown').parts.length, 1);
  });

  it('re-parses only the piece an edit touched when given the previous parse', () => {
    const sections = Array.from({ length: 50 }, (_, i) => `## Article ${i}\n\nLa métropole publie les données ${i} au format CSV.\n`).join('\n');
    const text = `# Charte\n\n${sections}`;
    const cache = new SegmentCache();
    const first = lint({ text, filePath: 'c.md' });
    parseCharter(text, 'markdown', { cache, pieces: 'always' });
    assert.equal(cache.reused, 0);
    const parsed = cache.parsed;
    const edited = text.replace('données 20 au format CSV', 'données 20 au format GeoJSON');
    const model = parseCharter(edited, 'markdown', { cache, pieces: 'always' });
    assert.equal(cache.parsed - parsed, 1, 'one piece parsed again');
    assert.equal(cache.reused, parsed - 1);
    assert.deepEqual(lintModel(model, 'c.md'), lint({ text: edited, filePath: 'c.md' }));
    assert.notDeepEqual(lintModel(model, 'c.md'), first);
    // The cache keeps the pieces of the last parse only.
    assert.equal(cache.size, parsed);
  });

  it('joins the tokens of an edited document as a fresh parse does, reusing the part before the edit', () => {
    const sections = Array.from({ length: 40 }, (_, i) => `## Article ${i}\n\nLa métropole publie les données ${i} au format CSV. Elle les met à jour, chaque mois.\n`).join('\n');
    let text = `# Charte\n\n${sections}`;
    const cache = new SegmentCache();
    parseCharter(text, 'markdown', { cache, pieces: 'always' });
    const columns = (model: ReturnType<typeof parseCharter>) => {
      const t = model.tokens;
      const n = t.length;
      return { keys: [...t.keys], spellings: [...t.spellings.subarray(0, n)], starts: [...t.starts.subarray(0, n)], ends: [...t.ends.subarray(0, n)], sentences: [...t.sentences.subarray(0, n)], clauses: [...t.clauses.subarray(0, n)] };
    };
    const edits: Array<(s: string) => string> = [
      (s) => s.replace('données 20', 'données. Vingt'), // one more sentence in the middle
      (s) => s.replace('## Article 30', 'Une phrase, puis une autre.\n\n## Article 30'), // a piece grows
      (s) => s.replace('## Article 10\n', '## Article 10\n\n### Nouveau\n'), // one more piece
      (s) => s.replace('# Charte', '# Charte de la donnée'), // the first piece
      (s) => `${s}\nUne dernière phrase, ajoutée.\n`, // the last piece
      (s) => s.replace('### Nouveau\n', ''), // a piece removed
    ];
    for (const edit of edits) {
      text = edit(text);
      const reused = columns(parseCharter(text, 'markdown', { cache, pieces: 'always' }));
      assert.deepEqual(reused, columns(parseCharter(text, 'markdown', { pieces: 'always' })));
    }
  });

  it('computes what the checks read of a piece alone (TextPart.memo) again only for the piece an edit touched', () => {
    const sections = Array.from({ length: 30 }, (_, i) => `## Engagement ${i}\n\n| Action | Statut |\n| --- | --- |\n| Action ${i} | abandonné |\n`).join('\n');
    const text = `# Charte\n\n${sections}`;
    const cache = new SegmentCache();
    const seen: string[] = [];
    const linesOf = (piece: string): number => {
      seen.push(piece);
      return piece.split('\n').length;
    };
    const first = parseCharter(text, 'markdown', { cache, pieces: 'always' });
    const counts = first.parts.map((part) => part.memo(linesOf));
    assert.equal(seen.length, first.parts.length);
    assert.deepEqual(first.parts.map((part) => part.memo(linesOf)), counts, 'kept within one parse');
    assert.equal(seen.length, first.parts.length);
    const edited = text.replace('| Action 12 | abandonné |', '| Action 12 | réalisé |');
    const second = parseCharter(edited, 'markdown', { cache, pieces: 'always' });
    second.parts.forEach((part) => part.memo(linesOf));
    assert.equal(seen.length, first.parts.length + 1, 'one piece read again');
    assert.ok(seen[seen.length - 1]!.includes('| Action 12 | réalisé |'));
    // The withdrawn row is gone from the lint, as in a parse from scratch.
    assert.deepEqual(lintModel(second, 'c.md'), lint({ text: edited, filePath: 'c.md' }));
  });

  it('lints a charter edited step by step through the cache of its pieces as a parse from scratch does, where an edit changes a negation, a status or a heading that reaches other pieces', () => {
    // What a piece alone says is kept with it (its hits and their negation, the responses, rows,
    // arrows and marks that withdraw its text): an edit must be seen, in its piece, and by what the
    // pieces around it read.
    let text = readFileSync(path.join(ROOT, 'samples', 'charte-metropole-complete.md'), 'utf8');
    const edits: Array<[string, (s: string) => string]> = [
      ['a negation in one piece', (s) => s.replace('Il est institué un comité métropolitain', "Il n'est pas institué de comité métropolitain")],
      ['the negation taken back', (s) => s.replace("Il n'est pas institué de comité métropolitain", 'Il est institué un comité métropolitain')],
      ['a status line under a heading: the section is withdrawn', (s) => s.replace('### Article 8 – Réversibilité et données brutes\n\n', '### Article 8 – Réversibilité et données brutes\n\nStatut : abandonné.\n\n')],
      ['the status adopted instead', (s) => s.replace('Statut : abandonné.', 'Statut : adopté.')],
      ['a status sub-item withdraws the item it hangs from', (s) => s.replace("### Article 4 – Réseaux de villes\n\n", "### Article 4 – Réseaux de villes\n\n- Adhérer à l'association OpenDataFrance et à France Urbaine.\n  - *Statut : engagement retiré.*\n\n")],
      ['a status after a dash ends an item', (s) => s.replace('  - *Statut : engagement retiré.*\n', '').replace('et à France Urbaine.\n', 'et à France Urbaine. — **Statut :** reporté.\n')],
      ['the item ends with no status', (s) => s.replace(' — **Statut :** reporté.', '')],
      ['a status after an arrow withdraws its paragraph', (s) => s.replace('à ses homologues.\n', 'à ses homologues → abandonné.\n')],
      ['the arrow taken back', (s) => s.replace(' → abandonné.', '.')],
      ['a bracketed mark of deletion opens a paragraph', (s) => s.replace('Tout contrat confiant à un tiers la production', '[Supprimé] Tout contrat confiant à un tiers la production')],
      ['the mark taken back', (s) => s.replace('[Supprimé] ', '')],
      ['a heading over what is not done withdraws the pieces under it', (s) => s.replace('## Axe 5 – Confiance des citoyens', '## Ce que nous ne ferons pas')],
      ['the heading given back', (s) => s.replace('## Ce que nous ne ferons pas', '## Axe 5 – Confiance des citoyens')],
      ['a heading removed: two pieces become one', (s) => s.replace('### Article 3 – Écosystème territorial de la donnée\n\n', '')],
      ['a heading added: one piece becomes two', (s) => s.replace('Le club s\'appuie sur', '### Article 3 – Écosystème territorial de la donnée\n\nLe club s\'appuie sur')],
    ];
    const cache = new SegmentCache();
    let previous = lintModel(parseCharter(text, 'markdown', { cache, pieces: 'always' }), 'c.md');
    let changed = 0;
    for (const [name, edit] of edits) {
      const next = edit(text);
      assert.notEqual(next, text, `${name}: the edit applies`);
      text = next;
      const parsed = cache.parsed;
      const incremental = lintModel(parseCharter(text, 'markdown', { cache, pieces: 'always' }), 'c.md');
      assert.ok(cache.parsed - parsed <= 2, `${name}: ${cache.parsed - parsed} pieces parsed again`);
      assert.deepEqual(incremental, lint({ text, filePath: 'c.md' }), `${name}: the lint differs from a parse from scratch`);
      if (JSON.stringify(incremental.coverage) !== JSON.stringify(previous.coverage)) changed++;
      previous = incremental;
    }
    // (The edits change verdicts: a cache that kept what a piece said before would be seen.)
    assert.ok(changed >= 4, `only ${changed} edits changed a verdict`);
  });

  it('keeps no old version of the document alive: a kept piece holds its own text, not a slice of the whole', () => {
    // A charter of 1.2 MB of two-byte text (accents), cut in 400 pieces.
    const sections = Array.from({ length: 400 }, (_, i) => `## Article ${i}\n\n${'La métropole publie les données de référence au format CSV et en ouvre l’accès. '.repeat(18)}\n`).join('\n');
    let text = `# Charte\n\n${sections}`;
    const cache = new SegmentCache();
    parseCharter(text, 'markdown', { cache });
    const gc = collector();
    gc();
    const before = process.memoryUsage().heapUsed;
    // Forty keystrokes in forty pieces: each version of the text was sliced into the piece parsed
    // again, and a slice kept its whole text alive (40 × 2.4 MB before the pieces were copied).
    for (let i = 0; i < 40; i++) {
      const at = text.indexOf(`## Article ${i * 10}\n`) + 20;
      text = text.slice(0, at) + 'e' + text.slice(at);
      parseCharter(text, 'markdown', { cache });
    }
    gc();
    const grown = (process.memoryUsage().heapUsed - before) / 1e6;
    assert.ok(grown < 20, `the heap grew by ${grown.toFixed(1)} MB`);
  });
});

/** The garbage collector, callable without --expose-gc on the command line. */
function collector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

