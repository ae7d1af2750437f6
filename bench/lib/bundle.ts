import { build } from 'esbuild';
import path from 'node:path';

/**
 * Bundles bench/engine.ts with the engine as scripts/build.mjs bundles dist/ (same esbuild
 * options), so that the engine timed in-process is the code the CLI and the server run.
 * The parsers of the floor are charterlint's own (the root's node_modules): bench/node_modules
 * holds the peers' dependencies, among them markdown-it 15, slower than the 14 charterlint uses,
 * which would make the floor slower than charterlint's parser and flatter the ratio.
 */
const FLOOR_PARSERS = ['markdown-it', 'markdown-it-front-matter', 'yaml'];
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
    alias: Object.fromEntries(FLOOR_PARSERS.map((name) => [name, path.join(root, 'node_modules', name)])),
  });
  return outfile;
}
