// The real desktop window under Xvfb: starts Xvfb, tauri-driver (with Debian's WebKitWebDriver)
// and the built `pipeline-guard-app` on a demo-lab config, then reads the overview and a live
// update through WebDriver. Prints cold start to first data and the app tree's RSS.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARTIFACTS, binDir, freePorts, sleep, waitFor } from './harness.mjs';

const app = path.join(binDir(), 'pipeline-guard-app');
const cli = path.join(binDir(), 'pipeline-guard');
if (!existsSync(app)) throw new Error(`${app} not found: build it with \`cargo build -p pipeline-guard-app\``);
const driverBin = [process.env.TAURI_DRIVER, path.join(os.homedir(), '.cargo/bin/tauri-driver'), '/usr/local/bin/tauri-driver'].find((p) => p && existsSync(p));
if (!driverBin) throw new Error('tauri-driver not found: `cargo install tauri-driver --locked`');

const children = [];
function start(cmd, args, env = {}) {
  const c = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let log = '';
  c.stdout.on('data', (d) => (log += d));
  c.stderr.on('data', (d) => (log += d));
  children.push(c);
  c.log = () => log;
  return c;
}
async function cleanup() {
  for (const c of children.reverse()) {
    if (c.exitCode === null) c.kill('SIGTERM');
  }
  await sleep(500);
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
}

/** RSS (kB) of a process and all its descendants, from /proc. */
function treeRssKb(rootPid) {
  const parent = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {}
  }
  const tree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent) if (!tree.has(pid) && tree.has(ppid)) (tree.add(pid), (grew = true));
  }
  let kb = 0;
  const names = [];
  for (const pid of tree) {
    try {
      const s = readFileSync(`/proc/${pid}/status`, 'utf8');
      const name = /Name:\s+(.*)/.exec(s)[1];
      if (name === 'labsvc') continue; // the lab services are the guarded workload, not the app
      kb += Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0);
      names.push(name);
    } catch {}
  }
  return { kb, names };
}

let failed = false;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'pg-app-'));
try {
  // A private X display.
  let display = 90;
  while (existsSync(`/tmp/.X11-unix/X${display}`) || existsSync(`/tmp/.X${display}-lock`)) display++;
  const DISPLAY = `:${display}`;
  start('Xvfb', [DISPLAY, '-screen', '0', '1440x900x24', '-nolisten', 'tcp']);
  await waitFor('Xvfb', () => existsSync(`/tmp/.X11-unix/X${display}`), 10000);

  const base = await freePorts(8);
  const db = path.join(tmp, 'demo.db');
  const cfg = path.join(tmp, 'demo.yaml');
  writeFileSync(cfg, execFileSync(cli, ['demo', '--print-config', '--port-base', String(base), '--db', db]));

  const port = base + 7;
  const driver = start(driverBin, ['--port', String(port), '--native-port', String(base + 6), '--native-driver', '/usr/bin/WebKitWebDriver'], { DISPLAY });
  const wd = `http://127.0.0.1:${port}`;
  await waitFor('tauri-driver', async () => (await fetch(`${wd}/status`)).ok, 20000).catch(() => {
    throw new Error(`tauri-driver did not start:\n${driver.log()}`);
  });
  const call = async (method, url, body) => {
    const r = await fetch(`${wd}${url}`, { method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
    const j = await r.json();
    if (!r.ok || j.value?.error) throw new Error(`${method} ${url}: ${JSON.stringify(j.value ?? j)}`);
    return j.value;
  };

  const t0 = Date.now();
  const session = await call('POST', '/session', {
    capabilities: { alwaysMatch: { browserName: 'wry', 'tauri:options': { application: app, args: ['--config', cfg, '--db', db] } } },
  });
  const sid = session.sessionId;
  const find = async (css) => {
    const els = await call('POST', `/session/${sid}/elements`, { using: 'css selector', value: css });
    return els.map((e) => Object.values(e)[0]);
  };
  const textOf = async (css) => {
    const [el] = await find(css);
    return el ? call('GET', `/session/${sid}/element/${el}/text`) : null;
  };
  const attr = async (css, name) => {
    const [el] = await find(css);
    return el ? call('GET', `/session/${sid}/element/${el}/attribute/${name}`) : null;
  };

  await waitFor('six components on the overview', async () => (await textOf('[data-testid="tile-components"] .big')) === '6', 30000, 50);
  const firstData = Date.now() - t0;
  await waitFor('every component checked', async () => (await find('[data-testid="count-healthy"]')).length === 1, 10000);
  const n0 = Number(await attr('[data-testid="event-count"]', 'data-count'));
  await waitFor('live engine events through Tauri', async () => Number(await attr('[data-testid="event-count"]', 'data-count')) >= n0 + 3, 15000);
  const backendKind = await call('POST', `/session/${sid}/execute/sync`, { script: "return '__TAURI_INTERNALS__' in window", args: [] });
  if (backendKind !== true) throw new Error('the page does not run inside Tauri');
  await sleep(1500);
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(path.join(ARTIFACTS, 'app-overview.png'), Buffer.from(await call('GET', `/session/${sid}/screenshot`), 'base64'));

  // Idle RSS of the app process tree (app + WebKit web/network processes), after settling.
  await sleep(5000);
  const appPid = Number(execFileSync('pgrep', ['-n', '-f', `^${app}`]).toString().trim());
  const rss = treeRssKb(appPid);
  console.log(`ok   desktop app: first data on screen ${firstData} ms after session start; live events flow`);
  console.log(`     idle RSS of the app tree: ${(rss.kb / 1024).toFixed(1)} MiB (${rss.names.join(', ')})`);
  await call('DELETE', `/session/${sid}`).catch(() => {});
} catch (e) {
  failed = true;
  console.log(`FAIL desktop app under Xvfb\n     ${String(e.stack ?? e).split('\n').join('\n     ')}`);
  for (const c of children) if (c.log().trim()) console.log(`---- ${c.spawnargs[0]}\n${c.log().slice(-3000)}`);
} finally {
  await cleanup();
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
