// The component page's front panel on a real `pipeline-guard serve`: two supervised `labsvc`
// instances behind the guard's front; instance 1 starts answering 500 while GETs go through the
// front, the front ejects it, and the panel in real Chromium must show the ejection with the
// values the API returns (state, since when, why, back-off, counts), in English and in Arabic
// (right to left). Also: `/metrics` counts the same ejections and retries and passes
// `promtool check metrics`; the incident timeline says why in Fluent; axe-core finds no critical
// or serious violation on the page (en light, en dark, ar). Screenshots of the panel go to
// artifacts/ui/front-panel-{en,ar}.png. `node e2e/front.mjs [name-filter]`.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { apiClient, ARTIFACTS, binDir, freePorts, launchBrowser, runTests, startServe, waitFor, sleep, stripMarks } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const base = await freePorts(4);
const frontPort = base + 3;
const labsvc = path.join(binDir(), 'labsvc');
// A TCP check the 500-answering instance keeps passing and a notify-only ladder: only the front
// takes it out, and it stays ejected (a 60 s back-off) while the page is read.
const guard = await startServe(
  (dir) => `
pipeline:
  monitoring: { interval: 500ms, health_check_timeout: 500ms, jitter: 0 }
  healing: { cooldown: 0s }
components:
  - name: api
    process: { command: ["${labsvc}", "--port", "{port}", "--state-file", "${dir}/api-{port}.state"] }
    scale: { port: ${base}, min_instances: 2, max_instances: 2 }
    check: { tcp: { addr: "127.0.0.1:{port}" } }
    recovery: [notify]
    front: { listen: "127.0.0.1:${frontPort}", balance: weighted, health_interval: 200ms, outlier: { base_ejection_time: 60s, max_ejection_time: 120s } }
`,
);
const browser = await launchBrowser();
const page = await browser.ctx.newPage();
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(String(e)));

const api = (route, init) => apiClient(guard.url)(route, init);
const front = () => api('/api/components/api/front');
const cell = (instance, name) => page.locator(`[data-testid="front-panel"] tr[data-instance="${instance}"] [data-cell="${name}"]`).innerText().then(stripMarks);
const shown = (testid) => page.locator(`[data-testid="${testid}"]`).innerText().then(stripMarks);
/** As the reader's browser formats it for `lang` (the page must show exactly this). */
const intl = (lang, kind, v) =>
  page
    .evaluate(
      ([lang, kind, v]) => {
        if (kind === 'datetime') return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(v));
        if (kind === 'int') return new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(v);
        throw new Error(kind);
      },
      [lang, kind, v],
    )
    .then(stripMarks);

async function setLang(lang) {
  await page.evaluate((l) => localStorage.setItem('pipeline-guard.lang', l), lang);
  await page.reload();
  await page.waitForSelector('[data-testid="front-panel"]');
  if ((await page.evaluate(() => document.documentElement.lang)) !== lang) throw new Error(`the page is not in ${lang}`);
}
async function setTheme(theme) {
  await page.goto(`${guard.url}/#/settings`);
  await page.click(`[data-theme-choice="${theme}"]`);
  await waitFor(`the ${theme} theme`, async () => (await page.evaluate(() => document.documentElement.dataset.theme)) === theme);
}
async function openComponent() {
  await page.goto(`${guard.url}/#/components/api`);
  await page.waitForSelector('[data-testid="front-panel"]');
}

/** The values of instance 1's row as the page must show them in `lang`, from the API. */
async function expectRow(lang, words) {
  const v = await front();
  const i = v.instances.find((x) => x.instance === 1);
  if (i.state !== 'ejected' || !i.ejection) throw new Error(`the API no longer has instance 1 ejected: ${JSON.stringify(i)}`);
  await waitFor(`instance 1's row in ${lang} as the API has it`, async () => {
    const got = { state: await cell(1, 'state'), since: await cell(1, 'since'), why: await cell(1, 'why'), backoff: await cell(1, 'backoff'), ejections: await cell(1, 'ejections') };
    const want = { state: words.state, since: await intl(lang, 'datetime', i.ejection.at_ms), ejections: await intl(lang, 'int', i.ejections) };
    const problems = [];
    for (const k of Object.keys(want)) if (got[k] !== want[k]) problems.push(`${k}: shows "${got[k]}", expected "${want[k]}"`);
    if (!got.why.includes(words.why) || !got.why.includes(await intl(lang, 'int', i.ejection.failures))) problems.push(`why: "${got.why}" lacks "${words.why}" or the failure count ${i.ejection.failures}`);
    if (!got.backoff.startsWith(words.backoff)) problems.push(`back-off: "${got.backoff}" does not start with "${words.backoff}"`);
    if (problems.length) throw new Error(problems.join('; '));
    return true;
  }, 10000, 300);
  return v;
}

