// Helpers to drive the VS Code workbench served by code-server, with playwright-core and Chromium.
// Every helper waits on a DOM condition with a timeout; none sleeps. Selectors: see README.md.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** playwright-core from the repo's node_modules, else from PLAYWRIGHT_CORE_PATH (a package folder). */
export function loadPlaywright() {
  try {
    return createRequire(join(ROOT, 'package.json'))('playwright-core');
  } catch (err) {
    const alt = process.env.PLAYWRIGHT_CORE_PATH;
    if (!alt) throw new Error('playwright-core not found: run npm ci, or set PLAYWRIGHT_CORE_PATH', { cause: err });
    return createRequire(join(resolve(alt), 'noop.js'))(resolve(alt));
  }
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchBrowser(options = {}) {
  return loadPlaywright().chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, ...options });
}

/** Opens the workspace of a serve() result in a new page; resolves once the explorer lists it. */
export async function openWorkbench(browser, server, { timeout = 60_000 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  await page.goto(server.folderUrl);
  await page.locator('.monaco-workbench').waitFor({ timeout });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout });
  return page;
}

const quickInput = (page) => page.locator('.quick-input-widget');

/** Ctrl+P, types the file name, picks the first match; resolves when its tab is active. */
export async function openFile(page, name, { timeout = 15_000 } = {}) {
  await page.keyboard.press('Control+P');
  await quickInput(page).locator('input').waitFor({ state: 'visible', timeout });
  await page.keyboard.type(name);
  await quickInput(page).locator('.monaco-list-row', { hasText: name }).first().waitFor({ timeout });
  await page.keyboard.press('Enter');
  await page.locator(`.tab.active[aria-label^="${name}"]`).waitFor({ timeout });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout });
}

/** Runs a command by its label from the command palette (F1), e.g. 'View: Focus Problems'. */
export async function runCommand(page, label, { timeout = 15_000 } = {}) {
  await page.keyboard.press('F1');
  const input = quickInput(page).locator('input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(`>${label}`);
  await quickInput(page).locator('.monaco-list-row', { hasText: label }).first().waitFor({ timeout });
  await page.keyboard.press('Enter');
  await quickInput(page).waitFor({ state: 'hidden', timeout });
}

/** Focuses the active editor (Ctrl+1 = first editor group), keeping its selection. */
export async function focusEditor(page, { timeout = 15_000 } = {}) {
  await page.keyboard.press('Control+1');
  await page.locator('.editor-instance .monaco-editor.focused').first().waitFor({ timeout });
}

/** The rendered lines of the active editor, top to bottom (long files: use editorFullText). */
export async function editorVisibleText(page) {
  const lines = page.locator('.editor-instance .monaco-editor .view-lines .view-line');
  return lines.evaluateAll((els) => els
    .map((el) => [parseFloat(el.style.top), el.textContent.replace(/\u00a0/g, ' ')])
    .sort((a, b) => a[0] - b[0]).map(([, t]) => t).join('\n'));
}

/** The whole text of the active editor: Ctrl+A, Ctrl+C, read the clipboard (the text stays selected); `until`: read again until it holds. */
export async function editorFullText(page, { timeout = 15_000, until } = {}) {
  // An edit (a quick fix) lands in the editor a moment after it is chosen, later on a loaded
  // machine: with `until`, the text is copied again until it holds what is awaited, or the time is up.
  const deadline = Date.now() + timeout;
  for (;;) {
    const sentinel = `e2e-sentinel-${Date.now()}`;
    await page.evaluate((s) => navigator.clipboard.writeText(s), sentinel);
    await focusEditor(page, { timeout });
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    const handle = await page.waitForFunction(async (s) => {
      const text = await navigator.clipboard.readText();
      return text !== s && { text };
    }, sentinel, { timeout, polling: 100 });
    const { text } = await handle.jsonValue();
    if (!until || until(text) || Date.now() > deadline) return text;
    await page.waitForTimeout(250);
  }
}

/** Shows the Problems panel (Ctrl+Shift+M) and returns its rendered marker rows. */
export async function problems(page, { timeout = 15_000 } = {}) {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) await page.keyboard.press('Control+Shift+M');
  await panel.waitFor({ timeout });
  return panel.locator('.monaco-list-row[aria-level="2"]').evaluateAll((rows) => rows.map((r) => {
    const text = (sel) => r.querySelector(sel)?.textContent.trim() ?? '';
    return {
      severity: r.querySelector('.marker-icon')?.classList[1], // error | warning | info
      message: text('.marker-message'),
      source: text('.marker-source'),
      code: text('.marker-code'),
      position: text('.marker-line'), // "[Ln 3, Col 15]"
      hasFix: !!r.querySelector('.marker-icon.quickFix'), // unreliable: computed lazily, sometimes never
      label: r.getAttribute('aria-label'),
    };
  }));
}

