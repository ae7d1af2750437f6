import assert from 'node:assert/strict';
import { stripVTControlCharacters } from 'node:util';
import { stylish } from '../../../server/src/cli/formatters/stylish';
import type { FormatContext } from '../../../server/src/cli/formatters';
import { CWD, REPORTS, agreement, charter, clean } from './reports';

const ctx = (over: Partial<FormatContext> = {}): FormatContext => ({ cwd: CWD, locale: 'en', color: false, version: '0.1.0', ...over });

describe('stylish formatter', () => {
  it('prints one aligned row per problem under each file, then the tally', () => {
    const expected = [
      'docs/charte-lyon.md',
      '   1:1   info     Document type inferred from the title: charter. Declare it (type: charter) to remove any doubt.  document-type',
      '   1:1   error    No reversibility clause (restitution of the data, in named formats) is provided.                 P08',
      '   9:1   warning  No standing forum for the data actors of the territory.                                          P03',
      "  12:1   warning  Rules of data use: only partly addressed. Missing: rules for the territory's actors.             P02",
      '  21:3   warning  Interoperability: only partly addressed. Missing: a legal element (licence, model clauses).      P07',
      '  27:1   warning  Impact measurement: 100% of costs, productivity: missing                                         P13',
      '  30:5   error    Template placeholder to fill in: {{<b> & "x" \'y\' ␇}}                                             placeholder',
      '  33:40  error    Template placeholder to fill in: {{format}}                                                      placeholder',
      '',
      'docs/convention-bus.yaml',
      '  8:3  warning  Reversibility clause: only partly addressed. Missing: formats.  P08',
      '  8:3  info     Recommended: also provide raw (non-aggregated) data.            P08',
      '',
      '✖ 10 problems (3 errors, 5 warnings, 2 infos)',
      '  3 problems can be completed with `--fix` (it inserts templates to fill in).',
      '',
    ].join('\n');
    assert.equal(stylish(REPORTS, ctx()), expected);
  });

  it('colours with ANSI codes only when ctx.color is true, and the text is otherwise identical', () => {
    const coloured = stylish(REPORTS, ctx({ color: true }));
    assert.match(coloured, /\x1b\[31merror/); // red severity
    assert.match(coloured, /\x1b\[33mwarning/); // yellow severity
    assert.match(coloured, /\x1b\[4mdocs\/charte-lyon\.md/); // underlined header
    assert.equal(stripVTControlCharacters(coloured), stylish(REPORTS, ctx()));
    assert.doesNotMatch(stylish(REPORTS, ctx()), /\x1b/);
  });

  it('never passes control characters of a message to the terminal', () => {
    const hostile = { ...agreement, messages: [{ ...agreement.messages[0]!, message: 'a\x1b[2Jb\x07c\x9bd' }] };
    const out = stylish([hostile], ctx());
    assert.match(out, /a␛\[2Jb␇c\ufffdd/);
    assert.doesNotMatch(out, /[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
  });

  it('does not list files without messages, and prints nothing when there is no problem', () => {
    const out = stylish([clean, agreement], ctx());
    assert.doesNotMatch(out, /charte-complete/);
    assert.match(out, /^docs\/convention-bus\.yaml\n/);
    assert.equal(stylish([clean], ctx()), '');
  });

  it('speaks French with locale fr, with French plurals', () => {
    const out = stylish(REPORTS, ctx({ locale: 'fr' }));
    assert.match(out, /^ {2}8:3 {2}avertissement {2}Reversibility/m);
    assert.match(out, /^ {3}1:1 {3}erreur {9}No reversibility/m);
    assert.match(out, /✖ 10 problèmes \(3 erreurs, 5 avertissements, 2 infos\)/);
    const one = stylish([{ ...agreement, messages: agreement.messages.slice(1) }], ctx({ locale: 'fr' }));
    assert.match(one, /✖ 1 problème \(0 erreur, 0 avertissement, 1 info\)\n$/);
  });

  it('counts as fixable only the non-info messages that carry a fix', () => {
    const out = stylish([charter], ctx());
    assert.match(out, /2 problems can be completed with `--fix`/);
    assert.doesNotMatch(stylish([{ ...charter, messages: charter.messages.filter((m) => !m.fix) }], ctx()), /--fix/);
  });
});
