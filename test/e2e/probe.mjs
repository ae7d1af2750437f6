// Checks every selector and keyboard flow documented in README.md against the running code-server,
// with the fixture extension in fixtures/probe-extension (diagnostics + quick fix on "TODO", a status
// bar item, tree views in the explorer and in its own activity bar container) and the built-in
// Markdown link validation. Run: node test/e2e/probe.mjs
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/e2e/serve.mjs';
import { packVsix } from './fixtures/pack-vsix.mjs';
import * as wb from './workbench.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = join(HERE, 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'charterlint-e2e-probe-'));
const ws = join(tmp, 'workspace');
mkdirSync(ws);
writeFileSync(join(ws, 'todo.md'), '# Probe\n\nA TODO here.\n');
writeFileSync(join(ws, 'broken.md'), '# Title\n\nSee [missing](./missing.md).\n');
const vsix = packVsix(join(HERE, 'fixtures/probe-extension'), join(tmp, 'probe-0.0.1.vsix'));

const step = async (name, fn) => {
  const t = Date.now();
  const result = await fn();
  console.log(`ok ${name} (${Date.now() - t} ms)`, result === undefined ? '' : JSON.stringify(result));
  return result;
};
let server, browser, page;
try {
  const t0 = Date.now();
  server = await serve({ workspace: ws, vsix, settings: { 'markdown.validate.enabled': true } });
  console.log(`ok serve, vsix installed (${Date.now() - t0} ms, of which code-server start ${server.startMs} ms)`);
  browser = await wb.launchBrowser();
  await step('workbench ready', async () => { page = await wb.openWorkbench(browser, server); });

  // Status bar: extension item id is "<publisher>.<name>.<id given to createStatusBarItem>".
  const item = page.locator('#e2e\\.probe\\.probe\\.status');
  await step('extension status bar item', async () => { await item.waitFor({ timeout: 30_000 }); return item.innerText(); });
  await step('status bar items', async () => (await wb.statusBarItems(page)).map((i) => i.id));

  // Diagnostics, Problems panel, quick fix.
  await wb.openFile(page, 'todo.md');
  await step('squiggle', () => page.locator('.editor-instance .view-overlays .squiggly-error').first().waitFor({ timeout: 30_000 }));
  await step('View: Focus Problems', async () => {
    await wb.runCommand(page, 'View: Focus Problems');
    await page.locator('.markers-panel .monaco-list-row[aria-level="2"]', { hasText: 'TODO left in text' }).waitFor({ timeout: 15_000 });
  });
  const rows = await step('problems', () => wb.problems(page));
  assert.deepEqual(rows.map(({ severity, message, source, code, position }) => ({ severity, message, source, code, position })),
    [{ severity: 'error', message: 'TODO left in text', source: 'probe', code: 'no-todo', position: '[Ln 3, Col 3]' }]);
  assert.match(await page.locator('#status\\.problems').getAttribute('aria-label'), /Errors: 1/);
  await step('go to problem', () => wb.goToProblem(page, 'TODO left in text'));
  // Not checked: the row's own light bulb (.marker-icon.quickFix) is computed lazily and not always (README).
  assert.match(await page.locator('#status\\.editor\\.selection').innerText(), /Ln 3, Col \d/);
  const offered = await step('quick fix list', () => wb.quickFix(page));
  assert.ok(offered.includes('Replace TODO with DONE'), offered.join(', '));
  await step('apply quick fix', () => wb.quickFix(page, 'Replace TODO with DONE'));
  await page.locator('.editor-instance .view-lines', { hasText: 'A DONE here.' }).waitFor({ timeout: 15_000 });
  await step('problem gone', () => page.locator('.markers-panel .monaco-list-row', { hasText: 'TODO left in text' }).waitFor({ state: 'detached', timeout: 15_000 }));
  await page.locator('.markers-panel .message-box-container', { hasText: 'No problems have been detected' }).waitFor({ timeout: 15_000 });
  assert.equal(await wb.editorVisibleText(page), '# Probe\n\nA DONE here.\n');
  assert.equal(await step('full text (clipboard)', () => wb.editorFullText(page)), '# Probe\n\nA DONE here.\n');
  await page.locator('.tab.active.dirty').waitFor({ timeout: 5_000 }); // files.autoSave is off (serve.mjs)
  await page.keyboard.press('Control+S');
  await step('saved', () => page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: 15_000 }));
  assert.equal(readFileSync(join(ws, 'todo.md'), 'utf8'), '# Probe\n\nA DONE here.\n'); // written before the dirty mark goes

  // Built-in linter (Markdown link validation): F8 shows the marker widget at the problem.
  await wb.openFile(page, 'broken.md');
  await page.locator('.editor-instance .squiggly-warning').first().waitFor({ timeout: 30_000 });
  await wb.focusEditor(page);
  await page.keyboard.press('F8');
  await step('F8 marker widget', () => page.locator('.marker-widget').innerText());
  await page.keyboard.press('Escape');
  await page.locator('.marker-widget').waitFor({ state: 'hidden', timeout: 5_000 });
  const fixes = await step('built-in quick fixes', () => wb.quickFix(page));
  assert.ok(fixes.some((f) => f.includes('from link validation')), fixes.join(', '));

  // Tree views: one in the explorer, one in the extension's own activity bar container.
  await page.keyboard.press('Control+Shift+E');
  const explorerRows = await step('explorer tree view', () => wb.treeRows(page, 'Probe Explorer Tree'));
  assert.deepEqual(explorerRows.map((r) => r.label), ['root-1', 'root-2']);
  await page.locator('.activitybar .action-item a[aria-label="Probe"]').click();
  const container = page.locator('#workbench\\.view\\.extension\\.probe');
  await container.locator('.monaco-list-row', { hasText: 'root-1' }).click();
  await step('activity bar tree expand', () => container.locator('.monaco-list-row[aria-level="2"]', { hasText: 'child-a' }).waitFor({ timeout: 15_000 }));
  assert.equal(await container.locator('.monaco-list-row', { hasText: 'root-1' }).getAttribute('aria-expanded'), 'true');
  await step('Focus on view command ("<container>: Focus on <view> View")', async () => {
    await page.keyboard.press('Control+Shift+E');
    await wb.runCommand(page, 'Probe: Focus on Probe Tree View');
    await container.waitFor({ timeout: 15_000 });
  });

  // Commands: status bar click and command palette; notifications as toasts.
  await item.click();
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Probe says hello' });
  await step('status bar click -> toast', () => toast.first().waitFor({ timeout: 15_000 }));
  await page.screenshot({ path: join(ARTIFACTS, 'probe.png') });
  console.log('probe ok');
} catch (err) {
  await page?.screenshot({ path: join(ARTIFACTS, 'probe-failure.png') }).catch(() => {});
  throw err;
} finally {
  await browser?.close();
  await server?.stop();
  rmSync(tmp, { recursive: true, force: true });
}
