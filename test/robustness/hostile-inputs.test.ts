import assert from 'node:assert/strict';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lint, LineIndex, type LintResult } from '../../server/src/engine';
import { assertNoStackTrace, assertOneLineError, cli, jsonReports, ROOT, tempProject, type JsonReport } from './cli-helpers';

/**
 * Each input of issue #6, through the engine (`lint`) and through the CLI (`dist/cli.js` as a
 * child process): a clear answer, no exception, no stack trace, ranges inside the document, and
 * the exit code README.md documents (1: reported as an error in the report, 2: one line on stderr).
 * ROBUSTNESS.md has the table of inputs, behaviours and tests.
 */

function engine(text: string, filePath: string): LintResult {
  const result = lint({ text, filePath });
  for (const d of result.diagnostics) {
    assert.ok(d.range.start >= 0 && d.range.start <= d.range.end && d.range.end <= text.length, `${d.ruleId} ${d.range.start}-${d.range.end} outside ${text.length}`);
  }
  return result;
}

const parseErrors = (result: LintResult) => result.diagnostics.filter((d) => d.ruleId === 'parse-error');
const lineOf = (result: LintResult, offset: number) => new LineIndex(result.text).position(offset).line;

const SAMPLE = readFileSync(path.join(ROOT, 'samples', 'convention-mobilite-reversibilite.md'), 'utf8');

