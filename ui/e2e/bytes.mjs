// Bytes per minute one open tab receives from a real `pipeline-guard serve` watching 1,000 HTTP
// components (figures for BENCHMARKS.md). The lab: one `labsvc` answering 980 components, a
// second one answering 20 that fails (HTTP 500) for 10 s of every 40 s, so statuses change,
// incidents open and availability moves as in a real lab. The tab opens the Components page;
// Chromium's DevTools protocol (Network.dataReceived / loadingFinished, bytes on the wire
// including headers) counts what arrives, by kind: the whole list, components by name, the
// overview, the event stream, the rest.
//
// `node e2e/bytes.mjs [measured-seconds] [ui-dist-dir ...]`: one fresh lab per UI build (e.g.
// the build before and after a change), each warmed up for 30 s and then measured.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UI_DIR, binDir, freePorts, launchBrowser, sleep, waitFor } from './harness.mjs';

const SECONDS = Number(process.argv[2] ?? 60);
const DISTS = process.argv.slice(3).length ? process.argv.slice(3) : [path.join(UI_DIR, 'dist')];
const N = 1000;
const FLAKY = 20;
const WARMUP_S = 30;

function start(bin, args) {
  const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, PIPELINE_LOG: 'warn', RUST_LOG: 'warn' } });
  let log = '';
  child.stderr.on('data', (d) => (log += d));
  return { child, log: () => log };
}

async function measure(dist) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pg-bytes-'));
  const base = await freePorts(3);
  const [good, flaky, api] = [base, base + 1, base + 2];
  const lab = [start(path.join(binDir(), 'labsvc'), ['--port', String(good)]), start(path.join(binDir(), 'labsvc'), ['--port', String(flaky)])];
  let cfg = 'pipeline:\n  monitoring: { interval: 10s, health_check_timeout: 2s, max_workers: 256 }\ncomponents:\n';
  for (let i = 0; i < N; i++) cfg += `  - name: c${i}\n    check: { http: { url: "http://127.0.0.1:${i < FLAKY ? flaky : good}/health" } }\n    recovery: [notify]\n`;
  writeFileSync(path.join(tmp, 'lab.yaml'), cfg);
  const guard = start(path.join(binDir(), 'pipeline-guard'), ['serve', '--config', path.join(tmp, 'lab.yaml'), '--db', path.join(tmp, 'lab.db'), '--listen', `127.0.0.1:${api}`, '--ui-dir', dist]);
  const url = `http://127.0.0.1:${api}`;
  let faults = null;
  const browser = await launchBrowser();
  try {
    await waitFor('the guard to answer', async () => (await fetch(`${url}/health`)).ok, 60000, 300);
    faults = setInterval(() => fetch(`http://127.0.0.1:${flaky}/fault/http500?for=10`, { method: 'POST' }).catch(() => {}), 40000);
    const page = await browser.ctx.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const reqs = new Map();
    let counting = false;
    cdp.on('Network.requestWillBeSent', (e) => reqs.set(e.requestId, { url: e.request.url, data: 0, finished: 0 }));
    cdp.on('Network.eventSourceMessageReceived', (e) => {
      const r = reqs.get(e.requestId);
      if (r && counting) r.messages = (r.messages ?? 0) + 1;
    });
    cdp.on('Network.dataReceived', (e) => {
      const r = reqs.get(e.requestId);
      if (r && counting) r.data += e.encodedDataLength;
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = reqs.get(e.requestId);
      if (r) r.done = true;
      if (r && counting) r.finished = e.encodedDataLength;
    });
    await page.goto(`${url}/#/components`);
    await page.waitForSelector('[data-testid="mode-pill"]');
    await sleep(WARMUP_S * 1000);
    // Zero the counts, keeping the open event stream (its bytes from now on count).
    for (const [id, r] of reqs) if (r.done) reqs.delete(id);
    for (const r of reqs.values()) r.data = r.finished = 0;
    counting = true;
    const t0 = Date.now();
    await sleep(SECONDS * 1000);
    counting = false;
    const minutes = (Date.now() - t0) / 60000;
    const by = { list: [0, 0], names: [0, 0], overview: [0, 0], events: [0, 0], other: [0, 0] };
    const others = {};
    let messages = 0;
    for (const r of reqs.values()) {
      const u = new URL(r.url);
      messages += r.messages ?? 0;
      const kind = u.pathname === '/api/components' ? (u.searchParams.has('names') ? 'names' : 'list') : u.pathname === '/api/overview' ? 'overview' : u.pathname === '/api/events' ? 'events' : 'other';
      by[kind][0] += Math.max(r.data, r.finished);
      by[kind][1] += 1;
      if (kind === 'other') others[u.pathname] = (others[u.pathname] ?? 0) + 1;
    }
    const total = Object.values(by).reduce((s, [b]) => s + b, 0);
    const mb = (b) => (b / minutes / 1e6).toFixed(3);
    console.log(`\n${dist}: ${N} components, measured ${(minutes * 60).toFixed(0)} s after ${WARMUP_S} s warm-up`);
    console.log('| what | requests | MB per minute |\n|---|---|---|');
    for (const [k, [b, n]] of Object.entries(by)) console.log(`| ${k} | ${n} | ${mb(b)} |`);
    console.log(`| total | ${reqs.size} | ${mb(total)} |`);
    console.log(`event stream: ${messages} messages; other requests: ${JSON.stringify(others)}`);
  } finally {
    clearInterval(faults);
    await browser.close();
    guard.child.kill('SIGTERM');
    for (const l of lab) l.child.kill('SIGTERM');
    await sleep(1000);
    rmSync(tmp, { recursive: true, force: true });
  }
}

for (const d of DISTS) await measure(d);
