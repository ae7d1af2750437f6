import assert from 'node:assert/strict';
import { escapeData, escapeProperty, github } from '../../../server/src/cli/formatters/github';
import type { FormatContext } from '../../../server/src/cli/formatters';
import { CWD, REPORTS, agreement, charter, report } from './reports';

const ctx: FormatContext = { cwd: CWD, locale: 'en', color: false, version: '0.1.0' };

describe('github formatter', () => {
  const output = github(REPORTS, ctx);
  // Each test reads the lines on its own (run alone with --grep, none may depend on another).
  const lines = output.split('\n').slice(0, -1);

  it('writes one workflow command per message', () => {
    assert.ok(output.endsWith('\n'));
    assert.equal(lines.length, charter.messages.length + agreement.messages.length);
    assert.equal(lines[1], '::error file=docs/charte-lyon.md,line=1,col=1,endLine=1,endColumn=24,title=P08 reversibility-clause::No reversibility clause (restitution of the data, in named formats) is provided.');
  });

  it('maps info to notice, and extra rules get their id as title', () => {
    assert.equal(lines[0], '::notice file=docs/charte-lyon.md,line=1,col=1,endLine=1,endColumn=24,title=document-type::Document type inferred from the title: charter. Declare it (type: charter) to remove any doubt.');
    assert.equal(lines.at(-1), '::notice file=docs/convention-bus.yaml,line=8,col=3,endLine=8,endColumn=17,title=P08 reversibility-clause::Recommended: also provide raw (non-aggregated) data.');
  });

  it('escapes the message: % and line breaks, not : or ,', () => {
    assert.equal(lines[5], '::warning file=docs/charte-lyon.md,line=27,col=1,endLine=27,endColumn=58,title=P13 impact-measurement::Impact measurement: 100%25 of costs,%0Aproductivity: missing%0D%0A');
  });

  it('escapes properties: also : and ,', () => {
    const odd = report('docs/a,b:c%d.md', { ...agreement, messages: agreement.messages.slice(0, 1) });
    assert.equal(github([odd], ctx), '::warning file=docs/a%2Cb%3Ac%25d.md,line=8,col=3,endLine=8,endColumn=17,title=P08 reversibility-clause::Reversibility clause: only partly addressed. Missing: formats.\n');
    assert.equal(escapeProperty('a%b\r\nc:d,e'), 'a%25b%0D%0Ac%3Ad%2Ce');
    assert.equal(escapeData('a%b\r\nc:d,e'), 'a%25b%0D%0Ac:d,e');
    assert.equal(escapeData('%0A'), '%250A'); // % first, so that an escape is never escaped twice
  });

  it('leaves columns out of an annotation that spans lines', () => {
    assert.equal(lines[2], "::warning file=docs/charte-lyon.md,line=12,endLine=14,title=P02 usage-framework::Rules of data use: only partly addressed. Missing: rules for the territory's actors.");
  });
});
