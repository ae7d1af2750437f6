import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');

/**
 * `npm run package` refuses an extension whose contributions point nowhere or whose snippets
 * lag behind the engine's templates (scripts/check-extension.mjs). The same check runs here, so
 * that a template changed without `npm run snippets` fails the tests, not the next packaging.
 */
describe('extension package', () => {
  it('has its contributions, messages and generated snippets in step with the engine', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check-extension.mjs')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
  });
});
