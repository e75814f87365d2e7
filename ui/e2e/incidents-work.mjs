// Working incidents and the status page, in real Chromium against the real `pipeline-guard
// serve` (security off on loopback: the local operator, the OS account running the guard, is
// the one who acts and the one incidents are assigned to). Alertmanager's webhook, posted by the
// test, opens the incidents. Checks: acknowledge, assign and add a note on the Incidents page,
// each in the engine (API) and live in a second window; the time-range filter (presets, a custom
// range, a reversed one refused); "charts at this incident" opens the component page whose charts
// ask the engine for the range around the incident; `/status` in English and Arabic (RTL) shows
// only the selected components, styled under the CSP. Screenshots: artifacts/ui/.
// `node e2e/incidents-work.mjs [name-filter]`.
import { execFileSync } from 'node:child_process';
import { apiClient, launchBrowser, runTests, screenshot, startServe, waitFor } from './harness.mjs';

const CONFIG = `pipeline:
  monitoring: { interval: 1s }
  status_page: { enabled: true, title: "Regional status", components: [checkout, payments] }
components:
  - name: checkout
    region: eu-west
    check: { command: { run: ["true"] } }
  - name: payments
    region: eu-west
    check: { command: { run: ["true"] } }
  - name: internal-batch
    region: us-east
    check: { command: { run: ["true"] } }
`;
const ME = execFileSync('id', ['-un']).toString().trim();

const guard = await startServe(() => CONFIG);
const browser = await launchBrowser();
const page = await browser.ctx.newPage();
const other = await browser.ctx.newPage();
const pageErrors = [];
for (const p of [page, other]) p.on('pageerror', (e) => pageErrors.push(String(e)));

const api = (route, init) => apiClient(guard.url)(route, init);
async function fire(component, fingerprint) {
  const alert = { version: '4', status: 'firing', receiver: 'guard', groupKey: 'g', alerts: [{ status: 'firing', labels: { alertname: 'HighErrors', component }, annotations: { summary: 'error rate 30%' }, startsAt: new Date(Date.now() - 60_000).toISOString(), endsAt: '0001-01-01T00:00:00Z', fingerprint }] };
  await api('/api/alertmanager', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(alert) });
  return (await api('/api/incidents')).find((i) => i.fingerprint === fingerprint);
}
const incidentOf = async (id) => (await api('/api/incidents')).find((i) => i.id === id);
async function open(p, route) {
  await p.goto(`${guard.url}/#/${route}`);
  await p.waitForSelector('[data-testid="mode-pill"]');
}

const inc = await fire('checkout', 'fp-checkout');
await fire('internal-batch', 'fp-batch');
const card = `article[data-incident="${inc.id}"]`;

