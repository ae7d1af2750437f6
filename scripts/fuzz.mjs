// `npm run fuzz`: the engine's property tests (test/robustness/engine.property.test.ts) for a long
// time, on many more generated charters than `npm test` runs. The time comes from FUZZ_SECONDS or
// the first argument (`npm run fuzz -- 600`), 60 s by default; FUZZ_RUNS=N runs N cases per
// property instead; FUZZ_SEED=S replays a run. It prints the cases generated and the time taken.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const env = { ...process.env };
const seconds = process.argv[2];
if (seconds !== undefined) {
  if (!/^\d+$/.test(seconds)) {
    console.error(`usage: npm run fuzz [-- SECONDS]   (got '${seconds}')`);
    process.exit(2);
  }
  env.FUZZ_SECONDS = seconds;
}
if (!env.FUZZ_SECONDS && !env.FUZZ_RUNS) env.FUZZ_SECONDS = '60';
const mocha = createRequire(import.meta.url).resolve('mocha/bin/mocha.js');
const started = Date.now();
const run = spawnSync(process.execPath, [
  mocha, '--no-config', '--node-option', 'import=tsx', '--extension', 'ts', '--timeout', '0', '--reporter', 'spec',
  'test/robustness/engine.property.test.ts',
], { stdio: 'inherit', env });
console.log(`fuzz: finished in ${((Date.now() - started) / 1000).toFixed(0)} s, exit ${run.status}`);
process.exit(run.status ?? 1);
