// A small end-to-end harness: starts the real `pipeline-guard demo --headless` on free ports,
// launches Debian's Chromium through playwright-core with a fresh profile, and runs named tests.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const UI_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = path.resolve(UI_DIR, '..');
export const ARTIFACTS = path.join(ROOT, 'artifacts', 'ui');

/** The built binaries: the debug build, or the release build with `PG_PROFILE=release` (benchmarks). */
export function binDir() {
  const target = process.env.CARGO_TARGET_DIR ? path.resolve(ROOT, process.env.CARGO_TARGET_DIR) : path.join(ROOT, 'target');
  return path.join(target, process.env.PG_PROFILE === 'release' ? 'release' : 'debug');
}

function portFree(port) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/** A base port with `n` consecutive free ports after it. */
export async function freePorts(n) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const base = 20000 + Math.floor(Math.random() * 30000);
    let ok = true;
    for (let i = 0; i < n && ok; i++) ok = await portFree(base + i);
    if (ok) return base;
  }
  throw new Error('no free port range found');
}

/** A JSON client for a server's API: `await api('/api/x')`; a non-2xx answer throws with its body. */
export const apiClient = (baseUrl) => async (route, init) => {
  const r = await fetch(`${baseUrl}${route}`, init);
  if (!r.ok) throw new Error(`${init?.method ?? 'GET'} ${route}: ${r.status} ${await r.text()}`);
  return r.json();
};

/** Text without the invisible direction marks Arabic text carries (Fluent isolates, Intl's marks). */
export const stripMarks = (s) => s.replace(/[\u2066-\u2069\u200e\u200f\u061c]/g, '').trim();

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Debian's WebKitGTK browser (package libwebkit2gtk-4.1-0): the app's web engine without the app. */
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export async function waitFor(what, fn, timeoutMs = 20000, everyMs = 200) {
  const end = Date.now() + timeoutMs;
  let last;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await sleep(everyMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

/** Start the demo lab; returns { url, portBase, stop }. `env` adds variables (e.g.
 *  `PIPELINE_SECURITY_ENABLED`); `prepare(db)` runs before the guard opens its database. */
export async function startDemo({ faultEvery = 0, env = {}, prepare = null } = {}) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pg-e2e-'));
  const base = await freePorts(7);
  const listen = `127.0.0.1:${base + 6}`;
  const db = path.join(tmp, 'demo.db');
  if (prepare) await prepare(db, guardBin());
  const args = ['demo', '--headless', '--listen', listen, '--port-base', String(base), '--db', db, '--fault-every', String(faultEvery), '--ui-dir', path.join(UI_DIR, 'dist')];
  return { ...(await launch(args, listen, tmp, env, 'demo')), portBase: base };
}

/** `pipeline-guard serve` on the config `configText(dir)` writes (`dir`: a fresh temporary
 *  directory, also the database's); returns { url, dir, stop, log }. */
export async function startServe(configText, { env = {} } = {}) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pg-e2e-'));
  const listen = `127.0.0.1:${await freePorts(1)}`;
  const cfg = path.join(tmp, 'pipeline.yaml');
  writeFileSync(cfg, configText(tmp));
  const args = ['serve', '--config', cfg, '--db', path.join(tmp, 'guard.db'), '--listen', listen, '--ui-dir', path.join(UI_DIR, 'dist')];
  return { ...(await launch(args, listen, tmp, env, 'serve')), dir: tmp };
}

function guardBin() {
  const bin = path.join(binDir(), 'pipeline-guard');
  if (!existsSync(bin)) throw new Error(`${bin} not found: run \`cargo build --workspace\` first (CARGO_TARGET_DIR=${process.env.CARGO_TARGET_DIR ?? ''})`);
  return bin;
}

/** Run `pipeline-guard <args>` until its `/ready` answers; `stop` ends it and removes `tmp`. */
async function launch(args, listen, tmp, env, what) {
  const bin = guardBin();
  if (!existsSync(path.join(UI_DIR, 'dist', 'index.html'))) throw new Error('ui/dist not built: run `npm run build` in ui/');
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, RUST_LOG: process.env.RUST_LOG ?? 'warn', ...env } });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const url = `http://${listen}`;
  let exited = null;
  child.on('exit', (code, sig) => (exited = { code, sig }));
  try {
    await waitFor(`the ${what} to be ready`, async () => {
      if (exited) throw new Error(`${what} exited early (${JSON.stringify(exited)}):\n${log}`);
      const r = await fetch(`${url}/ready`);
      return r.ok;
    }, 60000, 300);
  } catch (e) {
    child.kill('SIGTERM');
    throw e;
  }
  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      await waitFor(`the ${what} to stop`, () => exited, 15000).catch(() => child.kill('SIGKILL'));
    }
    rmSync(tmp, { recursive: true, force: true });
  };
  return { url, stop, log: () => log };
}

export async function launchBrowser() {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'pg-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 720 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    ctx,
    close: async () => {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Run tests in order; print a line per test; exit non-zero when any failed. */
export async function runTests(tests, only) {
  let failed = 0;
  for (const [name, fn] of tests) {
    if (only && !name.includes(only)) continue;
    const t0 = Date.now();
    try {
      const r = await fn();
      // A test that cannot check what it names fails: there is no skip.
      if (r !== undefined) throw new Error(`the test returned ${JSON.stringify(r)} instead of checking`);
      console.log(`ok   ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${name} (${Date.now() - t0} ms)\n     ${String(e.stack ?? e).split('\n').join('\n     ')}`);
    }
  }
  return failed;
}

/** RSS and PSS (kB) and CPU time (ticks) of a process and all its descendants, from /proc,
 *  without the lab services. */
export function treeRssKb(rootPid) {
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
  let pss = 0;
  let ticks = 0;
  const names = new Set();
  const by = {};
  const pssBy = {};
  for (const pid of tree) {
    try {
      const s = readFileSync(`/proc/${pid}/status`, 'utf8');
      const name = /Name:\s+(.*)/.exec(s)[1];
      if (name === 'labsvc') continue; // the guarded workload, not the app
      // utime + stime, in clock ticks (USER_HZ, 100 on Linux).
      const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const stat = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
      ticks += Number(stat[11]) + Number(stat[12]);
      const rss = Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0);
      kb += rss;
      by[name] = (by[name] ?? 0) + rss;
      // PSS shares each shared page among the processes mapping it (no double counting).
      const roll = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const field = (f) => Number(new RegExp(`^${f}:\\s+(\\d+)`, 'm').exec(roll)?.[1] ?? 0);
      pss += field('Pss');
      // By process: PSS, and its anonymous part (heap, JS heap, stacks) against file pages
      // (libraries: libwebkit2gtk, libjavascriptcoregtk, GTK …) and shared memory.
      const b = (pssBy[name] ??= { pss: 0, anon: 0, file: 0, shmem: 0 });
      b.pss += field('Pss');
      b.anon += field('Pss_Anon');
      b.file += field('Pss_File');
      b.shmem += field('Pss_Shmem');
      names.add(name);
    } catch {}
  }
  return { kb, pss, ticks, by, pssBy, names: [...names] };
}

/** Share of one core the tree used between two `treeRssKb` readings `ms` apart, in percent. */
export const cpuPercent = (before, after, ms) => ((after.ticks - before.ticks) / 100 / (ms / 1000)) * 100;
