// Frame time of the UI while 1,000 components stream updates (synthetic backend in the page,
// `?sim=1000&eps=1000`), in headless Chromium. Baseline: the same pages with no events (eps=0).
// Prints a table for BENCHMARKS.md. Usage: node e2e/bench.mjs [components] [events/s]
// (e2e/bench-webkit.mjs measures the same in WebKitGTK, the desktop app's engine.)
import { launchBrowser, sleep } from './harness.mjs';
import { CASES, TABLE_HEAD, probe, serveDist, tableRow } from './frames.mjs';

const N = Number(process.argv[2] ?? 1000);
const EPS = Number(process.argv[3] ?? 1000);
const server = await serveDist();
const browser = await launchBrowser();
const page = await browser.ctx.newPage();

const rows = [];
for (const c of CASES(EPS)) {
  await page.goto(`${server.base}/?sim=${N}&eps=${c.eps}#/${c.route}`);
  await page.waitForSelector('[data-testid="mode-pill"]');
  await sleep(1000);
  rows.push({ ...c, ...(await page.evaluate(`new Promise((r) => (${probe})(5, ${c.scroll}, r))`)) });
}
console.log(TABLE_HEAD);
for (const r of rows) console.log(tableRow(r));
await browser.close();
server.close();
