// The components list and the component page's charts (issue 20) on a real `pipeline-guard
// serve`: four components (a supervised `labsvc` checked over HTTP, a TCP check on it, one that
// flaps once and one that is down), checked every 300 ms. What the API says must be on screen:
// the 24 h and 30 d availability of every row, the heartbeat's ticks (count and outcome), the
// status chips' counts, the tag filter, the group headers by region and by tag. On the
// component page: `from`/`to` (Unix ms) in the URL open that range, dragging zooms (the charts'
// range and the URL change; a double-click resets), the crosshair shows on all four charts at
// once, the legend names the markers, and the 1 s live mode draws points from the event stream.
// Screenshots: artifacts/ui/list-charts-{list,zoomed}.png. `node e2e/list-charts.mjs [filter]`.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { apiClient, binDir, freePorts, launchBrowser, runTests, screenshot, startServe, waitFor, sleep, stripMarks } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const base = await freePorts(3);
const [pApi, pFlaky] = [base, base + 1];
const closed = base + 2; // nothing listens there: `down` is failed
const labsvc = path.join(binDir(), 'labsvc');
const guard = await startServe(
  (dir) => `
pipeline:
  monitoring: { interval: 300ms, health_check_timeout: 300ms, jitter: 0 }
  healing: { cooldown: 0s }
components:
  - name: api
    region: eu-west
    tags: [payments, "tier:1"]
    process: { command: ["${labsvc}", "--port", "${pApi}", "--state-file", "${dir}/api.state"] }
    check: { http: { url: "http://127.0.0.1:${pApi}/health" } }
    recovery: [notify]
  - name: db
    region: eu-west
    tags: [payments]
    check: { tcp: { addr: "127.0.0.1:${pApi}" } }
    recovery: [notify]
  - name: flaky
    region: us-east
    tags: { service: web }
    process: { command: ["${labsvc}", "--port", "${pFlaky}", "--state-file", "${dir}/flaky.state"] }
    check: { http: { url: "http://127.0.0.1:${pFlaky}/health" } }
    recovery: [notify]
  - name: down
    region: us-east
    check: { tcp: { addr: "127.0.0.1:${closed}" } }
    recovery: [notify]
`,
);
const started = Date.now();
const browser = await launchBrowser();
const page = await browser.ctx.newPage();
await page.setViewportSize({ width: 1440, height: 900 });
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(String(e)));

const api = (route, init) => apiClient(guard.url)(route, init);
const post = (port, route) => fetch(`http://127.0.0.1:${port}${route}`, { method: 'POST' });
/** An availability as the page must show it (`fmtAvailability`: percent, 3 fraction digits). */
const pct = (a) => (a.ratio === null ? '—' : page.evaluate((r) => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 3 }).format(r), a.ratio));
const int = (n) => page.evaluate((v) => new Intl.NumberFormat('en').format(v), n);
const rowSel = (name) => `[data-testid="components-table"] .tr[data-component="${name}"]`;
async function open(route) {
  await page.goto(`${guard.url}/#/${route}`);
  await page.waitForSelector('[data-testid="mode-pill"]');
}

// Everything up and checked; `flaky` answers 500 for 3 s once (an outage in both periods), and
// every heartbeat is full (30 checks at 300 ms).
await waitFor('api, db and flaky healthy', async () => {
  const cs = await api('/api/components');
  return ['api', 'db', 'flaky'].every((n) => cs.find((c) => c.name === n)?.status === 'healthy');
}, 60000, 300);
await post(pFlaky, '/fault/http500');
await waitFor('flaky down', async () => (await api('/api/components/flaky')).status === 'failed', 20000, 200);
await sleep(3000);
await post(pFlaky, '/fault/none');
await waitFor('flaky back, heartbeats full, availability computed', async () => {
  const cs = await api('/api/components');
  return cs.find((c) => c.name === 'flaky').status === 'healthy' && cs.every((c) => c.heartbeat.statuses.length === 30) && cs.find((c) => c.name === 'flaky').availability_24h.outages === 1;
}, 60000, 500);