const tests = [
  ['acknowledge: the button, the engine, and another window live', async () => {
    await open(page, 'incidents');
    await open(other, 'incidents');
    await page.waitForSelector(`${card} [data-testid="ack"]`);
    await other.waitForSelector(`${card} [data-testid="ack"]`);
    await page.click(`${card} [data-testid="ack"]`);
    await page.waitForSelector(`${card} [data-testid="acknowledged"][data-by="${ME}"]`);
    const i = await incidentOf(inc.id);
    if (i.acknowledged?.by !== ME) throw new Error(`the engine says ${JSON.stringify(i.acknowledged)}`);
    // The other window was not reloaded: the incident_worked event brought it.
    await other.waitForSelector(`${card} [data-testid="acknowledged"][data-by="${ME}"]`, { timeout: 15000 });
    if (await page.locator(`${card} [data-testid="ack"]`).count()) throw new Error('the acknowledge button is still there');
  }],
  ['assign: to the local operator and back to nobody', async () => {
    await page.selectOption(`${card} [data-testid="assignee"]`, ME);
    await page.waitForSelector(`${card} [data-testid="assigned"]`);
    if ((await incidentOf(inc.id)).assignment?.account !== ME) throw new Error('not assigned in the engine');
    await other.waitForFunction(([c, me]) => document.querySelector(`${c} [data-testid="assignee"]`)?.value === me, [card, ME], { timeout: 15000 });
    await page.selectOption(`${card} [data-testid="assignee"]`, '');
    await waitFor('the assignment gone in the engine', async () => (await incidentOf(inc.id)).assignment === null);
    await page.selectOption(`${card} [data-testid="assignee"]`, ME);
    await waitFor('assigned again', async () => (await incidentOf(inc.id)).assignment?.account === ME);
  }],
  ['notes: added, shown with the author, kept in the engine and on the timeline', async () => {
    const text = 'Card vault restarted; watching error rate';
    // Notes fold away while there are none: open them.
    await page.click(`${card} [data-testid="notes-toggle"]`);
    await page.fill(`${card} [data-testid="note-text"]`, text);
    await page.click(`${card} [data-testid="note-add"]`);
    await page.waitForSelector(`${card} [data-testid="note"]:has-text("${text}")`);
    const noteLine = await page.locator(`${card} [data-testid="note"]`).first().innerText();
    if (!noteLine.includes(ME)) throw new Error(`the note does not name its author: ${noteLine}`);
    if ((await page.inputValue(`${card} [data-testid="note-text"]`)) !== '') throw new Error('the draft was not cleared');
    const i = await incidentOf(inc.id);
    if (i.notes.length !== 1 || i.notes[0].text !== text || i.notes[0].author !== ME) throw new Error(JSON.stringify(i.notes));
    if (!i.timeline.some((e) => e.kind === 'note')) throw new Error('no note on the timeline');
    await other.waitForSelector(`${card} [data-testid="note"]:has-text("${text}")`, { timeout: 15000 });
    await screenshot(page, 'incidents-work');
    // The whole page from the top: the time-range filter and the worked incident.
    await page.setViewportSize({ width: 1280, height: 1300 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'incidents-work-page');
    await page.setViewportSize({ width: 1280, height: 720 });
  }],
  ['time filter: presets, a custom range without the incident, a reversed range refused', async () => {
    await page.click('[data-range="1h"]');
    await page.waitForSelector(card);
    await page.click('[data-range="30d"]');
    await page.waitForSelector(card);
    const local = (ms) => {
      const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60000);
      return d.toISOString().slice(0, 16);
    };
    const day = 86_400_000;
    await page.fill('[data-testid="range-from"]', local(Date.now() - 3 * day));
    await page.fill('[data-testid="range-to"]', local(Date.now() - 2 * day));
    await page.click('[data-testid="range-apply"]');
    await waitFor('the incident filtered out', async () => (await page.locator(card).count()) === 0 && (await page.locator('[data-range="custom"][aria-checked="true"]').count()) === 1);
    await page.fill('[data-testid="range-from"]', local(Date.now() - 2 * day));
    await page.fill('[data-testid="range-to"]', local(Date.now() - 3 * day));
    await page.click('[data-testid="range-apply"]');
    await page.waitForSelector('[data-testid="range-error"]');
    await page.fill('[data-testid="range-from"]', local(Date.now() - 3600_000));
    await page.fill('[data-testid="range-to"]', local(Date.now() + 120_000));
    await page.click('[data-testid="range-apply"]');
    await page.waitForSelector(card);
    if (await page.locator('[data-testid="range-error"]').count()) throw new Error('the error stayed');
    await page.click('[data-range="7d"]');
    await page.waitForSelector(card);
  }],
  ['charts at this incident: the component page asks the engine for the range around it', async () => {
    const asked = [];
    const onRequest = (r) => {
      const u = new URL(r.url());
      if (u.pathname === '/api/components/checkout/samples') asked.push({ from: Number(u.searchParams.get('from')), to: Number(u.searchParams.get('to')) });
    };
    page.on('request', onRequest);
    await page.click(`${card} [data-testid="open-charts"]`);
    await page.waitForSelector('[data-testid="detail-name"]');
    const hash = new URL(page.url()).hash;
    const m = /^#\/components\/checkout\?from=(\d+)&to=(\d+)$/.exec(hash);
    if (!m) throw new Error(`the page is ${hash}`);
    const [from, to] = [Number(m[1]) / 1000, Number(m[2]) / 1000]; // Unix ms in the URL, seconds in the samples query
    const i = await incidentOf(inc.id);
    if (!(from * 1000 <= i.onset_ms && to * 1000 >= i.detected_ms)) throw new Error(`range ${from}–${to} does not hold the incident (${i.onset_ms}, ${i.detected_ms})`);
    await waitFor('the charts to ask for that range', () => asked.some((a) => a.from === from && a.to === to), 10000);
    page.off('request', onRequest);
    if ((await page.locator('[data-range][aria-checked="true"]').count()) !== 0) throw new Error('a preset range is still selected');
    await screenshot(page, 'incidents-work-charts');
  }],
  ['status page: English and Arabic, only the selected components, styled under the CSP', async () => {
    const csp = [];
    page.on('console', (m) => m.type() === 'error' && csp.push(m.text()));
    for (const [lang, dir, heading] of [['en', 'ltr', 'Open incidents'], ['ar', 'rtl', 'الحوادث المفتوحة']]) {
      const resp = await page.goto(`${guard.url}/status?lang=${lang}`);
      if (resp.status() !== 200) throw new Error(`status ${resp.status()}`);
      const got = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir, h1: document.querySelector('h1')?.textContent, rows: [...document.querySelectorAll('tbody th')].map((t) => t.textContent), heads: document.body.innerText, scripts: document.scripts.length }));
      if (got.lang !== lang || got.dir !== dir) throw new Error(`lang ${got.lang} dir ${got.dir}`);
      if (got.h1 !== 'Regional status') throw new Error(`title ${got.h1}`);
      if (JSON.stringify(got.rows) !== JSON.stringify(['checkout', 'payments'])) throw new Error(`rows ${got.rows}`);
      if (!got.heads.includes(heading)) throw new Error(`no "${heading}" in ${got.heads}`);
      if (got.heads.includes('internal-batch') || got.heads.includes('error rate') || got.heads.includes('Card vault') || got.heads.includes(ME)) throw new Error(`it shows more than it may: ${got.heads}`);
      if (got.scripts !== 0) throw new Error('the status page has scripts');
      // The stylesheet applied (CSP: style-src 'self'): the status badge has its colour.
      const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.status')).backgroundColor);
      if (!bg || bg === 'rgba(0, 0, 0, 0)') throw new Error(`unstyled badge (${bg})`);
      await screenshot(page, `status-page-${lang}`);
    }
    if (csp.length) throw new Error(`console errors: ${csp.join('\n')}`);
    // Its language links lead to itself only.
    const links = await page.evaluate(() => [...document.querySelectorAll('a')].map((a) => new URL(a.href).pathname));
    if (!links.length || links.some((l) => l !== '/status')) throw new Error(`links ${links}`);
  }],
  ['no errors in the page', async () => {
    if (pageErrors.length) throw new Error(pageErrors.join('\n'));
  }],
];

const failed = await runTests(tests, process.argv[2]);
await browser.close();
await guard.stop();
process.exit(failed ? 1 : 0);
