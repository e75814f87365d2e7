// Frame time of the UI while 1,000 components stream updates (synthetic backend in the page,
// `?sim=1000&eps=1000`), in headless Chromium. Baseline: the same pages with no events (eps=0).
// Prints a table for BENCHMARKS.md. Usage: node e2e/bench.mjs [components] [events/s]
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { UI_DIR, launchBrowser, sleep } from './harness.mjs';

const N = Number(process.argv[2] ?? 1000);
const EPS = Number(process.argv[3] ?? 1000);
const dist = path.join(UI_DIR, 'dist');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  const p = path.join(dist, new URL(req.url, 'http://x').pathname);
  const f = existsSync(p) && !p.endsWith('/') ? p : path.join(dist, 'index.html');
  res.writeHead(200, { 'content-type': types[path.extname(f)] ?? 'application/octet-stream' });
  res.end(readFileSync(f));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();
const page = await browser.ctx.newPage();

async function measure(route, eps, seconds = 5, scroll = false) {
  await page.goto(`${base}/?sim=${N}&eps=${eps}#/${route}`);
  await page.waitForSelector('[data-testid="mode-pill"]');
  await sleep(1000);
  return page.evaluate(
    ({ seconds, scroll }) =>
      new Promise((resolve) => {
        const deltas = [];
        let last = performance.now();
        const end = last + seconds * 1000;
        const body = document.querySelector('[data-testid="components-table"]');
        function frame(t) {
          deltas.push(t - last);
          last = t;
          if (scroll && body) body.scrollTop = (body.scrollTop + 37) % (body.scrollHeight - body.clientHeight);
          if (t < end) requestAnimationFrame(frame);
          else {
            deltas.sort((a, b) => a - b);
            const q = (p) => deltas[Math.min(deltas.length - 1, Math.floor(p * deltas.length))];
            resolve({ frames: deltas.length, fps: deltas.length / seconds, p50: q(0.5), p95: q(0.95), p99: q(0.99), max: deltas[deltas.length - 1], rows: document.querySelectorAll('[data-row-index]').length });
          }
        }
        requestAnimationFrame(frame);
      }),
    { seconds, scroll },
  );
}

const rows = [];
for (const [route, scroll] of [['overview', false], ['components', false], ['components', true]]) {
  for (const eps of [0, EPS]) {
    const r = await measure(route, eps, 5, scroll);
    rows.push({ page: route + (scroll ? ' (scrolling)' : ''), eps, ...r });
  }
}
console.log(`| page | events/s | frames/s | p50 ms | p95 ms | p99 ms | max ms | rows in DOM |`);
console.log(`|---|---|---|---|---|---|---|---|`);
for (const r of rows) console.log(`| ${r.page} | ${r.eps} | ${r.fps.toFixed(1)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} | ${r.rows || '—'} |`);
await browser.close();
server.close();
