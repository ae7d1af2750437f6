import assert from 'node:assert/strict';
import { junit } from '../../../server/src/cli/formatters/junit';
import type { FormatContext } from '../../../server/src/cli/formatters';
import { CWD, REPORTS, XML_HOSTILE, ESCAPE_ME, agreement } from './reports';
import { findAll, parseXml, type XmlElement } from './xml';

const ctx: FormatContext = { cwd: CWD, locale: 'en', color: false, version: '0.1.0' };
const counts = (e: XmlElement) => ['tests', 'failures', 'errors', 'skipped'].map((k) => Number(e.attributes[k]));
const testcase = (suite: XmlElement, name: string): XmlElement => {
  const found = suite.children.find((c) => c.name === 'testcase' && c.attributes.name === name);
  assert.ok(found, `no testcase ${name}`);
  return found;
};

describe('junit formatter', () => {
  const root = parseXml(junit(REPORTS, ctx));
  const [charterSuite, agreementSuite] = findAll(root, 'testsuite');

  it('is well-formed XML with one testsuite per file', () => {
    assert.equal(root.name, 'testsuites');
    assert.deepEqual(findAll(root, 'testsuite').map((s) => s.attributes.name), ['docs/charte-lyon.md', 'docs/convention-bus.yaml']);
    assert.match(junit([], ctx), /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="charterlint" tests="0" failures="0" errors="0" skipped="0"\/>\n$/);
  });

  it('has one testcase per check, then one per message of an extra rule, with the right totals', () => {
    const names = charterSuite!.children.map((c) => c.attributes.name);
    assert.equal(names[7], 'P08 reversibility-clause');
    assert.deepEqual(names.slice(16), ['document-type 1:1', 'placeholder 30:5', 'placeholder 33:40']);
    for (const c of charterSuite!.children) assert.equal(c.attributes.classname, 'docs/charte-lyon.md');
    // P02 P03 P07 P08 P13 + two placeholders fail; P05 is off; the document-type hint passes.
    assert.deepEqual(counts(charterSuite!), [19, 7, 0, 1]);
    assert.equal(findAll(charterSuite!, 'failure').length, 7);
    assert.deepEqual(counts(agreementSuite!), [16, 1, 0, 10]);
    assert.deepEqual(counts(root), [35, 8, 0, 11]);
  });

  it('fails a partial or missing check with its message, severity and line; skips not-applicable and off', () => {
    const [failure] = testcase(charterSuite!, 'P08 reversibility-clause').children;
    assert.equal(failure?.name, 'failure');
    assert.equal(failure?.attributes.type, 'error');
    assert.equal(failure?.text, '1:1 error: No reversibility clause (restitution of the data, in named formats) is provided.');
    assert.deepEqual(testcase(charterSuite!, 'P05 intercommunal-policy').children.map((c) => [c.name, c.attributes.message]), [['skipped', 'off']]);
    assert.deepEqual(testcase(agreementSuite!, 'P01 governance-body').children.map((c) => [c.name, c.attributes.message]), [['skipped', 'not-applicable']]);
    assert.deepEqual(testcase(charterSuite!, 'P01 governance-body').children, []);
  });

  it('keeps info messages out of failures, in system-out', () => {
    const p08 = testcase(agreementSuite!, 'P08 reversibility-clause');
    assert.deepEqual(p08.children.map((c) => c.name), ['failure', 'system-out']);
    assert.equal(p08.children[1]?.text, '8:3 info: Recommended: also provide raw (non-aggregated) data.');
    assert.deepEqual(testcase(charterSuite!, 'document-type 1:1').children.map((c) => c.name), ['system-out']);
  });

  it('escapes markup, line breaks in attributes, and characters XML 1.0 forbids', () => {
    const out = junit(REPORTS, ctx);
    assert.ok(out.includes('{{&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos; ␇}}'));
    assert.doesNotMatch(out, /\u0007|&#7;/);
    const [hostile] = testcase(charterSuite!, 'placeholder 30:5').children;
    assert.equal(hostile?.attributes.message, XML_HOSTILE.replace('\u0007', '␇'));
    const [multiline] = testcase(charterSuite!, 'P13 impact-measurement').children;
    assert.equal(multiline?.attributes.message, ESCAPE_ME); // &#10; and &#13; survive attribute normalisation
    assert.equal(multiline?.text, `27:1 warning: ${ESCAPE_ME}`);
    const lone = { ...agreement, messages: [{ ...agreement.messages[0]!, message: 'a\ud800b\uffffc' }] };
    assert.equal(findAll(parseXml(junit([lone], ctx)), 'failure')[0]?.attributes.message, 'a\ufffdb\ufffdc');
  });

  it('uses a checker that rejects malformed XML', () => {
    assert.throws(() => parseXml('<a>&</a>'), /bare '&'/);
    assert.throws(() => parseXml('<a><b></a></b>'), /unexpected end tag/);
    assert.throws(() => parseXml('<a>\u0007</a>'), /not allowed/);
    assert.throws(() => parseXml('<a x="1" x="2"/>'), /duplicate attribute/);
    assert.throws(() => parseXml('<a x="<"/>'), /malformed tag/);
    assert.throws(() => parseXml('<a>&#1;</a>'), /forbidden character/);
    assert.throws(() => parseXml('<a/><b/>'), /more than one root/);
  });
});