const tests = [
  ['an instance answering 500 is ejected by the front and the panel shows it as the API has it', async () => {
    await waitFor('both instances serving behind the front', async () => {
      const v = await front();
      return v.instances.length === 2 && v.instances.every((i) => i.state === 'serving');
    }, 30000, 300);
    await openComponent();
    // Before the fault: both serving, no ejection.
    await waitFor('both rows serving', async () => (await cell(0, 'state')) === 'Serving' && (await cell(1, 'state')) === 'Serving', 10000);
    const port1 = (await front()).instances.find((i) => i.instance === 1).port;
    const r = await fetch(`http://127.0.0.1:${port1}/fault/http500`, { method: 'POST' });
    if (!r.ok) throw new Error(`fault: ${r.status}`);
    // GETs through the front: none may fail, the front retries the 500s elsewhere and ejects.
    const statuses = [];
    for (let n = 0; n < 40; n++) statuses.push((await fetch(`http://127.0.0.1:${frontPort}/health`)).status);
    if (statuses.some((s) => s !== 200)) throw new Error(`requests through the front failed: ${statuses.join(',')}`);
    const v = await expectRow('en', { state: 'Ejected', why: 'answered 500', backoff: '1 min' });
    if (v.ejections !== 1 || v.failures !== 0 || v.retries < 3) throw new Error(`unexpected counters: ${JSON.stringify(v)}`);
    // The counters as the API has them (the panel reads every second).
    await waitFor('the counters as the API has them', async () => {
      const now = await front();
      const pairs = [['front-requests', now.requests], ['front-retries', now.retries], ['front-ejections', now.ejections], ['front-failures', now.failures], ['front-budget-exhausted', now.budget_exhausted]];
      for (const [id, n] of pairs) if ((await shown(id)) !== (await intl('en', 'int', n))) throw new Error(`${id} shows ${await shown(id)}, the API has ${n}`);
      return true;
    }, 10000, 300);
    if ((await cell(0, 'state')) !== 'Serving') throw new Error('instance 0 should still serve');
    if ((await shown('front-try-timeout')) !== `${v.try_timeout_ms} ms`) throw new Error(`per-try time-out shows ${await shown('front-try-timeout')}, the API has ${v.try_timeout_ms} ms`);
    await page.click('[data-testid="front-config"] summary');
    const cfg = (k) => page.locator(`[data-cfg="${k}"]`).innerText().then(stripMarks);
    if ((await cfg('consecutive_5xx')) !== String(v.outlier.consecutive_5xx) || (await cfg('base_ejection')) !== '1 min' || (await cfg('methods')) !== v.retry.idempotent_methods.join(', ')) throw new Error('the configuration in force is not shown as the API has it');
    await page.locator('[data-testid="front-panel"]').screenshot({ path: path.join(ARTIFACTS, 'front-panel-en.png') });
  }],
  ['the same panel in Arabic, right to left', async () => {
    await setLang('ar');
    if ((await page.evaluate(() => document.documentElement.dir)) !== 'rtl') throw new Error('Arabic is not laid out right to left');
    await expectRow('ar', { state: 'مُخرجة', why: 'أجابت بالرمز 500', backoff: `${await intl('ar', 'int', 1)} د` });
    const heading = await page.locator('#front-h').innerText();
    if (heading.trim() !== 'الواجهة الأمامية') throw new Error(`heading: ${heading}`);
    await page.click('[data-testid="front-config"] summary');
    await page.locator('[data-testid="front-panel"]').screenshot({ path: path.join(ARTIFACTS, 'front-panel-ar.png') });
    await setLang('en');
  }],
  ['the panel in each of the ten languages: no message id, the states and reasons translated', async () => {
    const problems = [];
    for (const lang of ['en', 'es', 'de', 'fr', 'it', 'pt-BR', 'ja', 'zh-CN', 'ko', 'ar']) {
      await setLang(lang);
      await page.click('[data-testid="front-config"] summary');
      const text = await page.locator('[data-testid="front-panel"]').innerText();
      const ids = [...text.matchAll(/\b(?:ui-front|front-failure|front-budget|unit-duration)-[a-z0-9_-]+/g)].map((m) => m[0]);
      if (ids.length) problems.push(`${lang}: raw ids ${ids.join(', ')}`);
      const state = await cell(1, 'state');
      const why = await cell(1, 'why');
      if (lang !== 'en' && (state === 'Ejected' || why.includes('answered'))) problems.push(`${lang}: English left: "${state}" / "${why}"`);
    }
    await setLang('en');
    if (problems.length) throw new Error(problems.join('\n'));
  }],
  ['/metrics counts the ejection and the retries and passes promtool; the timeline says why', async () => {
    const v = await front();
    const text = await (await fetch(`${guard.url}/metrics`)).text();
    const series = (name) => Number(new RegExp(`^${name}\\{component="api"\\} (\\d+)`, 'm').exec(text)?.[1]);
    const want = { pipeline_guard_front_ejections_total: v.ejections, pipeline_guard_front_retries_total: v.retries, pipeline_guard_front_retry_budget_exhausted_total: v.budget_exhausted };
    for (const [k, n] of Object.entries(want)) if (series(k) !== n) throw new Error(`${k} = ${series(k)}, the API has ${n}`);
    if (!/^pipeline_guard_front_instance_ejected\{component="api",instance="1"\} 1$/m.test(text)) throw new Error('instance 1 is not ejected in /metrics');
    const check = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`promtool check metrics: ${check.stdout}${check.stderr}`);
    const [en, ar] = await Promise.all([api('/api/incidents?component=api&lang=en'), api('/api/incidents?component=api&lang=ar')]);
    const o = en.find((i) => i.kind === 'outlier');
    if (!o || !o.reason.startsWith('Instance 1 was ejected from the front after 3 failed answers in a row (last: answered 500)')) throw new Error(`no outlier incident saying why: ${JSON.stringify(en.map((i) => i.reason))}`);
    const oa = ar.find((i) => i.kind === 'outlier');
    if (!stripMarks(oa.reason).includes('أجابت بالرمز 500')) throw new Error(`the Arabic reason: ${oa.reason}`);
  }],
  ['axe-core: no critical or serious violation on the component page with its front panel (en light, en dark, ar)', async () => {
    const problems = [];
    for (const [lang, theme] of [['en', 'light'], ['en', 'dark'], ['ar', 'dark']]) {
      await setTheme(theme);
      await openComponent();
      await setLang(lang);
      await page.click('[data-testid="front-config"] summary');
      await sleep(1200);
      // The served UI's CSP refuses an inline <script>: evaluate axe through DevTools instead.
      if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE}\n;true`);
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        return r.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => ({ id: v.id, impact: v.impact, n: v.nodes.length, nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`) }));
      });
      for (const v of violations) problems.push(`${lang} ${theme}: ${v.impact} ${v.id} ×${v.n}\n      ${v.nodes.join('\n      ')}`);
      const panel = await page.locator('[data-testid="front-panel"]').count();
      if (panel !== 1) problems.push(`${lang} ${theme}: no front panel on the page`);
    }
    await setLang('en');
    if (problems.length) throw new Error(`${problems.length} violation(s):\n${problems.join('\n')}`);
  }],
  ['no errors in the page', async () => {
    if (pageErrors.length) throw new Error(pageErrors.join('\n'));
  }],
];

let failed = 0;
try {
  failed = await runTests(tests, process.argv[2]);
} finally {
  await browser.close();
  await guard.stop();
}
if (failed) {
  console.log(`${failed} front e2e test(s) failed`);
  console.log(guard.log().slice(-4000));
  process.exit(1);
}
