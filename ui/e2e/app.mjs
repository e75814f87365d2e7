// The real desktop window under Xvfb: starts a private Xvfb, tauri-driver (with Debian's
// WebKitWebDriver) and the built `pipeline-guard-app` on the demo lab, then drives it over plain
// WebDriver HTTP: the overview shows the lab's data, live engine events arrive through Tauri,
// and, with security enabled and the OS user's account a viewer, healing controls are disabled;
// started without arguments on an empty HOME (the desktop menu), it shows the welcome screen
// (Arabic and English), runs the demo lab chosen there, remembers it, shows a broken config's
// FILE:LINE:COL in the window and runs a config picked in the native file dialog (xdotool).
// Screenshots go to artifacts/ui/app-*.png.
//
//   node e2e/app.mjs              the test (make test-app)
//   node e2e/app.mjs --bench 5    cold start to first data, idle memory and idle CPU over 5 runs,
//                                 against the engine alone (`pipeline-guard serve`) and
//                                 WebKitGTK showing one line of text (the floor)
// PG_PROFILE=release uses target/release; TAURI_DRIVER names the tauri-driver binary.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ARTIFACTS, MINIBROWSER, binDir, cpuPercent, freePorts, sleep, treeRssKb, waitFor } from './harness.mjs';

const bins = process.env.PG_PROFILE === 'release' ? path.join(path.dirname(binDir()), 'release') : binDir();
const app = path.join(bins, 'pipeline-guard-app');
const cli = path.join(bins, 'pipeline-guard');
for (const b of [app, cli, path.join(bins, 'labsvc')]) {
  if (!existsSync(b)) throw new Error(`${b} not found: build it with \`cargo build -p pipeline-guard-app -p pipeline-guard -p labsvc\``);
}
const driverBin = [process.env.TAURI_DRIVER, path.join(os.homedir(), '.cargo/bin/tauri-driver'), '/usr/local/bin/tauri-driver'].find((p) => p && existsSync(p));
if (!driverBin) throw new Error('tauri-driver not found: run `scripts/setup.sh tauri-driver` (or set TAURI_DRIVER)');
const benchRuns = process.argv.includes('--bench') ? Number(process.argv[process.argv.indexOf('--bench') + 1] ?? 5) : 0;

const children = [];
function start(cmd, args, env = {}) {
  const c = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let log = '';
  c.stdout.on('data', (d) => (log = (log + d).slice(-20000)));
  c.stderr.on('data', (d) => (log = (log + d).slice(-20000)));
  children.push(c);
  c.log = () => log;
  return c;
}
async function stop(c) {
  if (c.exitCode !== null || c.signalCode !== null) return;
  c.kill('SIGTERM');
  await waitFor(`${c.spawnargs[0]} to stop`, () => c.exitCode !== null || c.signalCode !== null, 10000).catch(() => c.kill('SIGKILL'));
}
async function cleanup() {
  for (const c of [...children].reverse()) await stop(c);
}

/** Pids of every process whose executable is the app. */
function appPids() {
  const out = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0')[0] === app) out.push(Number(d));
    } catch {}
  }
  return out;
}

/** Listening TCP sockets held by `pid` itself: its socket inodes in LISTEN state (`0A`). */
function listeningSockets(pid) {
  const inodes = new Set();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]);
    } catch {}
  }
  const out = [];
  for (const f of ['tcp', 'tcp6']) {
    for (const line of readFileSync(`/proc/${pid}/net/${f}`, 'utf8').split('\n').slice(1)) {
      const c = line.trim().split(/\s+/);
      if (c.length > 9 && c[3] === '0A' && inodes.has(c[9])) out.push(`${f} ${c[1]}`);
    }
  }
  return out;
}

/** The desktop app has no HTTP listener (issue 15): its UI reaches the engine through IPC. The
 * check first proves it sees a listener (one of this process's own), then finds none in the app. */
