import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import type * as Sarif from 'sarif';
import { sarif } from '../../../server/src/cli/formatters/sarif';
import type { FormatContext } from '../../../server/src/cli/formatters';
import { RULES } from '../../../server/src/engine/rules';
import { CWD, REPORTS, agreement, charter, P08_FIX, report, shifted } from './reports';

const ctx: FormatContext = { cwd: CWD, locale: 'en', color: false, version: '0.1.0' };
const run = (reports = REPORTS, c = ctx): Sarif.Run => (JSON.parse(sarif(reports, c)) as Sarif.Log).runs[0]!;
const fingerprints = (r: Sarif.Run): string[] => (r.results ?? []).map((x) => x.partialFingerprints?.['charterlint/v1'] ?? '');

/**
 * The official schema is draft-07: Ajv's default class. Its three formats are declared here with
 * WHATWG URL parsing rather than adding ajv-formats. This copy of the schema holds the log's own
 * shape under definitions.Root (a schema without top-level constraints would accept anything).
 * `unicodeRegExp: false`: the official schema's `language` pattern has a stray `]` that is only
 * legal in non-Unicode regular expressions.
 */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(path.join(__dirname, '../../fixtures/sarif-schema-2.1.0.json'), 'utf8')) as {
    $id: string; $schema: string; definitions?: Record<string, unknown>;
  };
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  const parses = (s: string, base?: string) => { try { new URL(s, base); return true; } catch { return false; } };
  ajv.addFormat('uri', (s: string) => parses(s));
  ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s) && parses(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s));
  ajv.addSchema(schema);
  const validate = ajv.getSchema(schema.definitions?.Root ? `${schema.$id}#/definitions/Root` : schema.$id);
  assert.ok(validate, 'SARIF schema did not compile');
  return (log: unknown): string[] => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}

