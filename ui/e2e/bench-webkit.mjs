// Frame time and memory of the UI in WebKitGTK, the desktop app's web engine, while 1,000
// components stream updates: the page's synthetic backend (`?sim=N&eps=E`) in Debian's
// MiniBrowser, driven by WebKitWebDriver under a private Xvfb, once per JavaScriptCore tier
// setting (the app's default and the alternatives), so a JIT choice is made on figures.
// Also measures the same page's idle web-process memory, and a one-line page as the floor
// WebKitGTK itself costs. Prints tables for BENCHMARKS.md.
//   node e2e/bench-webkit.mjs [components] [events/s]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { MINIBROWSER, freePorts, sleep, treeRssKb, waitFor } from './harness.mjs';
import { CASES, TABLE_HEAD, probe, serveDist, tableRow } from './frames.mjs';

const N = Number(process.argv[2] ?? 1000);
const EPS = Number(process.argv[3] ?? 1000);
for (const b of [MINIBROWSER, '/usr/bin/WebKitWebDriver']) if (!existsSync(b)) throw new Error(`${b} not found: install webkit2gtk-driver and libwebkit2gtk-4.1-0`);

// The app's own environment (src-tauri sets these before WebKit starts) plus each tier setting.
const APP_ENV = { WEBKIT_DISABLE_COMPOSITING_MODE: '1' };
const TIERS = [
  ['all tiers (JSC default)', {}],
  ['no FTL', { JSC_useFTLJIT: '0' }],
  ['baseline JIT only (no DFG/FTL)', { JSC_useDFGJIT: '0' }],
  ['interpreter only (no JIT)', { JSC_useJIT: '0' }],
];

const children = [];
const start = (cmd, args, env) => {
  const c = spawn(cmd, args, { stdio: 'ignore', env: { ...process.env, ...env } });
  children.push(c);
  return c;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let display = 95;
while (existsSync(`/tmp/.X11-unix/X${display}`) || existsSync(`/tmp/.X${display}-lock`)) display++;
start('Xvfb', [`:${display}`, '-screen', '0', '1440x900x24', '-nolisten', 'tcp'], {});
await waitFor('Xvfb', () => existsSync(`/tmp/.X11-unix/X${display}`), 10000);
const server = await serveDist();

/** A MiniBrowser session under WebKitWebDriver with `env`; returns helpers. */
async function browser(env) {
  const port = await freePorts(1);
  const driver = start('/usr/bin/WebKitWebDriver', [`--port=${port}`], { DISPLAY: `:${display}`, ...APP_ENV, ...env });
  const wd = `http://127.0.0.1:${port}`;
  await waitFor('WebKitWebDriver', async () => (await fetch(`${wd}/status`)).ok, 15000);
  const call = async (method, url, body) => {
    const r = await fetch(`${wd}${url}`, { method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
    const j = await r.json();
    if (!r.ok || j.value?.error) throw new Error(`${method} ${url}: ${JSON.stringify(j.value ?? j)}`);
    return j.value;
  };
  const { sessionId: sid } = await call('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--geometry=1280x800'] } } },
  });
  await call('POST', `/session/${sid}/timeouts`, { script: 60000 });
  return {
    go: (url) => call('POST', `/session/${sid}/url`, { url }),
    run: (script) => call('POST', `/session/${sid}/execute/sync`, { script, args: [] }),
    frames: (seconds, scroll) => call('POST', `/session/${sid}/execute/async`, { script: `(${probe})(${seconds}, ${scroll}, arguments[arguments.length - 1]);`, args: [] }),
    pss: () => treeRssKb(driver.pid).pss / 1024,
    close: async () => {
      await call('DELETE', `/session/${sid}`).catch(() => {});
      driver.kill('SIGTERM');
      await sleep(500);
    },
  };
}

const ready = (b) => waitFor('the UI', async () => (await b.run('return !!document.querySelector(\'[data-testid="mode-pill"]\')')) === true, 20000);

try {
  // The floor: WebKitGTK showing one line of text, same window, same environment.
  const floor = [];
  for (let i = 0; i < 3; i++) {
    const b = await browser({});
    await b.go('data:text/html,<h1>Hello</h1>');
    await sleep(8000);
    floor.push(b.pss());
    await b.close();
  }
  const results = [];
  for (const [name, env] of TIERS) {
    const b = await browser(env);
    const rows = [];
    for (const c of CASES(EPS)) {
      await b.go(`${server.base}/?sim=${N}&eps=${c.eps}#/${c.route}`);
      await ready(b);
      await sleep(1000);
      rows.push({ ...c, ...(await b.frames(5, c.scroll)) });
    }
    // Idle memory: a fresh browser on the overview of N quiet components.
    await b.close();
    const idle = [];
    for (let i = 0; i < 3; i++) {
      const m = await browser(env);
      await m.go(`${server.base}/?sim=${N}&eps=0#/overview`);
      await ready(m);
      await sleep(8000);
      idle.push(m.pss());
      await m.close();
    }
    results.push({ name, env, rows, idle: median(idle) });
  }
  console.log(`WebKitGTK (MiniBrowser, ${Object.entries(APP_ENV).map(([k, v]) => `${k}=${v}`).join(' ')}), ${N} components:\n`);
  for (const r of results) {
    console.log(`### ${r.name} ${Object.entries(r.env).map(([k, v]) => `${k}=${v}`).join(' ')}\n`);
    console.log(TABLE_HEAD);
    for (const row of r.rows) console.log(tableRow(row));
    console.log('');
  }
  console.log(`| setting | idle PSS of the browser tree, overview, ${N} quiet components (median of 3) |\n|---|---|`);
  for (const r of results) console.log(`| ${r.name} | ${r.idle.toFixed(0)} MiB |`);
  console.log(`| floor: the same browser showing one line of text | ${median(floor).toFixed(0)} MiB |`);
} finally {
  server.close();
  for (const c of children.reverse()) c.kill('SIGTERM');
}