async function assertNoListener(pids) {
  const probe = net.createServer();
  await new Promise((r) => probe.listen(0, '127.0.0.1', r));
  const own = listeningSockets(process.pid);
  probe.close();
  if (own.length === 0) throw new Error('the listener check does not see a listening socket');
  for (const pid of pids) {
    // WebKitWebDriver starts the webview with a remote-inspector server for its automation
    // session (WEBKIT_INSPECTOR_SERVER=host:port in the app's environment): that one is the
    // test driver's, not the app's; a user's launch has none.
    const env = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    const inspector = env.find((e) => e.startsWith('WEBKIT_INSPECTOR_SERVER='))?.split(':').pop();
    const driverPort = inspector ? Number(inspector).toString(16).toUpperCase().padStart(4, '0') : null;
    const l = listeningSockets(pid).filter((s) => !(driverPort && s.endsWith(`:${driverPort}`)));
    if (l.length) throw new Error(`the desktop app (pid ${pid}) listens: ${l.join(', ')}`);
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The idle reading every bench row takes the same way: memory of `pid`'s tree 10 s after it
 *  settled, then its CPU over the next 10 s (start-up work — first fetches, JIT — is over). */
async function idle(pid) {
  await sleep(10000);
  const r = treeRssKb(pid);
  await sleep(10000);
  return { ...r, cpu: cpuPercent(r, treeRssKb(pid), 10000) };
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
  /** A fresh demo-lab config (and database) in its own directory. */
  let n = 0;
  const lab = (security = false) => {
    const dir = path.join(tmp, `lab${++n}`);
    mkdirSync(dir);
    const db = path.join(dir, 'demo.db');
    let text = execFileSync(cli, ['demo', '--print-config', '--port-base', String(base), '--db', db]).toString();
    if (security) text = text.replace(/^pipeline:\n/m, 'pipeline:\n  security: { enabled: true, token_expiry: 1h }\n');
    const cfg = path.join(dir, 'demo.yaml');
    writeFileSync(cfg, text);
    return { cfg, db };
  };

  const port = base + 7;
  // The app inherits this environment: reports it saves go to a private downloads folder.
  const downloads = path.join(tmp, 'downloads');
  const driver = start(driverBin, ['--port', String(port), '--native-port', String(base + 6), '--native-driver', '/usr/bin/WebKitWebDriver'], { DISPLAY, PIPELINE_GUARD_DOWNLOADS: downloads });
  const wd = `http://127.0.0.1:${port}`;
  await waitFor('tauri-driver', async () => (await fetch(`${wd}/status`)).ok, 20000).catch(() => {
    throw new Error(`tauri-driver did not start:\n${driver.log()}`);
  });
  const callAt = (wd) => async (method, url, body) => {
    const r = await fetch(`${wd}${url}`, { method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
    const j = await r.json();
    if (!r.ok || j.value?.error) throw new Error(`${method} ${url}: ${JSON.stringify(j.value ?? j)}`);
    return j.value;
  };
  const call = callAt(wd);

  /** One app window on `l`; returns WebDriver helpers and the time to first data. */
  async function openApp(l, { args = ['--config', l.cfg, '--db', l.db], call = callAt(wd) } = {}) {
    // Lab ports are reused: the previous app (and its children) must be gone.
    await waitFor('the previous app to exit', () => appPids().length === 0, 15000);
    const t0 = Date.now();
    const session = await call('POST', '/session', {
      capabilities: { alwaysMatch: { browserName: 'wry', 'tauri:options': { application: app, args } } },
    });
    const sid = session.sessionId;
    const find = async (css) => (await call('POST', `/session/${sid}/elements`, { using: 'css selector', value: css })).map((e) => Object.values(e)[0]);
    const textOf = async (css) => {
      const [el] = await find(css);
      return el ? call('GET', `/session/${sid}/element/${el}/text`) : null;
    };
    const attr = async (css, name) => {
      const [el] = await find(css);
      return el ? call('GET', `/session/${sid}/element/${el}/attribute/${name}`) : null;
    };
    const run = (script) => call('POST', `/session/${sid}/execute/sync`, { script, args: [] });
    const shot = async (name) => {
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(path.join(ARTIFACTS, `${name}.png`), Buffer.from(await call('GET', `/session/${sid}/screenshot`), 'base64'));
    };
    const close = () => call('DELETE', `/session/${sid}`).catch(() => {});
    const click = async (css) => {
      const [el] = await find(css);
      if (!el) throw new Error(`no ${css} to click`);
      await call('POST', `/session/${sid}/element/${el}/click`, {});
    };
    return { sid, t0, find, textOf, attr, run, shot, close, click };
  }

  if (benchRuns) {
    const first = [];
    const rss = [];
    const pss = [];
    const cpu = [];
    let names = [];
    let pssNames = [];
    /** PSS by process name, MiB: total (anonymous + file-backed + shared memory). */
    const pssSplit = (by) =>
      Object.entries(by).map(([k, v]) => `${k} ${(v.pss / 1024).toFixed(1)} (anon ${(v.anon / 1024).toFixed(1)} + file ${(v.file / 1024).toFixed(1)} + shmem ${(v.shmem / 1024).toFixed(1)})`);
    let floorNames = [];
    for (let i = 0; i < benchRuns; i++) {
      const w = await openApp(lab());
      await waitFor('six components on the overview', async () => (await w.textOf('[data-testid="tile-components"] .big')) === '6', 30000, 20);
      first.push(Date.now() - w.t0);
      await waitFor('every component checked', async () => (await w.find('[data-testid="count-healthy"]')).length === 1, 15000);
      const r = await idle(appPids()[0]);
      cpu.push(r.cpu);
      rss.push(r.kb / 1024);
      pss.push(r.pss / 1024);
      names = Object.entries(r.by).map(([k, v]) => `${k} ${(v / 1024).toFixed(0)}`);
      pssNames = pssSplit(r.pssBy);
      await w.close();
    }
    // Baseline in the same run: the engine alone serving the same lab, to its first overview.
    const base0 = [];
    const baseRss = [];
    const baseCpu = [];
    for (let i = 0; i < benchRuns; i++) {
      await waitFor('the previous app to exit', () => appPids().length === 0, 15000);
      const l = lab();
      const t0 = Date.now();
      const srv = start(cli, ['serve', '--config', l.cfg, '--db', l.db, '--listen', `127.0.0.1:${port + 100}`]);
      await waitFor('serve answers the overview', async () => (await (await fetch(`http://127.0.0.1:${port + 100}/api/overview`)).json()).components === 6, 30000, 20);
      base0.push(Date.now() - t0);
      const b = await idle(srv.pid);
      baseRss.push(b.pss / 1024);
      baseCpu.push(b.cpu);
      await stop(srv);
      await sleep(500);
    }
    // The floor in the same run: WebKitGTK itself (Debian's MiniBrowser, same display, same
    // WebKit settings as the app) showing one line of text. No WebKitGTK app goes below it.
    const floorRss = [];
    const floorPss = [];
    const floorCpu = [];
    for (let i = 0; i < benchRuns; i++) {
      const mb = start(MINIBROWSER, ['--geometry=1280x800', 'data:text/html,<h1>Hello</h1>'], { DISPLAY, WEBKIT_DISABLE_COMPOSITING_MODE: '1' });
      const r = await idle(mb.pid);
      floorCpu.push(r.cpu);
      floorRss.push(r.kb / 1024);
      floorPss.push(r.pss / 1024);
      floorNames = pssSplit(r.pssBy);
      await stop(mb);
    }
    console.log(`desktop app (${process.env.PG_PROFILE ?? 'debug'} build), ${benchRuns} cold starts:`);
    console.log(`  launch to first data on screen: median ${median(first)} ms (${first.join(', ')})`);
    console.log(`  idle RSS of the app tree: median ${median(rss).toFixed(1)} MiB (${rss.map((x) => x.toFixed(1)).join(', ')}); last run by process, MiB: ${names.join(', ')}`);
    console.log(`  idle PSS of the app tree (shared pages counted once): median ${median(pss).toFixed(1)} MiB (${pss.map((x) => x.toFixed(1)).join(', ')})`);
    console.log(`  last run's idle PSS by process, MiB: ${pssNames.join('; ')}`);
    console.log(`  idle CPU of the app tree: median ${median(cpu).toFixed(1)} % of one core (${cpu.map((x) => x.toFixed(1)).join(', ')})`);
    console.log(`baseline, the engine alone (pipeline-guard serve, no window), same lab:`);
    console.log(`  launch to first overview answer: median ${median(base0)} ms (${base0.join(', ')})`);
    console.log(`  idle PSS: median ${median(baseRss).toFixed(1)} MiB; idle CPU: median ${median(baseCpu).toFixed(1)} % of one core`);
    console.log(`floor, WebKitGTK alone (MiniBrowser showing one line of text, compositing off, same display):`);
    console.log(`  idle RSS of its tree: median ${median(floorRss).toFixed(1)} MiB; idle PSS: median ${median(floorPss).toFixed(1)} MiB; idle CPU: median ${median(floorCpu).toFixed(1)} % of one core`);
    console.log(`  last run's idle PSS by process, MiB: ${floorNames.join('; ')}`);
  } else {
    // 1. The demo lab, security off: live data in the real window.
    const w = await openApp(lab());
    await waitFor('six components on the overview', async () => (await w.textOf('[data-testid="tile-components"] .big')) === '6', 30000, 50);
    const firstData = Date.now() - w.t0;
    if ((await w.run("return '__TAURI_INTERNALS__' in window")) !== true) throw new Error('the page does not run inside Tauri');
    await waitFor('every component checked', async () => (await w.find('[data-testid="count-healthy"]')).length === 1, 15000);
    await waitFor('the live stream', async () => (await w.attr('[data-testid="connection"]', 'data-connected')) === 'true', 10000);
    const n0 = Number(await w.attr('[data-testid="event-count"]', 'data-count'));
    await waitFor('live engine events through Tauri', async () => Number(await w.attr('[data-testid="event-count"]', 'data-count')) >= n0 + 3, 15000);
    await waitFor('the feed', async () => (await w.find('[data-testid="feed"] li')).length > 0, 10000);
    await sleep(1000);
    await w.shot('app-overview');
    // A component's history through the `samples` command.
    await w.run("location.hash = '#/components/checkout-api'; return true");
    await waitFor('latency chart points', async () => Number(await w.attr('[data-testid="chart-response_time_seconds"]', 'data-points')) > 1, 20000);
    await w.shot('app-component-detail');
    // Healing controls enabled (security off: the anonymous operator may do everything).
    await w.run("location.hash = '#/healing'; return true");
    await waitFor('the heal button', async () => (await w.find('[data-testid="heal-button"]')).length === 1, 10000);
    if ((await w.attr('[data-testid="heal-button"]', 'data-denied')) !== 'false') throw new Error('healing is disabled with security off');
    // The commands behind the Incidents and Healing pages answer the shapes the typed client
    // expects (lists; the stats as `{overall, components}`), with the query the client sends.
    const shapes = await call('POST', `/session/${w.sid}/execute/async`, {
      script: "const done = arguments[arguments.length - 1]; const i = window.__TAURI_INTERNALS__.invoke; Promise.all([i('incidents', { query: { lang: 'de' } }), i('healing_actions', { limit: 5, lang: 'de' }), i('healing_stats')]).then((r) => done(JSON.stringify(r.map((x) => (Array.isArray(x) ? 'list' : Object.keys(x).sort().join(','))))), (e) => done('error ' + JSON.stringify(e)));",
      args: [],
    });
    if (shapes !== '["list","list","components,overall"]') throw new Error(`incidents / healing_actions / healing_stats answered ${shapes}`);
    await waitFor('the healing figures on the page', async () => /\d/.test((await w.textOf('[data-testid="healing-attempts"]')) ?? ''), 10000);
    // A compliance report saved from the window lands in the downloads folder, and the page
    // says where (a webview has no save dialog; a blob download would vanish silently).
    await w.run("location.hash = '#/compliance'; return true");
    await waitFor('the PDF export enabled', async () => (await w.find('[data-export="pdf"]:not([disabled])')).length === 1, 30000);
    await w.click('[data-export="pdf"]');
    await waitFor('the saved notice', async () => ((await w.textOf('[data-testid="exported"]')) ?? '').includes(downloads), 60000);
    const saved = readdirSync(downloads).filter((f) => f.endsWith('.pdf'));
    if (saved.length !== 1) throw new Error(`expected one PDF in ${downloads}, found ${JSON.stringify(saved)}`);
    if (readFileSync(path.join(downloads, saved[0])).subarray(0, 4).toString() !== '%PDF') throw new Error(`${saved[0]} is not a PDF`);
    await w.shot('app-compliance-saved');
    console.log(`ok   desktop app: a compliance report saved from the window (${saved[0]} in the downloads folder)`);
    const [pid] = appPids();
    await assertNoListener(appPids());
    console.log('ok   desktop app: no listening socket (the UI talks to the engine through IPC)');
    const rss = treeRssKb(pid);
    console.log(`ok   desktop app: first data on screen ${firstData} ms after launch; live events flow; charts from the samples command`);
    console.log(`     app tree: RSS ${(rss.kb / 1024).toFixed(1)} MiB, PSS ${(rss.pss / 1024).toFixed(1)} MiB (${rss.names.join(', ')})`);
    await w.close();

    // 2. Security on, the OS user's account is a viewer: the app acts as it and hides nothing
    //    but disables what a viewer may not do.
    const l = lab(true);
    const me = os.userInfo().username;
    execFileSync(cli, ['user', 'add', me, '--role', 'viewer', '--db', l.db], { input: 'viewer password 123\n' });
    const v = await openApp(l);
    await waitFor('six components for the viewer', async () => (await v.textOf('[data-testid="tile-components"] .big')) === '6', 30000, 50);
    await waitFor('signed in as the OS user', async () => (await v.attr('[data-testid="session"]', 'data-role')) === 'viewer', 10000);
    await v.run("location.hash = '#/healing'; return true");
    await waitFor('the read-only notice', async () => (await v.find('[data-testid="read-only"]')).length === 1, 10000);
    for (const sel of ['[data-testid="heal-button"]', '[data-testid="pause-toggle"]']) {
      if ((await v.attr(sel, 'disabled')) === null) throw new Error(`${sel} is enabled for a viewer`);
    }
    // The Rust side refuses too (not only the button): invoke the command directly.
    const refused = await call('POST', `/session/${v.sid}/execute/async`, {
      script: "const done = arguments[arguments.length - 1]; window.__TAURI_INTERNALS__.invoke('heal', { name: 'inventory', strategy: 'restart' }).then(() => done('allowed'), (e) => done(e.code));",
      args: [],
    });
    if (refused !== 'forbidden') throw new Error(`heal as a viewer answered ${refused}`);
    await sleep(500);
    await v.shot('app-viewer-healing');
    console.log(`ok   desktop app as a viewer (OS user ${me}): healing controls disabled, the heal command refused`);
    await v.close();

    // 3. Started from the desktop menu: no arguments, an empty HOME, no XDG variables, the
    //    system's language from LANG. The welcome screen (src-tauri/src/welcome.rs) in Arabic
    //    (right to left), then in English: the demo lab is chosen and runs, the choice is
    //    remembered and the next start goes straight to the dashboard; a remembered config that
    //    has since broken is shown in the window with FILE:LINE:COL, and another one is picked
    //    in the native file dialog (GTK, typed into with xdotool).
    const menuDriver = async (home, lang) => {
      mkdirSync(home, { recursive: true });
      const p = await freePorts(2);
      const env = { DISPLAY, HOME: home, XDG_CONFIG_HOME: '', XDG_DATA_HOME: '', PIPELINE_GUARD_CONFIG: '', PIPELINE_GUARD_DOWNLOADS: downloads, LANG: lang, LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '' };
      const d = start(driverBin, ['--port', String(p + 1), '--native-port', String(p), '--native-driver', '/usr/bin/WebKitWebDriver'], env);
      const url = `http://127.0.0.1:${p + 1}`;
      await waitFor('a tauri-driver', async () => (await fetch(`${url}/status`)).ok, 20000).catch(() => {
        throw new Error(`tauri-driver did not start:\n${d.log()}`);
      });
      return callAt(url);
    };
    const pageText = (w) => w.run('return document.body.innerText');
    // The welcome screen is shot from the X display (ImageMagick's `import`): WebKitWebDriver's
    // screenshot of a page that does not change never returns (it waits for a frame).
    const xshot = (name) => {
      mkdirSync(ARTIFACTS, { recursive: true });
      execFileSync('import', ['-window', 'root', path.join(ARTIFACTS, `${name}.png`)], { env: { ...process.env, DISPLAY } });
    };
    const arHome = path.join(tmp, 'home-ar');
    const a = await openApp(null, { args: [], call: await menuDriver(arHome, 'ar_EG.UTF-8') });
    await waitFor('the welcome screen in Arabic', async () => (await pageText(a)).includes('مرحبًا بك في Pipeline Guard'), 30000, 50);
    if ((await a.run('return document.documentElement.dir')) !== 'rtl') throw new Error('the Arabic welcome screen is not right to left');
    await sleep(500);
    xshot('app-welcome-ar');
    if (existsSync(path.join(arHome, '.config/pipeline-guard'))) throw new Error('the welcome screen wrote a config before any choice');
    await a.close();
    console.log('ok   desktop app without arguments: the welcome screen in the system language (Arabic, right to left), nothing written yet');

    const home = path.join(tmp, 'home');
    const menu = await menuDriver(home, 'en_US.UTF-8');
    const f = await openApp(null, { args: [], call: menu });
    await waitFor('the welcome screen', async () => (await pageText(f)).includes('Welcome to Pipeline Guard'), 30000, 50);
    for (const c of ['demo', 'open', 'create']) if ((await f.find(`[data-choice="${c}"]`)).length !== 1) throw new Error(`no "${c}" choice`);
    if (!(await pageText(f)).includes(path.join(home, '.config/pipeline-guard/config.yaml'))) throw new Error('the template path is not shown');
    await sleep(500);
    xshot('app-welcome-en');
    await f.click('[data-choice="demo"]');
    await waitFor('the demo lab on the dashboard', async () => (await f.textOf('[data-testid="tile-components"] .big')) === '6', 60000, 50);
    await waitFor('live data: every component checked', async () => (await f.find('[data-testid="count-healthy"]')).length === 1, 30000);
    const startFile = path.join(home, '.config/pipeline-guard/start.json');
    if (JSON.parse(readFileSync(startFile, 'utf8')).start !== 'demo') throw new Error(`${startFile} does not remember the demo`);
    const demoCfg = path.join(home, '.local/share/pipeline-guard/demo.yaml');
    await waitFor('the window title naming the demo config', () => execFileSync('xwininfo', ['-root', '-tree'], { env: { ...process.env, DISPLAY } }).toString().includes(`"Pipeline Guard — ${demoCfg}"`), 10000);
    await f.shot('app-welcome-demo-dashboard');
    await f.close();
    console.log('ok   desktop app: the demo lab chosen on the welcome screen runs (6 components, live data), the choice remembered in ~/.config/pipeline-guard/start.json');

    const g = await openApp(null, { args: [], call: menu });
    await waitFor('the dashboard straight away', async () => (await g.textOf('[data-testid="tile-components"] .big')) === '6', 60000, 50);
    if ((await g.find('[data-testid="welcome"]')).length !== 0) throw new Error('the welcome screen came back on the second start');
    await g.close();
    console.log('ok   desktop app: the second start goes straight to the dashboard');

    // The remembered config breaks (an operator's edit): the window shows where.
    const broken = path.join(home, 'broken.yaml');
    writeFileSync(broken, 'components:\n  - name: api\n    check: { tcp: { addr: "127.0.0.1:9" } }\n    interval: soon\n');
    writeFileSync(startFile, JSON.stringify({ start: 'config', path: broken }));
    const b = await openApp(null, { args: [], call: menu });
    await waitFor('the error in the window', async () => (await b.find('[data-testid="welcome-error"]')).length === 1, 30000, 50);
    const err = await b.textOf('[data-testid="welcome-error"] pre');
    if (!new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:\\d+: `, 'm').test(err)) throw new Error(`no FILE:LINE:COL in the window: ${err}`);
    await sleep(300);
    xshot('app-welcome-error');
    // Pick again: another config in the native file dialog.
    const good = lab();
    await b.click('[data-choice="open"]');
    const xenv = { env: { ...process.env, DISPLAY } };
    let dialog = '';
    await waitFor('the file dialog', () => (dialog = execFileSync('xdotool', ['search', '--name', '^Open a config file$'], xenv).toString().trim().split('\n')[0]) !== '', 20000).catch((e) => {
      throw new Error(`no native file dialog: ${e}`);
    });
    execFileSync('xdotool', ['windowfocus', '--sync', dialog], xenv);
    await sleep(500);
    execFileSync('xdotool', ['key', 'ctrl+l'], xenv);
    await sleep(300);
    execFileSync('xdotool', ['type', '--delay', '5', good.cfg], xenv);
    await sleep(300);
    execFileSync('xdotool', ['key', 'Return'], xenv);
    await waitFor('the picked config on the dashboard', async () => (await b.textOf('[data-testid="tile-components"] .big')) === '6', 60000, 50);
    const remembered = JSON.parse(readFileSync(startFile, 'utf8'));
    if (remembered.start !== 'config' || remembered.path !== good.cfg) throw new Error(`the picked file is not remembered: ${JSON.stringify(remembered)}`);
    await b.close();
    console.log('ok   desktop app: a broken remembered config is shown in the window with FILE:LINE:COL; another one picked in the native file dialog runs and is remembered');

    // 4. Desktop notifications through Tauri's notification plugin: a private session bus, a
    //    dbus-monitor on it watching org.freedesktop.Notifications.Notify, and the app started
    //    on that bus. The operator chooses German in Settings and only critical incidents; a
    //    critical component goes down, and the Notify call carries the German text.
    const bus = start('dbus-daemon', ['--session', '--nofork', '--print-address']);
    const busAddr = await waitFor('the private session bus', () => /^(unix:\S+)/m.exec(bus.log())?.[1], 10000);
    const monitor = start('dbus-monitor', ['--address', busAddr, "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"]);
    await waitFor('dbus-monitor on the private bus', () => monitor.log().includes('NameAcquired') || monitor.log().includes('NameLost'), 10000);
    const p3 = await freePorts(2);
    const busEnv = { DISPLAY, DBUS_SESSION_BUS_ADDRESS: busAddr, PIPELINE_GUARD_DOWNLOADS: downloads };
    const driver3 = start(driverBin, ['--port', String(p3 + 1), '--native-port', String(p3), '--native-driver', '/usr/bin/WebKitWebDriver'], busEnv);
    const wd3 = `http://127.0.0.1:${p3 + 1}`;
    await waitFor('the third tauri-driver', async () => (await fetch(`${wd3}/status`)).ok, 20000).catch(() => {
      throw new Error(`tauri-driver did not start:\n${driver3.log()}`);
    });
    const ndir = path.join(tmp, 'notify');
    mkdirSync(ndir);
    const upFile = path.join(ndir, 'payments-up');
    writeFileSync(upFile, '');
    const ncfg = path.join(ndir, 'notify.yaml');
    writeFileSync(ncfg, `pipeline:\n  monitoring: { interval: 500ms, health_check_timeout: 500ms, jitter: 0 }\n  notifications:\n    channels:\n      - name: desk\n        language: de\n        filter: { events: [incident_opened] }\n        desktop: {}\ncomponents:\n  - name: payments\n    critical: true\n    check: { command: { run: ["test", "-e", "${upFile}"] } }\n    recovery: [notify]\n`);
    const call3 = callAt(wd3);
    const nw = await openApp({ cfg: ncfg, db: path.join(ndir, 'guard.db') }, { call: call3 });
    await waitFor('payments checked healthy', async () => (await nw.find('[data-testid="count-healthy"]')).length === 1, 30000);
    await nw.run("localStorage.setItem('pipeline-guard.lang', 'de'); location.hash = '#/settings'; location.reload(); return true");
    await waitFor('the desktop notification settings', async () => (await nw.find('[data-testid="desktop-notify"]')).length === 1, 20000);
    const prefs = () => call3('POST', `/session/${nw.sid}/execute/async`, {
      script: "const done = arguments[arguments.length - 1]; window.__TAURI_INTERNALS__.invoke('desktop_notify_settings').then((p) => done(JSON.stringify(p)), (e) => done('error ' + JSON.stringify(e)));",
      args: [],
    }).catch(() => null);
    await waitFor('the notifications in German', async () => JSON.parse((await prefs()) ?? '{}').language === 'de', 10000);
    if ((await nw.attr('[data-testid="desktop-notify-failed"]', 'checked')) === null) throw new Error('failed healing is not on by default');
    await nw.click('[data-testid="desktop-notify-failed"]');
    await waitFor('only critical incidents notify', async () => (await prefs()) === JSON.stringify({ critical_incidents: true, failed_healing: false, language: 'de' }), 10000);
    await nw.shot('app-desktop-notify-settings');
    // "Send test" on the config's desktop channel reaches the OS notification area too.
    const sent = await call3('POST', `/session/${nw.sid}/execute/async`, {
      script: "const done = arguments[arguments.length - 1]; window.__TAURI_INTERNALS__.invoke('test_notification_channel', { name: 'desk' }).then((r) => done(JSON.stringify(r)), (e) => done('error ' + JSON.stringify(e)));",
      args: [],
    });
    if (!JSON.parse(sent).delivered) throw new Error(`the desktop channel's test: ${sent}`);
    await waitFor('the test message on the session bus', () => monitor.log().includes('string "Testnachricht von Pipeline Guard"'), 20000);
    console.log('ok   desktop app: "Send test" on the config\'s desktop channel reached the session bus (Testnachricht von Pipeline Guard)');
    const before = monitor.log().length;
    rmSync(upFile);
    const notify = await waitFor('the Notify call on the session bus', () => {
      const log = monitor.log().slice(before);
      return log.includes('member=Notify') && /string "Vorfall #\d+: payments hat ein Problem"/.test(log) ? log : null;
    }, 60000);
    const body = /string "payments ist ausgefallen[^"]*"/.exec(notify);
    if (!body) throw new Error(`the notification body is not the German one:\n${notify.slice(0, 3000)}`);
    console.log(`ok   desktop app: a new critical incident reached the session bus as org.freedesktop.Notifications.Notify in the operator's language (${/string "(Vorfall #\d+: payments hat ein Problem)"/.exec(notify)[1]} / ${body[0].slice(8, -1)})`);
    console.log('     (clicking it cannot bring the window to the incident on Linux: the plugin sends Notify without actions and waits for no reply)');
    await nw.close();
  }
} catch (e) {
  failed = true;
  console.log(`FAIL desktop app under Xvfb\n     ${String(e.stack ?? e).split('\n').join('\n     ')}`);
  for (const c of children) if (c.log().trim()) console.log(`---- ${c.spawnargs[0]}\n${c.log().slice(-3000)}`);
} finally {
  await cleanup();
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
