import assert from 'node:assert/strict';
import { FORMAT_NAMES } from '../../../server/src/cli/args';
import { FORMATTERS } from '../../../server/src/cli/formatters';
import { CWD, REPORTS } from './reports';

describe('FORMATTERS', () => {
  it('has one formatter per --format name, each ending its output with a newline', () => {
    assert.deepEqual(Object.keys(FORMATTERS).sort(), [...FORMAT_NAMES].sort());
    for (const name of FORMAT_NAMES) {
      const out = FORMATTERS[name](REPORTS, { cwd: CWD, locale: 'fr', color: false, version: '0.1.0' });
      assert.ok(out.endsWith('\n') && !out.endsWith('\n\n'), name);
    }
  });
});
