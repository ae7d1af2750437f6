/**
 * Language-server latency of two builds, alternated: which of two commits types faster, on a
 * machine whose load moves a single run's p95 by more than most changes do.
 *
 *   git worktree add /tmp/base <commit> && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   (cd /tmp/base && npm run build) && npm run build
 *   npx tsx bench/lsp-ab.ts /tmp/base . [--runs 6] [--typing 120] [--debounce 150] [--edits 200]
 *
 * Each root needs its own `dist/server.js`. The document is the generated 1 MB French charter
 * (`npm run bench` generates it). Prints each run's p50 and p95, then the medians per root.
 */
import path from 'node:path';
import { measureLsp } from './lsp';
import { median } from './lib/stats';

function option(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number, not ${argv[i + 1]}`);
  return value;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const roots = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')).map((r) => path.resolve(r));
  if (roots.length !== 2) throw new Error('usage: npx tsx bench/lsp-ab.ts <rootA> <rootB> [--runs N] [--typing MS] [--debounce MS] [--edits N]');
  const runs = option(argv, 'runs', 6);
  const typingMs = option(argv, 'typing', 120);
  const debounceMs = option(argv, 'debounce', 150);
  const edits = option(argv, 'edits', 200);
  // Run from the repository's root, as the other bench scripts are.
  const file = path.resolve('bench', 'corpus', 'full', 'sizes', 'fr-1mb.md');
  const seen = roots.map(() => ({ p50: [] as number[], p95: [] as number[] }));
  for (let run = 0; run < runs; run++) {
    for (const [k, root] of roots.entries()) {
      const t = await measureLsp(root, file, edits, debounceMs, typingMs);
      seen[k]!.p50.push(t.p50);
      seen[k]!.p95.push(t.p95);
      console.log(`run ${run + 1} ${root}: p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms`);
    }
  }
  for (const [k, root] of roots.entries()) {
    console.log(`${root}: median p50 ${median(seen[k]!.p50).toFixed(1)} ms, median p95 ${median(seen[k]!.p95).toFixed(1)} ms (${runs} runs)`);
  }
}

main().catch((error: unknown) => {
  console.error(`lsp-ab: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
