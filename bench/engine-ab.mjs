// Compares the engine of two commits in one process, on the Markdown files of a directory:
//   npx esbuild <tree>/server/src/engine/index.ts --bundle --platform=node --format=cjs \
//     --target=node18 --outfile=/tmp/old.cjs     (once per tree: the old commit's worktree, then this one)
//   node --expose-gc bench/engine-ab.mjs /tmp/old.cjs /tmp/new.cjs bench/corpus/full/mixed 12
// Each round lints every file with both bundles, in alternating order, and prints new / old. The
// bundle loaded second tends to run slower in the same process: compare with an identical copy of
// the old bundle given as the new one, measured the same way, before reading a ratio as a change.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const [oldBundle, newBundle, dir, rounds = '6'] = process.argv.slice(2);
if (!oldBundle || !newBundle || !dir) {
  console.error('usage: node --expose-gc bench/engine-ab.mjs OLD.cjs NEW.cjs DIR [ROUNDS]');
  process.exit(2);
}
const engines = { old: require(path.resolve(oldBundle)), new: require(path.resolve(newBundle)) };
const texts = readdirSync(dir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => [path.join(dir, f), readFileSync(path.join(dir, f), 'utf8')]);
const pass = (engine) => {
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  for (const [filePath, text] of texts) engine.lint({ text, filePath });
  return Number(process.hrtime.bigint() - start) / 1e6;
};
// Warm-up: both engines compile their hot paths before anything is timed.
for (let i = 0; i < 2; i++) { pass(engines.old); pass(engines.new); }
const ratios = [];
for (let r = 0; r < Number(rounds); r++) {
  const order = r % 2 === 0 ? ['old', 'new'] : ['new', 'old'];
  const ms = {};
  for (const which of order) ms[which] = pass(engines[which]);
  ratios.push(ms.new / ms.old);
  console.log(`round ${r}: old ${ms.old.toFixed(0)} ms, new ${ms.new.toFixed(0)} ms, new / old ${(ms.new / ms.old).toFixed(3)}`);
}
ratios.sort((a, b) => a - b);
console.log(`${texts.length} files, ${ratios.length} rounds: median new / old ${ratios[Math.floor(ratios.length / 2)].toFixed(3)}`);
