/**
 * `npm run test:vscode`: the extension in a real VS Code (downloaded by @vscode/test-electron, so
 * not on machines without internet), on a fresh copy of samples/ as its workspace. The suite is
 * bundled first with esbuild (vscode and mocha stay external).
 */
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { build } from 'esbuild';

const ROOT = path.join(__dirname, '..', '..');
const SUITE = path.join(__dirname, 'suite');
const OUT = path.join(ROOT, 'out', 'test', 'vscode');

async function main(): Promise<void> {
  await build({
    entryPoints: readdirSync(SUITE).filter((f) => f.endsWith('.ts')).map((f) => path.join(SUITE, f)),
    outdir: OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: true,
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  // A copy: the tests apply fixes and write files.
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'charterlint-vscode-'));
  cpSync(path.join(ROOT, 'samples'), workspace, { recursive: true });
  await runTests({
    version: process.env.VSCODE_TEST_VERSION ?? 'stable',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(OUT, 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--locale=en'],
    extensionTestsEnv: { CHARTERLINT_TEST_WORKSPACE: workspace },
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
