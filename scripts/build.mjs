// Bundles the front ends with esbuild. Type-checking is `tsc --noEmit` (esbuild does not type-check).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import './compile-schemas.mjs';

const entries = [
  { in: 'server/src/cli/main.ts', out: 'cli' },
  { in: 'server/src/lsp/server.ts', out: 'server' },
  { in: 'client/src/extension.ts', out: 'client' },
].filter((e) => existsSync(e.in));

await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  external: ['vscode'],
  // Some dependencies ship ESM only and read import.meta.url; give them the bundle's own URL.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
