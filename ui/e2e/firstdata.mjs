// Web UI: time from navigation to the first real data on screen (the overview's component count)
// against a real `pipeline-guard demo --headless`, in a fresh headless Chromium page each run.
// The browser analogue of the desktop app's cold start. Usage: node e2e/firstdata.mjs [runs]
import { launchBrowser, startDemo } from './harness.mjs';

const runs = Number(process.argv[2] ?? 7);
const demo = await startDemo();
const browser = await launchBrowser();
const times = [];
try {
  for (let i = 0; i < runs; i++) {
    const page = await browser.ctx.newPage();
    const t0 = Date.now();
    await page.goto(`${demo.url}/#/overview`);
    await page.waitForFunction(() => document.querySelector('[data-testid="tile-components"] .big')?.textContent === '6');
    times.push(Date.now() - t0);
    await page.close();
  }
} finally {
  await browser.close();
  await demo.stop();
}
times.sort((a, b) => a - b);
console.log(`first data on screen: median ${times[Math.floor(times.length / 2)]} ms, min ${times[0]} ms, max ${times.at(-1)} ms over ${runs} runs (${times.join(', ')})`);
