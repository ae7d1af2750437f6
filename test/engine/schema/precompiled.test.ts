import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { precompiledConfigValidator, runtimeConfigValidator } from '../../../server/src/config/load';
import { precompiledValidator, runtimeValidator } from '../../../server/src/engine/schema/validate';

/**
 * The build compiles the charter schema ahead of time (scripts/compile-schemas.mjs); the engine
 * falls back to compiling it at run time. Both must say the same of every YAML charter we have.
 */
describe('charter schema validator compiled at build time', () => {
  const root = path.join(__dirname, '../../..');
  const files = ['samples', 'test/fixtures/checks', 'test/corpus/yaml', 'test/corpus/holdout', 'test/corpus/holdout2', 'test/corpus/holdout3']
    .flatMap((dir) => readdirSync(path.join(root, dir)).filter((f) => /\.ya?ml$/.test(f) && !f.includes('.fixed.')).map((f) => path.join(root, dir, f)));

  it('exists after the build (npm test builds first)', () => {
    assert.ok(precompiledValidator(), 'server/src/engine/schema/generated/charter-validator.js is missing: run npm run build');
  });

  it('gives the same verdict and the same errors as the validator compiled at run time', () => {
    const precompiled = precompiledValidator()!;
    const runtime = runtimeValidator();
    assert.ok(files.length >= 20, `${files.length} YAML charters`);
    let invalid = 0;
    for (const file of files) {
      const data = parseDocument(readFileSync(file, 'utf8')).toJS();
      const a = precompiled(data);
      const b = runtime(data);
      assert.equal(a, b, file);
      if (!a) invalid++;
      const strip = (errors: typeof runtime.errors) => (errors ?? []).map(({ instancePath, keyword, params, message }) => ({ instancePath, keyword, params, message }));
      assert.deepEqual(strip(precompiled.errors), strip(runtime.errors), file);
    }
    assert.ok(invalid > 0, 'some charters break the schema, so errors were compared too');
  });
});

describe('configuration schema validator compiled at build time', () => {
  const root = path.join(__dirname, '../../..');
  const configs = ['samples/.charterlintrc.yaml', 'test/fixtures/cli/project/.charterlintrc.yaml', 'test/fixtures/cli/bad-config/.charterlintrc.yaml']
    .map((f) => parseDocument(readFileSync(path.join(root, f), 'utf8')).toJS() as unknown);
  // Hand-made values, valid and not, for the keys the files above do not use.
  configs.push({ maxFileSize: '20MB', locale: 'fr' }, { rules: { P08: 'loud' } }, { extends: 42 }, { overrides: [{ files: [], rules: {} }] });

  it('gives the same verdict and the same errors as the validator compiled at run time', () => {
    const precompiled = precompiledConfigValidator();
    assert.ok(precompiled, 'server/src/config/generated/charterlintrc-validator.js is missing: run npm run build');
    const runtime = runtimeConfigValidator();
    let invalid = 0;
    for (const value of configs) {
      const a = precompiled(value);
      assert.equal(a, runtime(value), JSON.stringify(value));
      if (!a) invalid++;
      const strip = (errors: typeof runtime.errors) => (errors ?? []).map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params }));
      assert.deepEqual(strip(precompiled.errors), strip(runtime.errors), JSON.stringify(value));
    }
    assert.ok(invalid >= 3, `${invalid} invalid configurations compared`);
  });
});
