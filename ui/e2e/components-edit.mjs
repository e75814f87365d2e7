// Component management in real Chromium on a real `pipeline-guard serve`: add a component in
// the form (a TCP check against a listener of this test on 127.0.0.1), see it checked, restart
// `serve` on the same files and find it still there and in the YAML (comments kept); a bad value
// gets the validator's FILE:LINE:COL message beside its field and leaves the file as it was;
// pause (no checks, `paused: true` in the file), resume, delete with its history purged.
// Screenshots of the form: artifacts/ui/component-form.png, component-form-problems.png.
// `node e2e/components-edit.mjs [name-filter]`.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { UI_DIR, binDir, freePorts, launchBrowser, runTests, screenshot, sleep, waitFor } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const HEAD = `# Lab for the component form test: this comment must survive every change.
pipeline:
  security: { enabled: false }
  monitoring: { interval: 300ms, jitter: 0 } # fast checks
components:
  # the one that was there first
  - name: base
    check: { command: { run: ["true"] } }
# end of the components
`;

const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-e2e-comp-'));
const cfg = path.join(dir, 'pipeline.yaml');
writeFileSync(cfg, HEAD);
const listen = `127.0.0.1:${await freePorts(1)}`;
const url = `http://${listen}`;

/** `pipeline-guard serve` on the test's config and database; `stop` keeps the files. */
async function serve() {
  const child = spawn(path.join(binDir(), 'pipeline-guard'), ['serve', '--config', cfg, '--db', path.join(dir, 'guard.db'), '--listen', listen, '--ui-dir', path.join(UI_DIR, 'dist')], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, RUST_LOG: 'warn' },
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let exited = null;
  child.on('exit', (code, sig) => (exited = { code, sig }));
  await waitFor('serve to be ready', async () => {
    if (exited) throw new Error(`serve exited (${JSON.stringify(exited)}):\n${log}`);
    return (await fetch(`${url}/ready`)).ok;
  }, 60000, 300);
  return {
    log: () => log,
    stop: async () => {
      if (exited) return;
      child.kill('SIGTERM');
      await waitFor('serve to stop', () => exited, 15000).catch(() => child.kill('SIGKILL'));
    },
  };
}

// A loopback TCP service the new component checks: it counts the connections.
let hits = 0;
const svc = net.createServer((s) => (hits++, s.end()));
await new Promise((r) => svc.listen(0, '127.0.0.1', r));
const svcAddr = `127.0.0.1:${svc.address().port}`;

let guard = await serve();
const browser = await launchBrowser();
const page = await browser.ctx.newPage();
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(String(e)));

const api = async (route) => {
  const r = await fetch(`${url}${route}`);
  return { status: r.status, body: await r.json().catch(() => null) };
};
const file = () => readFileSync(cfg, 'utf8');
const field = (ptr) => page.locator(`[data-testid="component-form"] [data-field="${ptr}"] input, [data-testid="component-form"] [data-field="${ptr}"] textarea, [data-testid="component-form"] [data-field="${ptr}"] select`).first();
const problemText = (ptr) => page.locator(`[data-testid="component-form"] [data-problem-for="${ptr}"]`).innerText();

async function openAdd() {
  await page.goto(`${url}/#/components`);
  await page.click('[data-testid="add-component"]');
  await page.waitForSelector('[data-testid="component-form"] [data-field="/name"] input');
}

async function fillTcp(name, interval) {
  await field('/name').fill(name);
  await field('/check').selectOption('tcp');
  await field('/check/tcp/addr').fill(svcAddr);
  await field('/check/interval').fill(interval);
}

