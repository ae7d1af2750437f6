// End-to-end in a real VS Code (code-server, driven by headless Chromium): install the packaged
// .vsix, open a sample partnership agreement whose reversibility clause names no format, and check
// what a user sees: the P08 problem, the quick fix offered and applied (the text changes as the
// template says), the checklist view's rows and the status bar count. Screenshots go to
// test/e2e/artifacts/. Needs: bash scripts/e2e/setup.sh && npm run package.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '../../scripts/e2e/serve.mjs';
import { editorFullText, goToProblem, launchBrowser, openFile, openWorkbench, problems, quickFix, statusBarItems, treeRows } from './workbench.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const VSIX = join(ROOT, `charterlint-${version}.vsix`);
const ART = join(ROOT, 'test', 'e2e', 'artifacts');
const SAMPLE = 'convention-mobilite-reversibilite.md';
const TIMEOUT = 60_000;

const t0 = Date.now();
const step = (what) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${what}`);
function check(condition, message) {
  if (!condition) throw new Error(`e2e: ${message}`);
  console.log(`  ✔ ${message}`);
}

async function main() {
  if (!existsSync(VSIX)) throw new Error(`e2e: ${VSIX} is missing: run npm run package first`);
  mkdirSync(ART, { recursive: true });
  const workspace = mkdtempSync(join(tmpdir(), 'charterlint-e2e-'));
  for (const f of [SAMPLE, '.charterlintrc.yaml']) copyFileSync(join(ROOT, 'samples', f), join(workspace, f));
  step(`workspace ${workspace}`);
  const server = await serve({ workspace, vsix: VSIX, timeoutMs: TIMEOUT });
  step(`code-server at ${server.url}`);
  const browser = await launchBrowser();
  try {
    const page = await openWorkbench(browser, server, { timeout: TIMEOUT });
    step('workbench ready');
    await openFile(page, SAMPLE, { timeout: TIMEOUT });
    step('sample open');

    // 1. The P08 problem in the Problems panel (messages in French: the sample's config says locale: fr).
    await problems(page, { timeout: TIMEOUT }); // opens the panel: its rows render only once it is shown
    await page.locator('.markers-panel .monaco-list-row[aria-level="2"]', { hasText: 'formats de restitution' }).first().waitFor({ timeout: TIMEOUT });
    const before = await problems(page);
    const p08 = before.find((p) => p.code.includes('P08'));
    check(p08 && /Clause de réversibilité/.test(p08.message) && p08.severity === 'warning', `Problems panel shows P08 as a warning: "${p08?.message}"`);
    check(p08.source.includes('charterlint'), 'the problem comes from charterlint');
    await page.screenshot({ path: join(ART, '01-problem.png') });

    // 2. The checklist view and the status bar before the fix.
    const rowsBefore = await treeRows(page, 'Charter Checklist', { timeout: TIMEOUT, until: (rows) => rows.some((r) => r.label.includes('P08')) });
    const p08Row = rowsBefore.find((r) => r.label.includes('P08'));
    check(p08Row && /partielle|partial/i.test(p08Row.label), `checklist row: "${p08Row?.label.replace(/\n/g, ' ')}"`);
    check(rowsBefore.some((r) => /P12/.test(r.label) && /couverte|covered/i.test(r.label)), 'checklist shows P12 covered');
    const statusBefore = (await statusBarItems(page)).find((i) => i.id.includes('charterlint.status'));
    check(statusBefore && /5\/6/.test(statusBefore.text), `status bar reads "${statusBefore?.text}"`);

    // 3. The quick fix, offered on the problem and applied.
    await goToProblem(page, 'formats de restitution', { timeout: TIMEOUT });
    const titles = await quickFix(page, 'Compléter', { timeout: TIMEOUT });
    check(titles.some((t) => /Compléter : les formats de restitution/.test(t)), `quick fixes offered: ${titles.join(' | ')}`);
    await page.keyboard.press('Escape'); // leave snippet mode
    step('quick fix applied');
    await page.screenshot({ path: join(ART, '02-after-quick-fix.png') });
    const sentence = 'Ils sont restitués dans les formats {{formats, par ex. CSV, GeoJSON, NeTEx}}.';
    const text = await editorFullText(page, { timeout: TIMEOUT, until: (t) => t.includes(sentence) });
    check(text.includes(sentence), 'the template sentence is in the document, its blank a visible {{placeholder}}');
    check(text.includes('## Article 9 – Réversibilité'), 'the author’s text is still there');

    // 4. After the fix: P08 covered, the placeholder flagged, the count updated.
    await page.locator('.markers-panel .monaco-list-row[aria-level="2"]', { hasText: 'formats de restitution' }).first().waitFor({ state: 'detached', timeout: TIMEOUT });
    const after = await problems(page);
    check(!after.some((p) => p.code.includes('P08')), 'P08 no longer reported');
    check(after.some((p) => p.code.includes('placeholder') && p.severity === 'error'), 'the unfilled placeholder is an error');
    await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((el) => el.id.includes('charterlint.status') && el.innerText.includes('6/6')), null, { timeout: TIMEOUT });
    check(true, 'status bar reads 6/6');
    step('diagnostics and status bar updated');
    const coveredP08 = (rows) => rows.some((r) => r.label.includes('P08') && /couverte|covered/i.test(r.label));
    const rowsAfter = await treeRows(page, 'Charter Checklist', { timeout: TIMEOUT, until: coveredP08 });
    const p08After = rowsAfter.find((r) => r.label.includes('P08'));
    check(p08After && /couverte|covered/i.test(p08After.label), `checklist row after the fix: "${p08After?.label.replace(/\n/g, ' ')}"`);
    step('checklist updated');
    await goToProblem(page, '{{formats', { timeout: TIMEOUT }); // the cursor on the blank left to fill
    await page.screenshot({ path: join(ART, '03-checklist-after-fix.png') });
    step('all checks passed');
  } catch (error) {
    const pages = browser.contexts().flatMap((c) => c.pages());
    if (pages[0]) await pages[0].screenshot({ path: join(ART, 'failure.png') }).catch(() => undefined);
    console.error(server.output().slice(-3000));
    throw error;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  () => { console.log('1 passed, 0 failed'); },
  (error) => { console.error(error.message ?? error); console.log('0 passed, 1 failed'); process.exitCode = 1; },
);