const tests = [
  ['list: 24 h and 30 d availability of every row are the API\'s (the engine\'s one computation)', async () => {
    await open('components');
    let problems = [];
    await waitFor('the API\'s availability on screen', async () => {
      problems = [];
      for (const c of await api('/api/components')) {
        const d = stripMarks(await page.locator(`${rowSel(c.name)} [data-testid="availability-24h"]`).innerText());
        const m = stripMarks(await page.locator(`${rowSel(c.name)} [data-testid="availability"]`).innerText());
        if (d !== (await pct(c.availability_24h))) problems.push(`${c.name} 24 h: "${d}", the API ${c.availability_24h.ratio}`);
        if (m !== (await pct(c.availability))) problems.push(`${c.name} 30 d: "${m}", the API ${c.availability.ratio}`);
      }
      return problems.length === 0;
    }, 30000, 500).catch((e) => { throw new Error(`${e.message}\n${problems.join('\n')}`); });
    const flaky = await api('/api/components/flaky');
    if (!(flaky.availability_24h.ratio > 0 && flaky.availability_24h.ratio < 1)) throw new Error(`flaky's 24 h figure should be between 0 and 1: ${JSON.stringify(flaky.availability_24h)}`);
    const down = await api('/api/components/down');
    if (down.availability_24h.ratio !== 0 || stripMarks(await page.locator(`${rowSel('down')} [data-testid="availability-24h"]`).innerText()) !== (await pct(down.availability_24h))) throw new Error('down is not shown at 0 %');
  }],
  ['list: the heartbeat strip has the API\'s ticks, coloured by outcome, with time and latency in the tooltip', async () => {
    await open('components');
    for (const name of ['api', 'down']) {
      const want = (await api(`/api/components/${name}`)).heartbeat;
      await waitFor(`${name}'s 30 ticks`, async () => (await page.locator(`${rowSel(name)} [data-testid="beat"]`).count()) === want.statuses.length, 10000);
      const classes = await page.locator(`${rowSel(name)} [data-testid="beat"]`).evaluateAll((bs) => bs.map((b) => b.className.replace('beat ', '').trim()));
      const expect = name === 'api' ? 'healthy' : 'failed';
      if (!classes.every((c) => c.includes(expect))) throw new Error(`${name}: ticks ${classes.join(',')}, expected all ${expect}`);
      const title = await page.locator(`${rowSel(name)} [data-testid="beat"]`).last().getAttribute('title');
      if (!/\d/.test(title) || !title.includes(expect === 'healthy' ? 'Healthy' : 'Failed') || !/ms|s\b/.test(title)) throw new Error(`${name}: tooltip "${title}"`);
    }
    // The stream moves the strip: the newest tick's time changes without a reload.
    const first = await page.locator(`${rowSel('api')} [data-testid="beat"]`).last().getAttribute('title');
    await waitFor('a newer tick from the event stream', async () => (await page.locator(`${rowSel('api')} [data-testid="beat"]`).last().getAttribute('title')) !== first, 10000);
  }],
  ['list: status chips show the engine\'s counts and filter the rows', async () => {
    await open('components');
    let problems = [];
    await waitFor('chips = /api/overview counts', async () => {
      problems = [];
      const { counts } = await api('/api/overview');
      const want = { all: counts.healthy + counts.degraded + counts.failed + counts.unknown, ...counts };
      for (const [id, n] of Object.entries(want)) {
        const got = stripMarks(await page.locator(`[data-chip="${id}"] [data-testid="chip-count"]`).innerText());
        if (got !== (await int(n))) problems.push(`${id}: "${got}" vs ${n}`);
      }
      return problems.length === 0;
    }, 15000, 500).catch((e) => { throw new Error(`${e.message}\n${problems.join('\n')}`); });
    await page.click('[data-chip="failed"]');
    const failed = (await api('/api/components')).filter((c) => c.status === 'failed').map((c) => c.name).sort();
    await waitFor('only the failed rows', async () => JSON.stringify((await page.locator('[data-testid="components-table"] .tr[data-component]').evaluateAll((rs) => rs.map((r) => r.dataset.component))).sort()) === JSON.stringify(failed), 5000);
    if (!failed.includes('down')) throw new Error(`the API's failed components: ${failed}`);
    await page.click('[data-chip="all"]');
  }],
  ['list: tags as pills, the tag filter keeps the tagged rows', async () => {
    await open('components');
    const cs = await api('/api/components');
    if (JSON.stringify(cs.find((c) => c.name === 'api').tags) !== JSON.stringify(['payments', 'tier:1'])) throw new Error(`api's tags: ${JSON.stringify(cs.find((c) => c.name === 'api').tags)}`);
    if (JSON.stringify(cs.find((c) => c.name === 'flaky').tags) !== JSON.stringify(['service:web'])) throw new Error('keyed tags are shown as key:value');
    const pills = await page.locator(`${rowSel('api')} [data-tag]`).evaluateAll((ps) => ps.map((p) => p.textContent.trim()));
    if (JSON.stringify(pills) !== JSON.stringify(['payments', 'tier:1'])) throw new Error(`api's pills: ${pills}`);
    await page.selectOption('[data-testid="tag-filter"]', 'payments');
    const want = cs.filter((c) => c.tags.includes('payments')).map((c) => c.name).sort();
    await waitFor('the payments rows', async () => JSON.stringify((await page.locator('[data-testid="components-table"] .tr[data-component]').evaluateAll((rs) => rs.map((r) => r.dataset.component))).sort()) === JSON.stringify(want), 5000);
    // A pill click toggles the same filter off.
    await page.click(`${rowSel('api')} [data-tag="payments"]`);
    await waitFor('every row again', async () => (await page.locator('[data-testid="components-table"] .tr[data-component]').count()) === cs.length, 5000);
  }],
  ['list: group by region and by tag, with counts; a header collapses its group', async () => {
    await open('components');
    const cs = await api('/api/components');
    await page.selectOption('[data-testid="group-by"]', 'region');
    const regions = [...new Set(cs.map((c) => c.region))].sort();
    const headers = await page.locator('[data-group]').evaluateAll((gs) => gs.map((g) => g.dataset.group));
    if (JSON.stringify(headers) !== JSON.stringify(regions)) throw new Error(`region headers ${headers} vs ${regions}`);
    for (const r of regions) {
      const got = stripMarks(await page.locator(`[data-group="${r}"] [data-testid="group-count"]`).innerText());
      const n = cs.filter((c) => c.region === r).length;
      if (got !== `${n} component${n === 1 ? '' : 's'}`) throw new Error(`${r}: "${got}", ${n} in the API`);
    }
    await page.click('[data-group="eu-west"] [data-testid="group-header"]');
    await waitFor('eu-west collapsed', async () => (await page.locator(rowSel('api')).count()) === 0 && (await page.locator(rowSel('flaky')).count()) === 1, 5000);
    await page.click('[data-group="eu-west"] [data-testid="group-header"]');
    await page.waitForSelector(rowSel('api'));
    await page.selectOption('[data-testid="group-by"]', 'tag');
    const tags = await page.locator('[data-group]').evaluateAll((gs) => gs.map((g) => g.dataset.group));
    if (JSON.stringify(tags) !== JSON.stringify(['payments', 'service:web', 'tier:1', ''])) throw new Error(`tag headers ${JSON.stringify(tags)}`);
    if ((await page.locator(rowSel('api')).count()) !== 2) throw new Error('api (two tags) should be in two groups');
    await screenshot(page, 'list-charts-list');
    await page.selectOption('[data-testid="group-by"]', 'none');
  }],
  ['charts: from/to (Unix ms) in the URL open that range; drag zooms, the URL follows, double-click resets', async () => {
    // A range the guard has stored checks all over (the history is written in batches: the
    // last seconds may not be there yet).
    await sleep(Math.max(0, started + 30_000 - Date.now()));
    const from = started + 5_000;
    const to = Date.now() - 3_000;
    await open(`components/api?from=${from}&to=${to}`);
    const chart = '[data-testid="chart-response_time_seconds"]';
    await page.waitForSelector(`${chart}[data-points]:not([data-points="0"])`, { timeout: 15000 });
    const range = async (sel = chart) => ({ from: Number(await page.getAttribute(sel, 'data-from')), to: Number(await page.getAttribute(sel, 'data-to')) });
    const r0 = await range();
    if (r0.from !== Math.floor(from / 1000) || r0.to !== Math.ceil(to / 1000)) throw new Error(`range ${JSON.stringify(r0)} from the URL ${from}..${to}`);
    // Drag from 25 % to 75 % of the plot (the plot starts 56 of 560 units in, ends 12 before).
    const box = await page.locator(chart).boundingBox();
    const at = (f) => box.x + ((56 + f * (560 - 56 - 12)) / 560) * box.width;
    await page.mouse.move(at(0.25), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(at(0.5), box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(at(0.75), box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const span = r0.to - r0.from;
    await waitFor('the zoomed range', async () => {
      const z = await range();
      return Math.abs(z.from - (r0.from + span / 4)) <= 2 && Math.abs(z.to - (r0.from + (3 * span) / 4)) <= 2;
    }, 5000);
    const z = await range();
    // Every chart shows the same range; the URL says it.
    for (const m of ['cpu_usage', 'memory_bytes', 'error_rate']) {
      const o = await range(`[data-testid="chart-${m}"]`);
      if (o.from !== z.from || o.to !== z.to) throw new Error(`${m} shows ${JSON.stringify(o)}, not the zoom ${JSON.stringify(z)}`);
    }
    const q = new URLSearchParams(new URL(page.url()).hash.split('?')[1]);
    if (Number(q.get('from')) !== z.from * 1000 || Number(q.get('to')) !== z.to * 1000) throw new Error(`URL ${page.url()} vs zoom ${JSON.stringify(z)}`);
    await page.mouse.move(at(0.5), box.y + box.height / 2);
    await sleep(300);
    await screenshot(page, 'list-charts-zoomed');
    await page.dblclick(chart, { position: { x: box.width / 2, y: box.height / 2 } });
    await waitFor('back to the linked range', async () => JSON.stringify(await range()) === JSON.stringify(r0), 5000);
  }],
  ['charts: a custom from/to is applied to every chart; an end before the start is refused', async () => {
    await open('components/api');
    const chart = '[data-testid="chart-memory_bytes"]';
    await page.waitForSelector(chart);
    // Local times, as the inputs take them: the last two minutes, to the minute.
    const [from, to] = await page.evaluate(() => {
      const pad = (n) => String(n).padStart(2, '0');
      const local = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
      const end = new Date(Math.floor(Date.now() / 60000) * 60000);
      return [local(new Date(end.getTime() - 120000)), local(end)];
    });
    await page.fill('[data-testid="range-from"]', to);
    await page.fill('[data-testid="range-to"]', from);
    await page.click('[data-testid="range-apply"]');
    await page.waitForSelector('[data-testid="custom-range"] [role="alert"]');
    await page.fill('[data-testid="range-from"]', from);
    await page.fill('[data-testid="range-to"]', to);
    await page.click('[data-testid="range-apply"]');
    const want = await page.evaluate(([f, t]) => [new Date(f).getTime() / 1000, new Date(t).getTime() / 1000], [from, to]);
    for (const m of ['response_time_seconds', 'cpu_usage', 'memory_bytes', 'error_rate']) {
      await waitFor(`${m} on the custom range`, async () => Number(await page.getAttribute(`[data-testid="chart-${m}"]`, 'data-from')) === want[0] && Number(await page.getAttribute(`[data-testid="chart-${m}"]`, 'data-to')) === want[1], 5000);
    }
    if ((await page.locator('[data-testid="custom-range"] [role="alert"]').count()) !== 0) throw new Error('the error stays after a good range');
    const q = new URLSearchParams(new URL(page.url()).hash.split('?')[1]);
    if (Number(q.get('from')) !== want[0] * 1000 || Number(q.get('to')) !== want[1] * 1000) throw new Error(`URL ${page.url()}`);
  }],
  ['charts: the crosshair shows on all four charts at the same time; the legend names the markers', async () => {
    await open('components/api');
    const chart = '[data-testid="chart-cpu_usage"]';
    await page.waitForSelector(chart);
    const box = await page.locator(chart).boundingBox();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    const xs = async () => page.locator('[data-testid="crosshair"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('x1')));
    await waitFor('four crosshairs', async () => (await xs()).length === 4, 5000);
    const all = await xs();
    if (new Set(all).size !== 1) throw new Error(`crosshairs at different times: ${all}`);
    const legend = await page.locator('[data-testid="marker-legend"] [data-marker]').evaluateAll((ls) => ls.map((l) => l.dataset.marker));
    if (JSON.stringify(legend) !== JSON.stringify(['failed', 'degraded', 'healthy', 'restart', 'action'])) throw new Error(`legend ${legend}`);
    await page.mouse.move(0, 0);
    await waitFor('no crosshair after leaving', async () => (await xs()).length === 0, 5000);
  }],
  ['charts: the 1 s live mode draws points from the event stream, one bucket a second over 5 minutes', async () => {
    await open('components/api');
    await page.click('[data-range="live"]');
    const chart = '[data-testid="chart-response_time_seconds"]';
    const r = { from: Number(await page.getAttribute(chart, 'data-from')), to: Number(await page.getAttribute(chart, 'data-to')) };
    if (r.to - r.from !== 300) throw new Error(`live range ${JSON.stringify(r)}`);
    const received = async () => Number(await page.getAttribute('[data-testid="live-points"]', 'data-points'));
    await waitFor('samples from the stream', async () => (await received()) >= 5, 10000);
    const n0 = Number(await page.getAttribute(chart, 'data-points'));
    await waitFor('more 1 s points', async () => Number(await page.getAttribute(chart, 'data-points')) > n0 + 2, 10000);
    // One bucket a second: never more points than seconds in the window.
    if (Number(await page.getAttribute(chart, 'data-points')) > 301) throw new Error('more than one point a second');
  }],
  ['axe-core: no critical or serious violation on the list (grouped) and the charts (en light, en dark, ar); Arabic is said in Arabic', async () => {
    const problems = [];
    const setTheme = async (theme) => {
      await open('settings');
      await page.click(`[data-theme-choice="${theme}"]`);
      await waitFor(`the ${theme} theme`, async () => (await page.evaluate(() => document.documentElement.dataset.theme)) === theme);
    };
    const setLang = async (lang) => {
      await page.evaluate((l) => localStorage.setItem('pipeline-guard.lang', l), lang);
      await page.reload();
      await page.waitForSelector('[data-testid="mode-pill"]');
    };
    for (const [lang, theme] of [['en', 'light'], ['en', 'dark'], ['ar', 'dark']]) {
      await setTheme(theme);
      await setLang(lang);
      for (const route of ['components', 'components/api']) {
        await open(route);
        if (route === 'components') {
          await page.selectOption('[data-testid="group-by"]', 'tag');
          await page.waitForSelector('[data-testid="beat"]');
          if (lang === 'ar') {
            const chip = stripMarks(await page.locator('[data-chip="failed"]').innerText());
            if (!chip.includes('متوقفة')) problems.push(`ar: the "down" chip says "${chip}"`);
          }
        } else {
          await page.waitForSelector('[data-testid="marker-legend"]');
          if (lang === 'ar' && !stripMarks(await page.locator('[data-testid="marker-legend"]').innerText()).includes('العلامات')) problems.push('ar: the legend is not in Arabic');
        }
        if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE}\n;true`);
        const violations = await page.evaluate(async () => {
          const r = await window.axe.run(document, { resultTypes: ['violations'] });
          return r.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => ({ id: v.id, impact: v.impact, n: v.nodes.length, nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`) }));
        });
        for (const v of violations) problems.push(`${lang} ${theme} ${route}: ${v.impact} ${v.id} ×${v.n}\n      ${v.nodes.join('\n      ')}`);
      }
    }
    await setTheme('dark');
    await setLang('en');
    if (problems.length) throw new Error(`${problems.length} problem(s):\n${problems.join('\n')}`);
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
  console.log(`${failed} list/charts e2e test(s) failed`);
  process.exit(1);
}
