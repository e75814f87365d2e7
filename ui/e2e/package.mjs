// The installed app started the way the desktop menu starts it: the `Exec` line of its desktop
// entry (field codes dropped), under a private Xvfb, with an empty HOME and no XDG variables,
// driven by tauri-driver + WebKitWebDriver. It must show the welcome screen (its text found in
// the page) and write nothing before a choice; the screen is shot from the X display to
// artifacts/ui/package-welcome.png. Run by scripts/test-package.sh (`make test-package`).
//
//   node e2e/package.mjs /usr/share/applications/NAME.desktop
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARTIFACTS, freePorts, sleep, waitFor } from './harness.mjs';

const desktop = process.argv[2];
const exec = /^Exec=(.*)$/m.exec(readFileSync(desktop, 'utf8'))?.[1];
if (!exec) throw new Error(`${desktop} has no Exec line`);
// Desktop Entry spec: %f %F %u %U … are field codes the launcher fills (with nothing here).
const [prog, ...args] = exec.split(/\s+/).filter((w) => !/^%[fFuUdDnNickvm]$/.test(w));
const app = prog.includes('/') ? prog : process.env.PATH.split(':').map((d) => path.join(d, prog)).find((p) => existsSync(p));
if (!app) throw new Error(`${prog} (the Exec line of ${desktop}) is not on the PATH`);
const driverBin = process.env.TAURI_DRIVER;
if (!driverBin || !existsSync(driverBin)) throw new Error('set TAURI_DRIVER to the tauri-driver binary (scripts/setup.sh tauri-driver)');

const children = [];
const start = (cmd, argv, env) => {
  const c = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let log = '';
  c.stdout.on('data', (d) => (log = (log + d).slice(-5000)));
  c.stderr.on('data', (d) => (log = (log + d).slice(-5000)));
  c.log = () => log;
  children.push(c);
  return c;
};
const tmp = mkdtempSync(path.join(os.tmpdir(), 'pg-package-'));
let failed = false;
try {
  let display = 90;
  while (existsSync(`/tmp/.X11-unix/X${display}`) || existsSync(`/tmp/.X${display}-lock`)) display++;
  const DISPLAY = `:${display}`;
  start('Xvfb', [DISPLAY, '-screen', '0', '1440x900x24', '-nolisten', 'tcp']);
  await waitFor('Xvfb', () => existsSync(`/tmp/.X11-unix/X${display}`), 10000);
  const home = path.join(tmp, 'home');
  mkdirSync(home);
  const p = await freePorts(2);
  const env = { DISPLAY, HOME: home, XDG_CONFIG_HOME: '', XDG_DATA_HOME: '', PIPELINE_GUARD_CONFIG: '', LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '' };
  const driver = start(driverBin, ['--port', String(p + 1), '--native-port', String(p), '--native-driver', '/usr/bin/WebKitWebDriver'], env);
  const wd = `http://127.0.0.1:${p + 1}`;
  await waitFor('tauri-driver', async () => (await fetch(`${wd}/status`)).ok, 20000).catch(() => {
    throw new Error(`tauri-driver did not start:\n${driver.log()}`);
  });
  const call = async (method, url, body) => {
    const r = await fetch(`${wd}${url}`, { method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
    const j = await r.json();
    if (!r.ok || j.value?.error) throw new Error(`${method} ${url}: ${JSON.stringify(j.value ?? j)}`);
    return j.value;
  };
  const { sessionId: sid } = await call('POST', '/session', { capabilities: { alwaysMatch: { browserName: 'wry', 'tauri:options': { application: app, args } } } });
  const text = () => call('POST', `/session/${sid}/execute/sync`, { script: 'return document.body.innerText', args: [] });
  await waitFor('the welcome screen', async () => (await text()).includes('Welcome to Pipeline Guard'), 60000, 100);
  if (!(await text()).includes('Run the demo lab')) throw new Error('the welcome screen offers no demo lab');
  await sleep(500);
  mkdirSync(ARTIFACTS, { recursive: true });
  const shot = path.join(ARTIFACTS, 'package-welcome.png');
  execFileSync('import', ['-window', 'root', shot], { env: { ...process.env, DISPLAY } });
  const written = existsSync(path.join(home, '.config')) ? readdirSync(path.join(home, '.config'), { recursive: true }) : [];
  if (written.length) throw new Error(`the welcome screen wrote ${written.join(', ')} before any choice`);
  await call('DELETE', `/session/${sid}`).catch(() => {});
  console.log(`ok   the installed app (${exec} from ${desktop}) shows the welcome screen on an empty HOME (${shot})`);
} catch (e) {
  failed = true;
  console.log(`FAIL the installed app under Xvfb\n     ${String(e.stack ?? e).split('\n').join('\n     ')}`);
  for (const c of children) if (c.log().trim()) console.log(`---- ${c.spawnargs[0]}\n${c.log().slice(-3000)}`);
} finally {
  for (const c of children.reverse()) if (c.exitCode === null) c.kill('SIGTERM');
  await sleep(500);
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
