// Notification channels in the window, on a real `pipeline-guard serve` with real webhook
// receivers on loopback (this process's own HTTP servers): the Settings page lists the channels
// without a trace of their secrets, "Send test" delivers a real message (the receiver gets it,
// in the channel's language) or shows the failure, and the delivery history pages through the
// table. Texts in en, de and ar; axe-core finds no critical or serious violation.
// `node e2e/channels.mjs [name-filter]`.
import http from 'node:http';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { freePorts, launchBrowser, runTests, screenshot, startServe, stripMarks, waitFor } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TOKEN = 'T0SECRET/B0/e2eSecretTokenValue';
const HEADER = 'Bearer e2e-header-secret';

// The receivers: `/ok/...` answers 200, `/bad/...` 500. Every POST is kept.
const posts = [];
const receiver = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => (body += d));
  req.on('end', () => {
    let json = null;
    try {
      json = JSON.parse(body);
    } catch {}
    posts.push({ path: req.url, headers: req.headers, body: json });
    res.writeHead(req.url.startsWith('/bad/') ? 500 : 200, { 'content-type': 'text/plain' });
    res.end('ok');
  });
});
const rport = await freePorts(1);
await new Promise((r) => receiver.listen(rport, '127.0.0.1', r));

const guard = await startServe(
  () => `# the e2e lab (this comment must survive every change made in the window)
pipeline:
  notifications:
    channels:
      - name: ops-hook
        language: de
        webhook:
          url: "http://127.0.0.1:${rport}/ok/${TOKEN}"
          headers: { Authorization: "${HEADER}" }
        filter: { min_severity: warning }
      - name: team-slack
        slack: { url: "http://127.0.0.1:${rport}/bad/${TOKEN}" }
components:
  # Healthy throughout: no incident sends anything, so every POST the receivers get is a test.
  - name: api
    check: { command: { run: ["true"] } }
`,
);
const browser = await launchBrowser();
const page = await browser.ctx.newPage();
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(String(e)));

