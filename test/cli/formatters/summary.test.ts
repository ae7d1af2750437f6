import assert from 'node:assert/strict';
import { stripVTControlCharacters } from 'node:util';
import { summary } from '../../../server/src/cli/formatters/summary';
import { coverageMarkdown, type FormatContext } from '../../../server/src/cli/formatters';
import { CWD, REPORTS, agreement, charter, clean, report } from './reports';

const ctx = (over: Partial<FormatContext> = {}): FormatContext => ({ cwd: CWD, locale: 'en', color: false, version: '0.1.0', ...over });

describe('summary formatter', () => {
  const out = summary(REPORTS, ctx());
  const [first, second] = out.split('\n\n');

  it('lists every file, even one without messages, with the 16 checks grouped by the 5 axes', () => {
    for (const block of [first!, second!]) {
      const rows = block.split('\n').filter((l) => /^ {4}P\d\d {2}/.test(l));
      assert.deepEqual(rows.map((r) => r.slice(4, 7)), ['P01', 'P02', 'P03', 'P04', 'P05', 'P06', 'P07', 'P08', 'P09', 'P10', 'P11', 'P12', 'P13', 'P14', 'P15', 'P16']);
      const axes = block.split('\n').filter((l) => /^ {2}\d\. /.test(l));
      assert.deepEqual(axes, ['  1. Governance', '  2. Data in contracts', '  3. Organisation and roles', '  4. Measured impact', "  5. Citizens' trust"]);
    }
    assert.match(summary([clean], ctx()), /^docs\/charte-complete\.md {2}\(charter, fr\)\n/);
    assert.match(summary([clean], ctx()), /covered 16\/16 applicable, 0 partial, 0 missing, 0 off\n$/);
  });

  it('writes one row per check with its symbol and verdict, aligned', () => {
    assert.ok(first!.startsWith('docs/charte-lyon.md  (charter, fr)\n  1. Governance\n    P01  governance-body             ✔ covered\n'));
    for (const row of [
      '    P02  usage-framework             ◐ partial',
      '    P05  intercommunal-policy        ⊘ off',
      '    P08  reversibility-clause        ✖ missing',
    ]) assert.ok(first!.includes(`${row}\n`), row);
    assert.ok(second!.includes('    P01  governance-body             – not applicable\n'));
  });

  it('counts covered checks among the applicable ones (off included), and the gaps', () => {
    assert.ok(first!.endsWith('  covered 10/16 applicable, 3 partial, 2 missing, 1 off'));
    assert.ok(second!.endsWith('  covered 5/6 applicable, 1 partial, 0 missing, 0 off\n'));
  });

  it('speaks French with locale fr', () => {
    const fr = summary([charter], ctx({ locale: 'fr' }));
    assert.ok(fr.includes('  1. Gouvernance\n'));
    assert.ok(fr.includes("  4. Mesure de l'impact\n"));
    assert.ok(fr.includes('    P08  reversibility-clause        ✖ manquante\n'));
    assert.ok(fr.includes('    P05  intercommunal-policy        ⊘ désactivée\n'));
    assert.ok(fr.startsWith('docs/charte-lyon.md  (charte, fr)\n'));
    assert.ok(fr.endsWith('  couvertes : 10/16 applicables · partielles : 3 · manquantes : 2 · désactivées : 1\n'));
  });

  it('colours verdicts only when ctx.color is true', () => {
    const coloured = summary(REPORTS, ctx({ color: true }));
    assert.match(coloured, /\x1b\[32m✔ covered/);
    assert.match(coloured, /\x1b\[31m✖ missing/);
    assert.equal(stripVTControlCharacters(coloured), out);
    assert.doesNotMatch(out, /\x1b/);
  });
});

describe('coverageMarkdown', () => {
  const md = coverageMarkdown(REPORTS, 'en', CWD);

  it('writes a Markdown table of the 16 checks per file', () => {
    assert.ok(md.startsWith('## charterlint — Coverage of the 16 proposals\n\n### docs/charte-lyon.md (charter)\n\n| Axis | Check | Verdict |\n|---|---|---|\n| 1. Governance | P01 governance-body | ✔ covered |\n'));
    const rows = md.split('\n').filter((l) => /^\| [^|]* \| P\d\d /.test(l));
    assert.equal(rows.length, 32);
    assert.ok(md.includes('| 2. Data in contracts | P06 territorial-interest-data | ✔ covered |\n|  | P07 interoperability-framework | ◐ partial |\n|  | P08 reversibility-clause | ✖ missing |\n'));
    assert.ok(md.includes('|  | P05 intercommunal-policy | ⊘ off |\n'));
    assert.ok(md.includes('### docs/convention-bus.yaml (partnership agreement)\n'));
    assert.ok(md.includes('| 1. Governance | P01 governance-body | – not applicable |\n'));
    assert.ok(md.includes('\n**covered 10/16 applicable, 3 partial, 2 missing, 1 off**\n'));
    assert.ok(md.endsWith('\n**covered 5/6 applicable, 1 partial, 0 missing, 0 off**\n'));
  });

  it('is localized and escapes Markdown in file names', () => {
    const fr = coverageMarkdown([report('docs/a|b_*c*.md', { ...agreement })], 'fr', CWD);
    assert.ok(fr.includes('### docs/a\\|b\\_\\*c\\*.md (convention de partenariat)\n'));
    assert.ok(fr.includes('| Axe | Proposition | Verdict |'));
    assert.ok(fr.includes('| 2. La donnée dans les contrats | P06 territorial-interest-data | ✔ couverte |'));
  });
});
