import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Entry point @vscode/test-electron calls inside the extension host: every *.test.js beside it.
 * Mocha is an ES module: imported dynamically, which the extension host's CommonJS loader allows.
 */
export async function run(): Promise<void> {
  const { default: Mocha } = await import('mocha');
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 60_000 });
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, file));
  // Test files are CommonJS bundles: load them the way they were built.
  await mocha.loadFilesAsync();
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