describe('sarif formatter', () => {
  const validate = sarifValidator();

  it('validates against the SARIF 2.1.0 schema, in both locales', () => {
    for (const locale of ['en', 'fr'] as const) {
      assert.deepEqual(validate(JSON.parse(sarif(REPORTS, { ...ctx, locale }))), []);
    }
    assert.deepEqual(validate(JSON.parse(sarif([], ctx))), []);
  });

  it('has a validator that rejects what is not SARIF', () => {
    const log = JSON.parse(sarif(REPORTS, ctx)) as { runs: { results: { level: string }[] }[]; version?: string };
    log.runs[0]!.results[0]!.level = 'info';
    assert.match(validate(log).join('\n'), /level must be equal to one of the allowed values/);
    delete log.version;
    assert.match(validate(log).join('\n'), /must have required property 'version'/);
  });

  it('describes every rule, with its docs and default level', () => {
    const driver = run().tool.driver;
    assert.equal(driver.name, 'charterlint');
    assert.equal(driver.version, '0.1.0');
    assert.deepEqual(driver.rules?.map((r) => r.id), RULES.map((r) => r.id));
    const byId = new Map(driver.rules?.map((r) => [r.id, r]));
    assert.equal(byId.get('P08')?.helpUri, 'https://github.com/charterlint/charterlint/blob/main/docs/rules/P08.md');
    assert.equal(byId.get('P08')?.name, 'reversibility-clause');
    assert.equal(byId.get('P08')?.defaultConfiguration?.level, 'error');
    assert.equal(byId.get('P03')?.defaultConfiguration?.level, 'warning');
    assert.equal(byId.get('placeholder')?.defaultConfiguration?.level, 'error');
    assert.equal(byId.get('document-type')?.defaultConfiguration?.level, 'note');
    assert.equal(run(REPORTS, { ...ctx, locale: 'fr' }).tool.driver.rules?.[7]?.shortDescription?.text, 'Une clause de réversibilité qui nomme les données et les formats.');
  });

  it('writes one result per message, pointing at its rule and its region relative to %SRCROOT%', () => {
    const r = run();
    const rules = r.tool.driver.rules ?? [];
    const results = r.results ?? [];
    assert.equal(results.length, charter.messages.length + agreement.messages.length);
    for (const result of results) assert.equal(rules[result.ruleIndex ?? -1]?.id, result.ruleId);
    const p02 = results.find((x) => x.ruleId === 'P02');
    assert.deepEqual(p02?.locations, [{
      physicalLocation: {
        artifactLocation: { uri: 'docs/charte-lyon.md', uriBaseId: '%SRCROOT%' },
        region: { startLine: 12, startColumn: 1, endLine: 14, endColumn: 31 },
      },
    }]);
    assert.equal(p02?.level, 'warning');
    assert.equal(results.find((x) => x.ruleId === 'document-type')?.level, 'note');
    assert.equal(results.find((x) => x.ruleId === 'P08')?.level, 'error');
    assert.deepEqual(r.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///work/city/' } });
    assert.equal(r.columnKind, 'utf16CodeUnits');
  });

  it('percent-encodes relative URIs and uses file: URIs outside the working directory', () => {
    const spaced = report('docs/ma charte #2.md', { ...charter });
    const outside = { ...charter, filePath: '/srv/other/charte.md' };
    const results = run([spaced, outside]).results ?? [];
    assert.deepEqual(results[0]?.locations?.[0]?.physicalLocation?.artifactLocation, { uri: 'docs/ma%20charte%20%232.md', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(results.at(-1)?.locations?.[0]?.physicalLocation?.artifactLocation, { uri: 'file:///srv/other/charte.md' });
    assert.deepEqual(validate(JSON.parse(sarif([spaced, outside], ctx))), []);
  });

  it('turns a fix into an insertion: an empty deleted region at the insertion point', () => {
    const p08 = (run().results ?? []).find((x) => x.ruleId === 'P08');
    assert.deepEqual(p08?.fixes, [{
      artifactChanges: [{
        artifactLocation: { uri: 'docs/charte-lyon.md', uriBaseId: '%SRCROOT%' },
        replacements: [{ deletedRegion: { charOffset: 1843, charLength: 0 }, insertedContent: { text: P08_FIX } }],
      }],
    }]);
    assert.equal((run().results ?? []).find((x) => x.ruleId === 'P02')?.fixes, undefined);
  });

  it('keeps fingerprints when lines move, and tells different or repeated problems apart', () => {
    const before = fingerprints(run());
    assert.deepEqual(fingerprints(run([shifted(charter, 7), shifted(agreement, 2)])), before);
    assert.equal(new Set(before).size, before.length);
    for (const f of before) assert.match(f, /^[0-9a-f]{32}$/);
    const twice = { ...agreement, messages: [agreement.messages[0]!, shifted(agreement, 5).messages[0]!] };
    const [first, second] = fingerprints(run([twice]));
    assert.notEqual(first, second);
    assert.equal(first, before[charter.messages.length]);
    const reworded = { ...agreement, messages: [{ ...agreement.messages[0]!, message: 'Reversibility clause: only partly addressed. Missing: data.' }] };
    assert.notEqual(fingerprints(run([reworded]))[0], first);
    const moved = { ...agreement, filePath: path.join(CWD, 'docs/other.yaml') };
    assert.notEqual(fingerprints(run([moved]))[0], first);
  });

  it('carries the coverage of each file in run.properties', () => {
    const coverage = run().properties?.coverage as { uri: string; documentType: string; verdicts: Record<string, string> }[];
    assert.deepEqual(coverage.map((c) => [c.uri, c.documentType]), [['docs/charte-lyon.md', 'charter'], ['docs/convention-bus.yaml', 'partnership-agreement']]);
    assert.equal(coverage[0]?.verdicts.P05, 'off');
    assert.equal(coverage[1]?.verdicts.P01, 'not-applicable');
  });
});
