// The components list's first render at scale (issue 20: "still virtualised at 10,000"): a real
// `pipeline-guard serve` watching N TCP components (one supervised `labsvc`, the others checking
// its port) until every heartbeat has a few checks, then, in a fresh headless Chromium page each
// run, the time from navigation to the list showing all N with the first row's heartbeat strip
// drawn. Also the size of `GET /api/components`.
// Usage: node e2e/firstlist.mjs [N] [runs] [beats] [interval, e.g. 10s]
import path from 'node:path';
import { binDir, freePorts, launchBrowser, startServe, waitFor } from './harness.mjs';

const N = Number(process.argv[2] ?? 10000);
const runs = Number(process.argv[3] ?? 5);
const beats = Number(process.argv[4] ?? 3);
const interval = process.argv[5] ?? '15s';
const port = await freePorts(1);
const labsvc = path.join(binDir(), 'labsvc');
const REGIONS = ['us-east', 'us-west', 'eu-west', 'eu-central', 'asia-pacific', 'sa-east'];
const guard = await startServe((dir) => {
  let y = `pipeline:\n  monitoring: { interval: ${interval}, health_check_timeout: 5s }\ncomponents:\n`;
  y += `  - name: lab\n    process: { command: ["${labsvc}", "--port", "${port}", "--state-file", "${dir}/lab.state"] }\n    check: { tcp: { addr: "127.0.0.1:${port}" } }\n`;
  for (let i = 1; i < N; i++) y += `  - name: svc-${String(i).padStart(5, '0')}\n    region: ${REGIONS[i % 6]}\n    tags: [team-${i % 12}]\n    check: { tcp: { addr: "127.0.0.1:${port}" } }\n    recovery: [notify]\n`;
  return y;
});
const times = [];
const phases = [];
let bytes = 0;
const browser = await launchBrowser();
try {
  await waitFor(`${N} components with ${beats} checks each`, async () => {
    const r = await fetch(`${guard.url}/api/components`);
    const text = await r.text();
    bytes = text.length;
    const cs = JSON.parse(text);
    return cs.length === N && cs.every((c) => c.heartbeat.statuses.length >= beats);
  }, 600000, 5000);
  // The server's share alone: the whole list fetched from here (build + serialise + send).
  const fetchMs = [];
  for (let i = 0; i < 3; i++) {
    const t = Date.now();
    await (await fetch(`${guard.url}/api/components`)).arrayBuffer();
    fetchMs.push(Date.now() - t);
  }
  console.log(`GET /api/components from node: ${fetchMs.join(', ')} ms`);
  for (let i = 0; i < runs; i++) {
    const page = await browser.ctx.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    const t0 = Date.now();
    await page.goto(`${guard.url}/#/components`);
    await page.waitForFunction((n) => {
      const count = document.querySelector('[data-testid="components-count"]')?.textContent ?? '';
      const first = document.querySelector('[data-testid="components-table"] .tr[data-component] [data-testid="beat"]');
      return first && count.replace(/[^\d]/g, '').endsWith(String(n));
    }, N, { timeout: 60000, polling: 'raf' });
    times.push(Date.now() - t0);
    // Where the time went: the answer of `GET /api/components` (request sent → last byte).
    const api = await page.evaluate(() => {
      const r = performance.getEntriesByType('resource').find((e) => /\/api\/components$/.test(e.name));
      return r ? { sent: Math.round(r.requestStart), done: Math.round(r.responseEnd), wire: r.transferSize } : null;
    });
    if (api) phases.push(api);
    const rendered = await page.locator('[data-testid="components-table"] .tr[data-component]').count();
    if (rendered > 60) throw new Error(`${rendered} rows in the DOM: the list is not virtualised`);
    await page.close();
  }
} finally {
  await browser.close();
  await guard.stop();
}
times.sort((a, b) => a - b);
console.log(`components list, ${N} components (${beats}+ checks in each heartbeat), GET /api/components ${(bytes / 1e6).toFixed(2)} MB: first render median ${times[Math.floor(times.length / 2)]} ms, min ${times[0]} ms, max ${times.at(-1)} ms over ${runs} runs (${times.join(', ')})`);
for (const p of phases) console.log(`  GET /api/components: sent at ${p.sent} ms, last byte at ${p.done} ms after navigation, ${(p.wire / 1e6).toFixed(2)} MB on the wire`);
