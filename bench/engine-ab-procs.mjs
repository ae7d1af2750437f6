// Compares the engine of two commits (two bundles, built as for engine-ab.mjs), each in processes
// of its own, on a directory's Markdown files:
//   node bench/engine-ab-procs.mjs /tmp/old.cjs /tmp/new.cjs bench/corpus/full/mixed/md 8 4
// A pair is one process of each bundle, started in an order that alternates pair by pair. Each
// process lints every file twice to warm up, then PASSES times, and reports the least CPU time
// (user + system, all its threads) of those passes; the figure is the median over the pairs of
// new / old. Beside engine-ab.mjs, which alternates both engines in one process: each engine has
// a heap and a collector of its own (in one process, one engine's garbage is collected in the
// other's time, which hides part of a change in what a lint allocates), and CPU time moves less
// than the clock on a busy host. Compare with an identical copy of the old bundle, measured the
// same way, before reading a ratio as a change.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

if (process.env.ENGINE_AB_CHILD) {
  const [bundle, dir, passes] = process.argv.slice(2);
  const engine = createRequire(import.meta.url)(path.resolve(bundle));
  const texts = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => [path.join(dir, f), readFileSync(path.join(dir, f), 'utf8')]);
  const pass = () => {
    globalThis.gc?.();
    const start = process.cpuUsage();
    for (const [filePath, text] of texts) engine.lint({ text, filePath });
    const { user, system } = process.cpuUsage(start);
    return (user + system) / 1000;
  };
  pass();
  pass();
  let least = Infinity;
  for (let i = 0; i < Number(passes); i++) least = Math.min(least, pass());
  process.stdout.write(`${JSON.stringify({ files: texts.length, ms: least })}\n`);
} else {
  const [oldBundle, newBundle, dir, pairs = '8', passes = '4'] = process.argv.slice(2);
  if (!oldBundle || !newBundle || !dir) {
    console.error('usage: node bench/engine-ab-procs.mjs OLD.cjs NEW.cjs DIR [PAIRS] [PASSES]');
    process.exit(2);
  }
  const run = (bundle) => JSON.parse(execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), bundle, dir, passes], {
    env: { ...process.env, ENGINE_AB_CHILD: '1' }, encoding: 'utf8', maxBuffer: 1 << 20,
  }));
  const ratios = [];
  let files = 0;
  for (let p = 0; p < Number(pairs); p++) {
    const ms = {};
    for (const which of p % 2 === 0 ? ['old', 'new'] : ['new', 'old']) {
      const result = run(which === 'old' ? oldBundle : newBundle);
      ms[which] = result.ms;
      files = result.files;
    }
    ratios.push(ms.new / ms.old);
    console.log(`pair ${p}: old ${ms.old.toFixed(0)} ms, new ${ms.new.toFixed(0)} ms CPU, new / old ${(ms.new / ms.old).toFixed(3)}`);
  }
  ratios.sort((a, b) => a - b);
  const median = ratios.length % 2 ? ratios[ratios.length >> 1] : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
  console.log(`${files} files, ${ratios.length} pairs: median new / old ${median.toFixed(3)} (${ratios[0].toFixed(3)}-${ratios[ratios.length - 1].toFixed(3)})`);
}