async function setLang(lang) {
  await page.goto(`${guard.url}/#/settings`);
  await page.evaluate((l) => localStorage.setItem('pipeline-guard.lang', l), lang);
  await page.reload();
  await page.waitForSelector('[data-testid="channels"] tr[data-channel]');
  if ((await page.evaluate(() => document.documentElement.lang)) !== lang) throw new Error(`the page is not in ${lang}`);
}
const row = (name) => page.locator(`[data-testid="channels"] tr[data-channel="${name}"]`);
const apiTest = async (name) => {
  const r = await fetch(`${guard.url}/api/notifications/channels/${name}/test`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  if (!r.ok) throw new Error(`test ${name}: ${r.status} ${await r.text()}`);
  return r.json();
};

const tests = [
  ['the channels are listed with their kind, target and filter, and no secret reaches the page', async () => {
    await setLang('en');
    const names = await page.locator('[data-testid="channels"] tr[data-channel]').evaluateAll((rs) => rs.map((r) => `${r.dataset.channel}:${r.dataset.kind}`));
    if (names.join(' ') !== 'ops-hook:webhook team-slack:slack') throw new Error(`channels on screen: ${names}`);
    const target = stripMarks(await row('ops-hook').locator('[data-testid="channel-target"]').innerText());
    if (target !== `http://127.0.0.1:${rport}/…`) throw new Error(`target shown: ${target}`);
    const text = await row('ops-hook').innerText();
    for (const want of ['Webhook', 'Authorization', 'secret set (hidden)', 'Severity Warning or higher', 'de']) if (!text.includes(want)) throw new Error(`"${want}" missing from the row: ${text}`);
    const html = await page.content();
    const api = await (await fetch(`${guard.url}/api/notifications/channels`)).text();
    for (const secret of ['e2eSecretTokenValue', 'e2e-header-secret']) {
      if (html.includes(secret)) throw new Error(`the page shows the secret ${secret}`);
      if (api.includes(secret)) throw new Error(`the API answers the secret ${secret}`);
    }
    await screenshot(page, 'channels-en');
  }],
  ['"Send test" delivers a real message to the receiver, in the channel\'s language, and says how long it took', async () => {
    await setLang('en');
    const before = posts.length;
    await row('ops-hook').locator('[data-test-channel="ops-hook"]').click();
    const result = page.locator('[data-test-result="ops-hook"]');
    await result.waitFor();
    if ((await result.getAttribute('data-delivered')) !== 'true') throw new Error(`not delivered: ${await result.innerText()}`);
    if (!/^Delivered in \d+ ms$/.test(stripMarks(await result.innerText()))) throw new Error(`result text: ${await result.innerText()}`);
    const got = posts.slice(before);
    if (got.length !== 1) throw new Error(`${got.length} posts reached the receiver`);
    const p = got[0];
    if (p.path !== `/ok/${TOKEN}` || p.headers.authorization !== HEADER) throw new Error(`wrong request: ${p.path} ${p.headers.authorization}`);
    if (p.body?.event !== 'test' || p.body?.lang !== 'de' || p.body?.title !== 'Testnachricht von Pipeline Guard') throw new Error(`body: ${JSON.stringify(p.body)}`);
  }],
  ['a failing channel shows the receiver\'s error, never its URL', async () => {
    await setLang('en');
    await row('team-slack').locator('[data-test-channel="team-slack"]').click();
    const result = page.locator('[data-test-result="team-slack"]');
    await result.waitFor();
    const text = stripMarks(await result.innerText());
    if ((await result.getAttribute('data-delivered')) !== 'false' || !/^Not delivered \(\d+ ms\): the receiver answered 500$/.test(text)) throw new Error(`result: ${text}`);
    if ((await page.content()).includes('e2eSecretTokenValue')) throw new Error('the error shows the token');
  }],
  ['the delivery history pages through every test, newest first, in German', async () => {
    for (let i = 0; i < 11; i++) if (!(await apiTest('ops-hook')).delivered) throw new Error('an API test was not delivered');
    await setLang('de');
    await row('ops-hook').locator('[data-history="ops-hook"]').click();
    const hist = page.locator('[data-testid="channel-history"]');
    await hist.waitFor();
    if ((await hist.getAttribute('data-total')) !== '12') throw new Error(`total ${await hist.getAttribute('data-total')}`);
    const range = () => page.locator('[data-testid="history-range"]').innerText().then(stripMarks);
    await waitFor('the first page', async () => (await range()) === '1–10 von 12');
    const rows = await hist.locator('tr[data-delivery-status]').evaluateAll((rs) => rs.map((r) => `${r.dataset.deliveryStatus}/${r.dataset.deliveryEvent}`));
    if (rows.length !== 10 || rows.some((r) => r !== 'sent/test')) throw new Error(`rows: ${rows}`);
    const first = stripMarks(await hist.locator('tr[data-delivery-status]').first().innerText());
    if (!first.includes('Testnachricht') || !first.includes('gesendet')) throw new Error(`row text: ${first}`);
    await page.click('[data-testid="history-older"]');
    await waitFor('the second page', async () => (await range()) === '11–12 von 12');
    if ((await hist.locator('tr[data-delivery-status]').count()) !== 2) throw new Error('second page rows');
    if (!(await page.locator('[data-testid="history-older"]').isDisabled())) throw new Error('"older" is enabled on the last page');
    await page.click('[data-testid="history-newer"]');
    await waitFor('back on the first page', async () => (await range()) === '1–10 von 12');
    const button = stripMarks(await row('ops-hook').locator('[data-test-channel="ops-hook"]').innerText());
    if (button !== 'Test senden') throw new Error(`button in German: ${button}`);
    const failed = await fetch(`${guard.url}/api/notifications/channels/team-slack/deliveries`).then((r) => r.json());
    if (failed.total !== 1 || failed.rows[0].status !== 'failed' || failed.rows[0].error !== 'the receiver answered 500') throw new Error(`team-slack history: ${JSON.stringify(failed)}`);
    await screenshot(page, 'channels-history-de');
  }],
  ['every test is audited, and an unknown channel is not_found', async () => {
    const audit = await fetch(`${guard.url}/api/audit?limit=100`).then((r) => r.json());
    const n = audit.filter((a) => a.action === 'notification.test').length;
    if (n !== 13) throw new Error(`${n} notification.test audit rows, expected 13`);
    const r = await fetch(`${guard.url}/api/notifications/channels/nope/test`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const body = await r.json();
    if (r.status !== 404 || body.code !== 'not_found') throw new Error(`unknown channel: ${r.status} ${JSON.stringify(body)}`);
  }],
  ['Arabic, right to left, and no critical or serious axe violation (en, de, ar)', async () => {
    const problems = [];
    for (const lang of ['en', 'de', 'ar']) {
      await setLang(lang);
      await row('ops-hook').locator('[data-history="ops-hook"]').click();
      await page.locator('[data-testid="channel-history"]').waitFor();
      if (lang === 'ar') {
        if ((await page.evaluate(() => document.documentElement.dir)) !== 'rtl') problems.push('ar is not rtl');
        const button = stripMarks(await row('ops-hook').locator('[data-test-channel="ops-hook"]').innerText());
        if (button !== 'إرسال اختبار') problems.push(`Arabic button: ${button}`);
        await screenshot(page, 'channels-ar');
      }
      if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE}\n;true`);
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document.querySelector('[data-testid="channels"]'), { resultTypes: ['violations'] });
        return r.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${v.impact} ${v.id} ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`);
      });
      for (const v of violations) problems.push(`${lang}: ${v}`);
    }
    if (problems.length) throw new Error(problems.join('\n'));
  }],
  ['a channel added in the form is written to the YAML and delivers at once; an edit keeps its secret; a refused change shows the problem; removal takes it out', async () => {
    const file = path.join(guard.dir, 'pipeline.yaml');
    const NEW = 'NEWSECRET/e2eAddedChannelToken';
    await setLang('en');
    await page.click('[data-testid="add-channel"]');
    await page.fill('[data-testid="channel-name"]', 'new-hook');
    await page.selectOption('[data-testid="channel-kind"]', 'webhook');
    await page.fill('[data-testid="channel-url"]', `http://127.0.0.1:${rport}/ok/${NEW}`);
    await page.selectOption('[data-testid="channel-min-severity"]', 'warning');
    await page.selectOption('[data-testid="channel-language"]', 'fr');
    await page.click('[data-testid="channel-save"]');
    await row('new-hook').waitFor();
    const text = readFileSync(file, 'utf8');
    for (const want of ['# the e2e lab (this comment must survive', 'name: new-hook', NEW, 'language: fr']) if (!text.includes(want)) throw new Error(`"${want}" not in the YAML:\n${text}`);
    if ((await page.content()).includes('e2eAddedChannelToken')) throw new Error('the page shows the new secret');
    // In force at once: a test reaches the receiver, in French.
    const before = posts.length;
    await row('new-hook').locator('[data-test-channel="new-hook"]').click();
    await page.locator('[data-test-result="new-hook"][data-delivered="true"]').waitFor();
    const got = posts.slice(before);
    if (got.length !== 1 || got[0].path !== `/ok/${NEW}` || got[0].body?.title !== 'Message de test de Pipeline Guard') throw new Error(`posts: ${JSON.stringify(got.map((p) => [p.path, p.body?.title]))}`);
    // A bad URL: the validator's problem beside the field, FILE:LINE:COL, the file untouched.
    await row('new-hook').locator('[data-edit-channel="new-hook"]').click();
    await page.fill('[data-testid="channel-url"]', 'ftp://example.com/x');
    await page.click('[data-testid="channel-save"]');
    const problem = page.locator('[data-testid="channel-problems"]');
    await problem.waitFor();
    if (!/pipeline\.yaml:\d+:\d+/.test(await problem.innerText())) throw new Error(`problem text: ${await problem.innerText()}`);
    if (readFileSync(file, 'utf8') !== text) throw new Error('a refused change wrote the file');
    // The edit without the URL keeps the stored one; Italian from now on.
    await page.click('[data-testid="channel-cancel"]');
    await row('new-hook').locator('[data-edit-channel="new-hook"]').click();
    if ((await page.inputValue('[data-testid="channel-url"]')) !== '') throw new Error('the form was given the stored URL');
    await page.selectOption('[data-testid="channel-language"]', 'it');
    await page.click('[data-testid="channel-save"]');
    await waitFor('the edit in the YAML', () => readFileSync(file, 'utf8').includes('language: it'));
    if (!readFileSync(file, 'utf8').includes(NEW)) throw new Error('the edit lost the stored URL');
    const before2 = posts.length;
    const r = await apiTest('new-hook');
    if (!r.delivered || posts.slice(before2)[0]?.body?.title !== 'Messaggio di prova da Pipeline Guard') throw new Error(`after the edit: ${JSON.stringify(r)} ${JSON.stringify(posts.slice(before2).map((p) => p.body?.title))}`);
    // Removal asks once more, then the channel is gone from the page and the file.
    await row('new-hook').locator('[data-remove-channel="new-hook"]').click();
    if ((await row('new-hook').count()) !== 1) throw new Error('removed without confirmation');
    await row('new-hook').locator('[data-remove-channel="new-hook"]').click();
    await waitFor('the row gone', async () => (await row('new-hook').count()) === 0);
    const after = readFileSync(file, 'utf8');
    if (after.includes('new-hook') || !after.includes('# the e2e lab')) throw new Error(`after removal:\n${after}`);
    const audit = await fetch(`${guard.url}/api/audit?limit=200`).then((r) => r.json());
    const acts = audit.filter((a) => a.action.startsWith('notification.channel.')).map((a) => a.action).reverse();
    if (acts.join(' ') !== 'notification.channel.add notification.channel.edit notification.channel.remove') throw new Error(`audit: ${acts}`);
    if (JSON.stringify(audit).includes('e2eAddedChannelToken')) throw new Error('the audit log holds the secret');
    await screenshot(page, 'channels-after-changes');
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
  receiver.close();
}
if (failed) {
  console.log(`${failed} channels e2e test(s) failed`);
  console.log(guard.log().slice(-4000));
  process.exit(1);
}