describe('robustness: hostile inputs, through the engine and the CLI', function () {
  this.timeout(30_000);

  describe('invalid YAML: a parse-error at the line, no fix, exit 1', () => {
    const cases: Array<[string, string, RegExp, number]> = [
      ['tabs as indentation', 'type: charter\ndata:\n\tformats: [CSV]\n', /Tabs are not allowed/, 3],
      ['an unterminated string (placed on its opening quote)', 'type: charter\ntitle: "Charte de la donnée\ndata: {}\n', /Missing closing "quote: the text quoted from here is never closed/, 2],
      ['duplicate keys', 'type: charter\ntitle: Charte A\ntitle: Charte B\n', /Map keys must be unique/, 3],
    ];
    for (const [name, text, message, line] of cases) {
      it(name, () => {
        const result = engine(text, 'charte.yaml');
        const errors = parseErrors(result);
        assert.ok(errors.length >= 1, 'a parse-error');
        assert.match(errors[0]!.message, message);
        assert.equal(lineOf(result, errors[0]!.range.start), line);
        assert.ok(result.diagnostics.every((d) => !d.fix), 'no fix is offered on YAML that does not parse');
      });
    }
    it('through the CLI: exit 1, the parse-error at its line in the report, nothing on stderr', () => {
      const files = Object.fromEntries(cases.map(([, text], i) => [`charte-${i}.yaml`, text]));
      const { dir, remove } = tempProject(files);
      try {
        const r = cli([...Object.keys(files), '--format', 'json'], dir);
        assertNoStackTrace(r);
        assert.equal(r.code, 1);
        assert.equal(r.stderr, '');
        const reports = jsonReports(r);
        cases.forEach(([name, , message, line], i) => {
          const report = reports.find((x) => x.filePath.endsWith(`charte-${i}.yaml`))!;
          const m = report.messages.find((x) => x.ruleId === 'parse-error')!;
          assert.equal(m.line, line, name);
          assert.match(m.message, message);
        });
      } finally {
        remove();
      }
    });
  });

  it('a YAML alias bomb ("billion laughs"): reported, never expanded', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [prev, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g'], ['g', 'h'], ['h', 'i']]) levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    const text = `type: charter\n${levels.join('\n')}\ngovernance: *i\n`;
    const result = engine(text, 'charte.yaml');
    assert.match(parseErrors(result)[0]?.message ?? '', /alias bomb/);
    assert.equal(lineOf(result, parseErrors(result)[0]!.range.start), 3, 'at the first alias');

    const { dir, remove } = tempProject({ 'charte.yaml': text });
    try {
      const r = cli(['charte.yaml'], dir);
      assertNoStackTrace(r);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^charte\.yaml$/m);
      assert.match(r.stdout, /3:\d+\s+error\s+Cannot read the document: aliases .* alias bomb/);
    } finally {
      remove();
    }
  });

  describe('nesting 10,000 levels deep', () => {
    const deep = 10_000;
    const yamlCases: Array<[string, string]> = [
      ['YAML flow sequences', `type: charter\ndata: ${'['.repeat(deep)}${']'.repeat(deep)}\n`],
      ['YAML flow mappings', `type: charter\ndata: ${'{a: '.repeat(deep)}1${'}'.repeat(deep)}\n`],
      ['YAML block sequences on one line', `type: charter\ndata:\n  ${'- '.repeat(deep)}x\n`],
    ];
    for (const [name, text] of yamlCases) {
      it(`${name}: "nested more than 100 levels", not a stack overflow`, () => {
        const result = engine(text, 'charte.yaml');
        assert.match(parseErrors(result)[0]?.message ?? '', /nested more than 100 levels deep/);
      });
    }
    const markdownCases: Array<[string, string]> = [
      ['Markdown block quotes', `${'> '.repeat(deep)}La charte.\n`],
      ['Markdown lists', `${'- '.repeat(deep)}La charte.\n`],
      ['Markdown lists by indentation', Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- niveau ${i}`).join('\n')],
      ['Markdown brackets', `# Charte\n\n${'['.repeat(deep)}x${']'.repeat(deep)}\n`],
    ];
    for (const [name, text] of markdownCases) {
      it(`${name}: linted (markdown-it stops nesting at 100)`, () => {
        const result = engine(text, 'charte.md');
        assert.equal(result.text, text);
      });
    }
    it('through the CLI: exit 1 with the parse-error, no stack trace', () => {
      const { dir, remove } = tempProject({ 'charte.yaml': yamlCases[0]![1], 'charte.md': markdownCases[0]![1] });
      try {
        const r = cli(['charte.yaml', 'charte.md'], dir);
        assertNoStackTrace(r);
        assert.equal(r.code, 1);
        assert.equal(r.stderr, '');
        assert.match(r.stdout, /^charte\.md$/m);
        assert.match(r.stdout, /^charte\.yaml\n(.*\n)*\s+2:106\s+error\s+Cannot read the document: nested more than 100 levels deep \(level 101 opens here\)/m);
      } finally {
        remove();
      }
    });
  });

  describe('a 50 MB file: not read, one error in the report (maxFileSize, default 10 MB)', () => {
    it('over the default limit', () => {
      const head = Buffer.from('---\ntype: charter\n---\n# Charte\n\n');
      const { dir, remove } = tempProject({ 'charte.md': Buffer.concat([head, Buffer.alloc(50 * 1024 * 1024 - head.length, 'La donnée. ')]) });
      try {
        const r = cli(['charte.md', '--format', 'json'], dir);
        assertNoStackTrace(r);
        assert.equal(r.code, 1);
        assert.equal(r.stderr, '');
        const [report] = jsonReports(r);
        assert.equal(report!.messages.length, 1);
        assert.deepEqual({ ...report!.messages[0]!, message: '' }, { ruleId: 'parse-error', ruleName: 'parse-error', severity: 'error', message: '', line: 1, column: 1, endLine: 1, endColumn: 1 });
        assert.match(report!.messages[0]!.message, /50 MB, over the 10 MB size limit: not linted — raise maxFileSize/);
        assert.ok(Object.values(report!.coverage).every((v) => v === 'not-applicable'));
        const stylish = cli(['charte.md'], dir);
        assert.match(stylish.stdout, /^charte\.md\n\s+1:1\s+error\s+Cannot read the document: 50 MB, over the 10 MB size limit/m);
      } finally {
        remove();
      }
    });

    it('the limit comes from maxFileSize in .charterlintrc.yaml, and --max-file-size wins', () => {
      const text = `---\ntype: charter\n---\n# Charte\n\n${'Les données sont restituées. '.repeat(80)}\n`;
      const { dir, remove } = tempProject({ '.charterlintrc.yaml': 'root: true\nmaxFileSize: 1KB\n', 'charte.md': text });
      try {
        const limited = jsonReports(cli(['charte.md', '--format', 'json'], dir))[0]!;
        assert.match(limited.messages[0]?.message ?? '', /2\.\d KB, over the 1 KB size limit/);
        const lifted = cli(['charte.md', '--format', 'json', '--max-file-size', '100KB'], dir);
        assert.ok(jsonReports(lifted)[0]!.messages.every((m) => m.ruleId !== 'parse-error'), 'linted under the larger limit');
        const bad = cli(['charte.md', '--max-file-size', 'huge'], dir);
        assert.equal(bad.code, 2);
        assert.match(bad.stderr, /--max-file-size takes a size such as 20MB/);
      } finally {
        remove();
      }
    });
  });

  describe('files that are not UTF-8 text: exit 2, one line naming the file', () => {
    it('a binary file (a PNG renamed .md)', () => {
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
      assert.ok(engine(png.toString('latin1'), 'charte.md'), 'the engine reads any string');
      const { dir, remove } = tempProject({ 'charte.md': png });
      try {
        assertOneLineError(cli(['charte.md'], dir), 'charte.md', /binary file, not a text document/);
      } finally {
        remove();
      }
    });

    it('invalid UTF-8 (saved as Latin-1): the line and column of the first bad byte', () => {
      const latin1 = Buffer.from('---\ntype: charter\n---\n# Charte de la donnée\n', 'latin1');
      engine(latin1.toString('utf8'), 'charte.md');
      const { dir, remove } = tempProject({ 'charte.md': latin1 });
      try {
        assertOneLineError(cli(['charte.md'], dir), 'charte.md:4:20', /not UTF-8 text \(byte 0xE9 here; saved as Latin-1 or Windows-1252\?\) — save it as UTF-8/);
      } finally {
        remove();
      }
    });

    it('UTF-16 (what word processors call "Unicode text")', () => {
      const { dir, remove } = tempProject({ 'charte.md': Buffer.from('\uFEFF# Charte\n', 'utf16le') });
      try {
        assertOneLineError(cli(['charte.md'], dir), 'charte.md', /UTF-16 text, not UTF-8 — save it as UTF-8/);
      } finally {
        remove();
      }
    });
  });

  describe('byte order mark and line endings: the same findings at the same places', () => {
    const variants: Record<string, string> = {
      BOM: `\uFEFF${SAMPLE}`,
      CRLF: SAMPLE.replace(/\n/g, '\r\n'),
      'BOM and CRLF': `\uFEFF${SAMPLE.replace(/\n/g, '\r\n')}`,
      'mixed LF and CRLF': SAMPLE.split('\n').map((line, i) => line + (i % 2 ? '\r\n' : '\n')).join('').slice(0, -1),
      // A lone CR followed by an empty line would make a CRLF: those lines keep CRLF.
      'mixed LF, CRLF and CR': SAMPLE.split('\n').map((line, i, all) => line + (i % 3 === 2 && all[i + 1] === '' ? '\r\n' : ['\n', '\r\n', '\r'][i % 3])).join('').slice(0, -1),
    };
    /** Each diagnostic as its rule, message, line:column span and the text it covers (line breaks normalized). */
    const findings = (text: string) => {
      const result = engine(text, 'charte.md');
      const lines = new LineIndex(text);
      const bom = text.startsWith('\uFEFF') ? 1 : 0;
      return {
        type: `${result.documentType} (${result.documentTypeSource})`,
        coverage: result.coverage,
        diagnostics: result.diagnostics.map((d) => {
          const { start, end } = lines.range({ start: d.range.start, end: d.range.end });
          const col = (p: { line: number; column: number }) => `${p.line}:${p.line === 1 ? p.column - bom : p.column}`;
          return `${d.ruleId} ${col(start)}-${col(end)} ${d.message} «${text.slice(d.range.start, d.range.end).replace(/\r\n?/g, '\n')}»`;
        }),
      };
    };
    const expected = findings(SAMPLE);

    for (const [name, text] of Object.entries(variants)) {
      it(`${name}: engine`, () => {
        assert.ok(expected.diagnostics.length > 0);
        assert.equal(expected.type, 'partnership-agreement (declared)');
        assert.deepEqual(findings(text), expected);
      });
    }

    it('through the CLI: identical JSON reports (lines and columns) for every variant', () => {
      const files: Record<string, string> = { 'lf.md': SAMPLE };
      Object.values(variants).forEach((text, i) => (files[`v${i}.md`] = text));
      const { dir, remove } = tempProject(files);
      try {
        const r = cli([...Object.keys(files), '--format', 'json'], dir);
        assertNoStackTrace(r);
        assert.equal(r.code, 0, 'the sample has warnings, no error');
        assert.equal(jsonReports(r).length, 6);
        const reports = jsonReports(r);
        const reference = reports.find((x) => x.filePath.endsWith('lf.md'))!;
        // Fix offsets and line breaks are each file's own; where and what is reported is the same.
        const placed = (report: JsonReport) => report.messages.map((m) => ({ ...m, fix: undefined }));
        for (const report of reports) assert.deepEqual(placed(report), placed(reference), report.filePath);
      } finally {
        remove();
      }
    });
  });

  describe('empty and half-written documents', () => {
    it('an empty file: every check missing, placed at 1:1', () => {
      for (const file of ['charte.md', 'charte.yaml']) {
        const result = engine('', file);
        assert.ok(result.diagnostics.length > 0);
        assert.ok(result.diagnostics.every((d) => d.range.start === 0 && d.range.end === 0));
        assert.equal(result.coverage.P08, 'missing');
      }
      const { dir, remove } = tempProject({ 'vide.md': '', 'vide.yaml': '' });
      try {
        const r = cli(['vide.md', 'vide.yaml'], dir);
        assertNoStackTrace(r);
        assert.equal(r.code, 1);
        assert.match(r.stdout, /^vide\.md\n\s+1:1 /m);
        assert.match(r.stdout, /^vide\.yaml\n\s+1:1 /m);
      } finally {
        remove();
      }
    });

    it('front matter never closed: said on line 1, and the body is still read', () => {
      const text = '---\ntype: charter\ntitle: Charte\n\n# Charte de la donnée\n\n## Réversibilité\n\nÀ la fin du contrat, les données sont restituées au format CSV et GeoJSON.\n';
      const result = engine(text, 'charte.md');
      const [problem] = parseErrors(result);
      assert.match(problem?.message ?? '', /front matter opened by this --- is never closed/);
      assert.equal(lineOf(result, problem!.range.start), 1);
      assert.notEqual(result.coverage.P08, 'missing', 'the reversibility article in the body is seen');
      const { dir, remove } = tempProject({ 'charte.md': text });
      try {
        const r = cli(['charte.md'], dir);
        assertNoStackTrace(r);
        assert.equal(r.code, 1);
        assert.match(r.stdout, /1:1\s+error\s+Cannot read the document: front matter opened by this --- is never closed/);
      } finally {
        remove();
      }
    });
  });

  describe('text built to be slow: linted in one pass (no catastrophic backtracking)', () => {
    const sentence = 'La collectivité garantit la réversibilité des données au format CSV et publie un rapport annuel. ';
    const cases: Array<[string, string, string]> = [
      ['one 1 MB line', `# Charte\n\n${sentence.repeat(Math.ceil(1_048_576 / sentence.length))}\n`, 'charte.md'],
      ['a heading ending in 300,000 spaces', `# Charte${' '.repeat(300_000)}x\n`, 'charte.md'],
      ['300,000 spaces then a #', `# Charte\n\n${' '.repeat(300_000)}#\n`, 'charte.md'],
      ['300,000 accented letters', `# Charte\n\n${'é'.repeat(300_000)}\n`, 'charte.md'],
      ['300,000 combining accents', `# Charte\n\n${'e\u0301'.repeat(150_000)}\n`, 'charte.md'],
      ['a word repeated 60,000 times', `# Charte\n\n${'données '.repeat(60_000)}\n`, 'charte.md'],
      ['"sans" repeated 60,000 times (negation)', `# Charte\n\n${'sans '.repeat(60_000)}consultation\n`, 'charte.md'],
      ['100,000 unclosed comments', '<!--'.repeat(100_000), 'charte.md'],
      ['200,000 unclosed placeholders', '{{'.repeat(200_000), 'charte.md'],
      ['50,000 placeholders', '{{x}} '.repeat(50_000), 'charte.md'],
      ['30,000 suppression comments', '<!-- charterlint-disable P04 -->\n'.repeat(30_000), 'charte.md'],
      ['20,000 headings', '# a\n'.repeat(20_000), 'charte.md'],
      ['20,000 YAML keys', Array.from({ length: 20_000 }, (_, i) => `k${i}: v`).join('\n'), 'charte.yaml'],
      ['a YAML value followed by 300,000 spaces', `titre: Charte${' '.repeat(300_000)}#x\n`, 'charte.yaml'],
      ['a YAML line of 300,000 dashes', `${'- '.repeat(50)}${'-'.repeat(300_000)}\n`, 'charte.yaml'],
    ];
    for (const [name, text, file] of cases) {
      it(name, () => {
        const result = engine(text, file);
        assert.equal(result.text, text);
      });
    }
    it('through the CLI: the 1 MB line', () => {
      const { dir, remove } = tempProject({ 'charte.md': cases[0]![1] });
      try {
        const r = cli(['charte.md'], dir);
        assertNoStackTrace(r);
        assert.equal(r.code, 1);
        assert.equal(r.stderr, '');
      } finally {
        remove();
      }
    });
  });

  // A configuration that extends itself or a file outside the project: config-safety.test.ts.
  describe('paths and files that cannot be read: exit 2, one line naming the file', () => {
    it('a file that cannot be read (permission denied)', () => {
      const { dir, remove } = tempProject({ 'charte.md': SAMPLE });
      try {
        const file = path.join(dir, 'charte.md');
        chmodSync(file, 0o000);
        // root reads anything: then the CLI runs as `nobody`, who may enter the folder but not read the file.
        const asRoot = process.getuid?.() === 0;
        if (asRoot) chmodSync(dir, 0o755);
        const r = cli(['charte.md'], dir, asRoot ? { uid: 65534, gid: 65534 } : {});
        assertOneLineError(r, 'charte.md', /permission denied/);
      } finally {
        remove();
      }
    });

    it('a path that does not exist', () => {
      const { dir, remove } = tempProject({});
      try {
        assertOneLineError(cli(['absente.md'], dir), 'absente.md', /no such file or folder/);
      } finally {
        remove();
      }
    });

    it('a good file next to a bad one: the good one is still linted, exit 2', () => {
      const { dir, remove } = tempProject({ 'bonne.md': SAMPLE });
      try {
        writeFileSync(path.join(dir, 'binaire.md'), Buffer.from([0, 1, 2]));
        const r = cli(['binaire.md', 'bonne.md', '--format', 'json'], dir);
        assertOneLineError(r, 'binaire.md', /binary file/);
        assert.equal(jsonReports(r).length, 1);
        assert.ok(jsonReports(r)[0]!.filePath.endsWith('bonne.md'));
      } finally {
        remove();
      }
    });
  });
});
