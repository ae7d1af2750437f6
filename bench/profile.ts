/**
 * CPU profiles (`node --cpu-prof`) of what bounds the figures, summed by function (self time) and
 * mapped through the bundles' source maps to file:line:
 *   engine  lint() alone over every Markdown file of the mixed corpus (steady state), the code of
 *           the lint / parse-floor ratio;
 *   lsp     the built language server during keystrokes on the 1 MB document (debounce 0).
 * `npm run bench` runs both; alone: npx tsx bench/profile.ts [--quick]  (after npm run bench has
 * generated the corpus). Profiles are kept in bench/out/profiles/ (open them in Chrome DevTools).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EngineGroup } from './engine';
import type { Corpus } from './generate/corpus';
import { bundleEngineBench } from './lib/bundle';
import { hotFunctions, type HotFunction } from './lib/cpuprofile';
import { coldRun } from './lib/proc';
import { measureLsp } from './lsp';

export interface Profiles {
  engine: HotFunction[];
  lsp: HotFunction[];
}

export async function profile(root: string, corpus: Corpus, edits: number): Promise<Profiles> {
  const dir = path.join(root, 'bench', 'out', 'profiles');
  const engineDir = path.join(dir, 'engine');
  const lspDir = path.join(dir, 'lsp');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(engineDir, { recursive: true });
  mkdirSync(lspDir, { recursive: true });

  const job = path.join(root, 'bench', 'out', 'profile-job.json');
  const group: EngineGroup = { id: 'Markdown', kind: 'md', files: corpus.mixedFiles.md, runs: 2, warmup: false, only: ['lint'] };
  writeFileSync(job, JSON.stringify([group]));
  coldRun(['--expose-gc', '--cpu-prof', `--cpu-prof-dir=${engineDir}`, path.join(root, 'bench', 'out', 'engine.cjs'), job], { cwd: root });

  const doc = corpus.sized.find((d) => d.kind === 'md' && d.lang === 'fr' && d.label === '1 MB')!;
  await measureLsp(root, doc.files[0]!, edits, 0, 0, lspDir);

  const only = (d: string) => path.join(d, readdirSync(d).find((f) => f.endsWith('.cpuprofile')) ?? 'missing.cpuprofile');
  return { engine: hotFunctions(only(engineDir), root), lsp: hotFunctions(only(lspDir), root) };
}

if (require.main === module) {
  void (async () => {
    const root = path.join(__dirname, '..');
    const quick = process.argv.includes('--quick');
    const { ensureCorpus } = await import('./generate/corpus');
    const corpus = ensureCorpus(path.join(root, 'bench', 'corpus', quick ? 'quick' : 'full'), { quick }, (l) => console.error(l));
    await bundleEngineBench(root);
    const result = await profile(root, corpus, 40);
    for (const [what, rows] of Object.entries(result)) {
      console.log(`\n${what}:`);
      for (const r of rows) console.log(`${r.selfMs.toFixed(0).padStart(7)} ms ${r.percent.toFixed(1).padStart(5)} %  ${r.name}  ${r.location}`);
    }
  })();
}
