// Renders a real CLI run (with its colours) to docs/images/cli.png for the README:
// ANSI -> HTML with ansi-to-html, then a headless Chromium screenshot.
// Needs Debian's chromium (apt-get install chromium). Run: node scripts/screenshot-cli.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Convert from 'ansi-to-html';

const run = (args) => spawnSync(process.execPath, ['dist/cli.js', ...args, '--color', '--locale', 'fr'], { encoding: 'utf8' }).stdout;
const lines = [
  '$ npx charterlint samples/convention-mobilite-reversibilite.md samples/charte.yaml',
  run(['samples/convention-mobilite-reversibilite.md', 'samples/charte.yaml']),
  '$ npx charterlint samples/charte-commune-incomplete.md --format summary',
  run(['samples/charte-commune-incomplete.md', '--format', 'summary']),
].join('\n');
const html = `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#1e1e1e">
<pre style="margin:0;padding:16px 20px;color:#d4d4d4;font:13px/1.35 'DejaVu Sans Mono',monospace;white-space:pre">${new Convert({ escapeXML: true }).toHtml(lines)}</pre>`;
const dir = mkdtempSync(path.join(os.tmpdir(), 'charterlint-shot-'));
writeFileSync(path.join(dir, 'cli.html'), html);
const out = path.resolve('docs/images/cli.png');
const r = spawnSync('/usr/bin/chromium', [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', `--user-data-dir=${path.join(dir, 'profile')}`, '--hide-scrollbars',
  `--screenshot=${out}`, '--window-size=1180,630', `file://${path.join(dir, 'cli.html')}`,
], { encoding: 'utf8' });
if (r.status !== 0) throw new Error(r.stderr);
console.log(`wrote ${out}`);
