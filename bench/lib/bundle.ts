import { build } from 'esbuild';
import path from 'node:path';

/**
 * Bundles bench/engine.ts with the engine as scripts/build.mjs bundles dist/ (same esbuild
 * options), so that the engine timed in-process is the code the CLI and the server run.
 */
export async function bundleEngineBench(root: string): Promise<string> {
  const outfile = path.join(root, 'bench', 'out', 'engine.cjs');
  await build({
    entryPoints: [path.join(root, 'bench', 'engine.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: true,
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
  });
  return outfile;
}
