// Smoke test: code-server serves a throwaway workspace, Chromium opens it, Quick Open opens a
// Markdown file, and the editor shows its text. Screenshot: test/e2e/artifacts/smoke.png.
// Run: bash scripts/e2e/setup.sh && node test/e2e/smoke.mjs
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/e2e/serve.mjs';
import { editorVisibleText, launchBrowser, openFile, openWorkbench } from './workbench.mjs';

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'charterlint-e2e-'));
const workspace = join(tmp, 'workspace');
mkdirSync(workspace);
const TEXT = '# Charte de la donnée\n\nSmoke test of the e2e setup.\n';
writeFileSync(join(workspace, 'charte.md'), TEXT);

const t0 = Date.now();
const timings = {};
let server, browser, page;
try {
  server = await serve({ workspace, userDataDir: join(tmp, 'userdata') });
  timings.serverStartMs = Date.now() - t0;
  browser = await launchBrowser();
  const t1 = Date.now();
  page = await openWorkbench(browser, server);
  timings.workbenchReadyMs = Date.now() - t1;
  const t2 = Date.now();
  await openFile(page, 'charte.md');
  await page.locator('.editor-instance .view-lines', { hasText: 'Smoke test of the e2e setup.' }).waitFor({ timeout: 15_000 });
  timings.fileOpenMs = Date.now() - t2;
  assert.equal(await editorVisibleText(page), TEXT);
  await page.screenshot({ path: join(ARTIFACTS, 'smoke.png') });
  console.log('e2e smoke ok', JSON.stringify({ ...timings, totalMs: Date.now() - t0 }));
} catch (err) {
  if (page) await page.screenshot({ path: join(ARTIFACTS, 'smoke-failure.png') }).catch(() => {});
  if (server) console.error(server.output().slice(-4000));
  throw err;
} finally {
  await browser?.close();
  await server?.stop();
  rmSync(tmp, { recursive: true, force: true });
}