/** Puts the cursor on the problem whose message contains `message` (row click + Enter focuses the editor). */
export async function goToProblem(page, message, { timeout = 15_000 } = {}) {
  await problems(page, { timeout });
  await page.locator('.markers-panel .monaco-list-row[aria-level="2"]', { hasText: message }).first().click({ timeout });
  await page.keyboard.press('Enter');
  await page.locator('.editor-instance .monaco-editor.focused').first().waitFor({ timeout });
}

/**
 * Ctrl+. at the cursor; returns the offered actions' titles, and applies the one whose title contains
 * `title` if given. Waits for the light bulb first (after a cursor move, the editor's own debounced
 * code-action request replaces a Ctrl+. request), and presses again if the menu does not show within
 * 3 s: a diagnostics update of the document (a linter re-running) closes the menu while it opens.
 */
export async function quickFix(page, title, { timeout = 15_000, attempts = 3 } = {}) {
  await page.locator('.editor-instance .monaco-editor.focused .lightBulbWidget').waitFor({ timeout });
  const actions = page.locator('.action-widget .monaco-list-row.action');
  for (let i = 1; ; i++) {
    await page.keyboard.press('Control+.');
    try { await actions.first().waitFor({ timeout: 3_000 }); break; } catch (err) { if (i >= attempts) throw err; }
  }
  const titles = await actions.evaluateAll((els) => els.map((e) => e.textContent.trim()));
  if (title === undefined) { await page.keyboard.press('Escape'); }
  else { await actions.filter({ hasText: title }).first().click({ timeout }); }
  await actions.first().waitFor({ state: 'hidden', timeout });
  return titles;
}

/** Text of each status bar item in DOM order (left items, then right items right-to-left). */
export async function statusBarItems(page) {
  return page.locator('.statusbar-item').evaluateAll((els) => els.map((el) => ({
    id: el.id, // built-in: "status.problems"…; extension: "<publisher>.<name>.<item id>"
    text: el.innerText.trim(),
    label: el.getAttribute('aria-label'),
  })));
}

/**
 * Rendered rows of a side-bar tree view pane, found by its title; expands the pane if collapsed.
 * With `until`, reads them again until `until(rows)` holds or `timeout` passes, and returns the last
 * rows read: a tree re-renders after its data provider fires, a little after the status bar, which
 * is updated from the same event.
 */
export async function treeRows(page, viewName, { timeout = 15_000, until } = {}) {
  const deadline = Date.now() + timeout;
  let rows = await readTreeRows(page, viewName, timeout);
  while (until && !until(rows) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    rows = await readTreeRows(page, viewName, Math.max(1, deadline - Date.now()));
  }
  return rows;
}

async function readTreeRows(page, viewName, timeout) {
  // The header's aria-label is "<View> Section" in some builds and the bare title in others: match its title.
  const header = page.locator('.sidebar .pane-header').filter({ has: page.locator('h3.title', { hasText: viewName }) }).first();
  await header.waitFor({ state: 'attached', timeout }); // hidden when it is the container's only view
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const pane = page.locator('.sidebar .pane').filter({ has: page.locator('.pane-header h3.title', { hasText: viewName }) }).first();
  await pane.locator('.monaco-list-row').first().waitFor({ timeout });
  return pane.locator('.monaco-list-row').evaluateAll((rows) => rows.map((r) => ({
    label: r.innerText.trim(),
    level: Number(r.getAttribute('aria-level')),
    expanded: r.getAttribute('aria-expanded'), // "true" | "false" | null (leaf)
  })));
}