await runTests(
  [
    ['a bad value gets the validator message beside its field and the file is unchanged', async () => {
      const before = file();
      await openAdd();
      await fillTcp('web', 'soon');
      await screenshot(page, 'component-form');
      await page.click('[data-testid="comp-form-save"]');
      await page.waitForSelector('[data-testid="component-form"] [data-problem-for="/check/interval"]');
      const msg = await problemText('/check/interval');
      // FILE:LINE:COL, as `pipeline-guard validate` says it.
      if (!new RegExp(`${cfg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: `).test(msg)) throw new Error(`no FILE:LINE:COL message beside the interval: ${msg}`);
      if ((await field('/check/interval').getAttribute('aria-invalid')) !== 'true') throw new Error('the interval is not marked invalid');
      await screenshot(page, 'component-form-problems');
      if (file() !== before) throw new Error('a refused change touched the file');
      if ((await api('/api/components/web')).status !== 404) throw new Error('a refused component exists');
      // A name the validator refuses, said beside the name.
      await field('/check/interval').fill('200ms');
      await field('/name').fill('bad name!');
      await page.click('[data-testid="comp-form-save"]');
      await page.waitForSelector('[data-testid="component-form"] [data-problem-for="/name"]');
      await page.keyboard.press('Escape');
    }],
    ['add a component in the form: checked at once, written to the YAML, shown in another tab', async () => {
      // Another operator's tab, open on the list before the change.
      const other = await browser.ctx.newPage();
      await other.goto(`${url}/#/components`);
      await other.waitForSelector('[data-component="base"]');
      await openAdd();
      await fillTcp('web', '200ms');
      await page.click('[data-testid="comp-form-save"]');
      await page.waitForURL(/#\/components\/web$/);
      await waitFor('the new component healthy on its page', async () => (await page.locator('[data-testid="detail-status"]').getAttribute('class'))?.includes('healthy'));
      const c = (await api('/api/components/web')).body;
      if (c.status !== 'healthy' || c.checks_total < 1 || hits < 1) throw new Error(`not checked: ${JSON.stringify(c)} hits=${hits}`);
      const text = file();
      if (!text.startsWith(HEAD.split('# end of the components')[0]) || !text.includes('# end of the components') || !text.includes('- name: web') || !text.includes(svcAddr)) throw new Error(`the YAML:\n${text}`);
      // The other tab learns it from the event stream (`component_changed`), without a reload.
      await other.waitForSelector('[data-component="web"]', { timeout: 10000 });
      await other.goto(`${url}/#/overview`);
      await other.waitForSelector('[data-testid="feed"] li[data-kind="component_changed"][data-component="web"]', { timeout: 10000 });
      await other.close();
    }],
    ['after a restart of serve the component is still there and still checked', async () => {
      await guard.stop();
      guard = await serve();
      const n = hits;
      await waitFor('web checked again', async () => hits > n && (await api('/api/components/web')).body?.status === 'healthy');
      await page.goto(`${url}/#/components`);
      await page.waitForSelector('[data-component="web"]');
      if (!file().includes('# Lab for the component form test: this comment must survive every change.')) throw new Error('the comment is gone');
    }],
    ['pause and resume from the component page', async () => {
      await page.goto(`${url}/#/components/web`);
      await page.click('[data-testid="comp-pause"]');
      await page.click('[data-testid="confirm-ok"]');
      await page.waitForSelector('[data-testid="paused-badge"]');
      const paused = (await api('/api/components/web')).body;
      if (!paused.paused || !file().includes('paused: true')) throw new Error(`not paused: ${JSON.stringify(paused)}`);
      const n = hits;
      await new Promise((r) => setTimeout(r, 1200));
      if (hits > n + 1) throw new Error(`a paused component was checked ${hits - n} times`);
      await page.click('[data-testid="comp-resume"]');
      await waitFor('the badge gone', async () => (await page.locator('[data-testid="paused-badge"]').count()) === 0);
      await waitFor('checked again', async () => hits > n + 1);
      if (file().includes('paused')) throw new Error('`paused` still in the file');
    }],
    ['edit: the form shows the entry as written and the new values are used', async () => {
      await page.goto(`${url}/#/components/web`);
      await page.click('[data-testid="comp-edit"]');
      await waitFor('the entry in the form', async () => (await field('/check/tcp/addr').inputValue()) === svcAddr);
      const critical = page.locator('[data-testid="component-form"] [data-field="/critical"] input');
      await critical.check();
      // `web` was just resumed (the test before), so the list refetches it on every 3 s tick for
      // 12 s and replaces its object: the form must keep what the operator set meanwhile.
      await sleep(3500);
      if (!(await critical.isChecked())) throw new Error('a refresh of the live list reset the form');
      await page.click('[data-testid="comp-form-save"]');
      await waitFor('critical', async () => (await api('/api/components/web')).body?.critical === true);
      if (!/- name: web[\s\S]*critical: true/.test(file())) throw new Error(`the YAML:\n${file()}`);
    }],
    ['delete with its history purged', async () => {
      await page.goto(`${url}/#/components/web`);
      await page.click('[data-testid="comp-delete"]');
      await page.check('[data-testid="delete-purge"]');
      await page.click('[data-testid="confirm-ok"]');
      await page.waitForURL(/#\/components$/);
      await waitFor('gone from the API', async () => (await api('/api/components/web')).status === 404);
      await waitFor('gone from the list', async () => (await page.locator('[data-component="web"]').count()) === 0);
      if (file() !== HEAD) throw new Error(`the YAML is not back to the original:\n${file()}`);
      const audit = readFileSync(cfg, 'utf8');
      if (!audit.includes('base')) throw new Error('base lost');
    }],
    ['axe-core: no critical or serious violation in the form with problems, and in the delete dialog (en light, en dark, ar)', async () => {
      const problems = [];
      for (const [lang, theme] of [['en', 'light'], ['en', 'dark'], ['ar', 'dark']]) {
        await page.goto(`${url}/#/components`);
        await page.evaluate(([l, th]) => (localStorage.setItem('pipeline-guard.lang', l), localStorage.setItem('pipeline-guard.theme', th)), [lang, theme]);
        await page.reload();
        await page.click('[data-testid="add-component"]');
        await page.waitForSelector('[data-testid="component-form"] [data-field="/name"] input');
        await field('/name').fill('bad name!');
        await field('/check').selectOption('tcp');
        await field('/check/tcp/addr').fill(svcAddr);
        await page.click('[data-testid="supervised"]');
        await page.click('[data-testid="comp-form-save"]');
        await page.waitForSelector('[data-testid="comp-form-problems"]');
        for (const where of ['form', 'delete']) {
          if (where === 'delete') {
            await page.keyboard.press('Escape');
            await page.goto(`${url}/#/components/base`);
            await page.click('[data-testid="comp-delete"]');
            await page.waitForSelector('[data-testid="delete-choice"]');
          }
          if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE}\n;true`);
          const violations = await page.evaluate(async () => {
            const r = await window.axe.run(document, { resultTypes: ['violations'] });
            return r.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${v.impact} ${v.id} ×${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
          });
          for (const v of violations) problems.push(`${lang} ${theme} ${where}: ${v}`);
        }
        await page.keyboard.press('Escape');
      }
      await page.evaluate(() => localStorage.setItem('pipeline-guard.lang', 'en'));
      if (problems.length) throw new Error(problems.join('\n'));
    }],
    ['no page errors', async () => {
      if (pageErrors.length) throw new Error(pageErrors.join('\n'));
    }],
  ],
  process.argv[2],
).then(async (failed) => {
  await browser.close();
  await guard.stop();
  svc.close();
  if (failed) console.log(guard.log());
  rmSync(dir, { recursive: true, force: true });
  process.exit(failed ? 1 : 0);
});
