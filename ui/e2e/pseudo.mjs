// Every word on every page goes through Fluent (issue 17): the demo lab with real scripted
// faults runs on a development build with `PG_PSEUDO=1`, and each page of the router (read from
// ui/src/lib/router.svelte.ts, so a new page is included) is read in real Chromium in the two
// pseudo-locales: `en-XA` (accented, lengthened English) and `ar-XB` (mirrored English, right to
// left). Each message is said between ⟦ ⟧; what is visible outside the markers must be data the
// API answered (component names, ids, users, hosts …, collected from the JSON of every GET route
// of the boundary table), numbers, or the words the browser's own Intl formatting of dates
// writes. Anything else bypassed Fluent. Screenshots of every page in both pseudo-locales go to
// artifacts/ui/pseudo-*.png (to look at for clipped or overlapping text); text cut off by its
// box (overflow hidden without an ellipsis) fails too. `node e2e/pseudo.mjs [name-filter]`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { apiClient, UI_DIR, binDir, launchBrowser, runTests, screenshot, startDemo, startServe, waitFor, sleep } from './harness.mjs';

const OPEN = '⟦';
const CLOSE = '⟧';
const PSEUDO = ['en-XA', 'ar-XB'];

/** The pages of the router: `PAGES` of router.svelte.ts, and a component's own page. */
function routerPages() {
  const src = readFileSync(path.join(UI_DIR, 'src/lib/router.svelte.ts'), 'utf8');
  const m = /export const PAGES = \[([^\]]*)\]/.exec(src);
  if (!m) throw new Error('PAGES not found in router.svelte.ts');
  const pages = [...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]);
  if (!src.includes("page: 'component'")) throw new Error('the router has no component page any more: update pseudo.mjs');
  return pages;
}

/** The GET routes of the boundary table (ui/src/lib/backend/ops.ts, generated from ops.rs)
 *  whose JSON a page can show. */
function getRoutes() {
  const src = readFileSync(path.join(UI_DIR, 'src/lib/backend/ops.ts'), 'utf8');
  const skip = /^\/(health|ready|metrics|status)|\/events$|chart\.svg$|\/promql$|\/export$|^\/api\/reports$|^\/api\/dev\//;
  return [...src.matchAll(/\{ http: \['GET', '([^']+)'\]/g)].map((m) => m[1]).filter((p) => !skip.test(p));
}

// The fields of the API's answers that hold data (names and ids as the operator or the lab
// chose them), never a text of ours: those arrive as Msg ids or said in `?lang=`.
const DATA_KEYS = new Set([
  'name', 'component', 'names', 'user', 'username', 'actor', 'author', 'account', 'by', 'target', 'jti', 'id',
  'host', 'path', 'file', 'listen', 'channel', 'region', 'user_region', 'location', 'tags', 'group', 'url', 'addr',
  'command', 'fingerprint', 'hash', 'head', 'audit_head', 'digest', 'content_digest', 'signature', 'public_key',
  'pseudonym', 'audit_pseudonym', 'dedup_key', 'text', 'key', 'token', 'metric', 'metrics', 'query', 'endpoint',
  // The audit log's action ids (`heal.restart`): the Settings page says them in words and keeps
  // the id as the row's tooltip.
  'action',
]);

// A check's issues reach the pages as messages (`issues: [{ id, args }]`: a component's live
// view, its timeline's status changes, incident reasons), said in the page's language. An issue
// answered as text would be an English sentence inside a marked message (the timeline's
// `⟦… → …: { $issues }⟧`), where the markers hide it from `leaks()`: the answers are checked.
const textIssues = new Set();
let issueMessages = 0;

function collect(v, key, out) {
  if (key === 'issues' && v && typeof v === 'object' && !Array.isArray(v) && typeof v.id === 'string') issueMessages += 1;
  if (typeof v === 'string') {
    if (key === 'issues') textIssues.add(v);
    // `key` '' is a top-level list of names (the accounts an incident may be assigned to).
    if (DATA_KEYS.has(key) || key === '') {
      out.add(v);
      for (const w of v.split(/[\s,;:()]+/)) if (w) out.add(w);
    }
  } else if (Array.isArray(v)) {
    for (const x of v) collect(x, key, out);
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) collect(x, k, out);
  }
}

const demo = await startDemo({ faultEvery: 5, env: { PG_PSEUDO: '1' } });
// The component form writes to a config file (the demo has none): a `serve` on one.
const served = await startServe(() => 'pipeline:\n  security: { enabled: false }\ncomponents:\n  - name: base\n    check: { tcp: { addr: "127.0.0.1:9" } }\n', { env: { PG_PSEUDO: '1' } });
const browser = await launchBrowser();
const page = await browser.ctx.newPage();
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(String(e)));

const api = (route, init) => apiClient(demo.url)(route, init);

/** Every data value the API answers now, from every GET route (each component's too). */
async function apiData() {
  const out = new Set();
  const components = await api('/api/components');
  const names = components.map((c) => c.name);
  for (const route of getRoutes()) {
    const targets = route.includes('{name}') ? names.map((n) => route.replace('{name}', encodeURIComponent(n))) : route.includes('{') ? [] : [route];
    for (const t of targets) {
      const r = await fetch(`${demo.url}${t}${t.includes('?') ? '&' : '?'}lang=en-XA`);
      if (!r.ok) continue; // e.g. a component without a front: nothing for a page to show
      if (!(r.headers.get('content-type') ?? '').includes('json')) continue;
      collect(await r.json(), '', out);
    }
  }
  return out;
}

async function setPseudo(lang, base = demo.url) {
  if (!page.url().startsWith(base)) await page.goto(`${base}/#/overview`);
  await page.evaluate((l) => localStorage.setItem('pipeline-guard.lang', l), lang);
  await page.reload();
  await page.waitForSelector('[data-testid="mode-pill"]');
  await waitFor(`the page in ${lang}`, async () => (await page.evaluate(() => document.documentElement.lang)) === lang, 5000);
  const dir = await page.evaluate(() => document.documentElement.dir);
  if (dir !== (lang === 'ar-XB' ? 'rtl' : 'ltr')) throw new Error(`${lang}: dir="${dir}"`);
}

/** The words the browser's Intl writes for dates and relative times in English (the
 *  pseudo-locales format numbers and dates as English does). */
const intlWords = () =>
  page.evaluate(() => {
    const out = new Set();
    const add = (s) => s.split(/[\s,.]+/).forEach((w) => w && out.add(w));
    for (let m = 0; m < 12; m++) {
      const d = new Date(Date.UTC(2026, m, 15, 15));
      for (const month of ['short', 'long']) add(new Intl.DateTimeFormat('en', { month }).format(d));
    }
    for (let day = 0; day < 7; day++) {
      const d = new Date(Date.UTC(2026, 0, 4 + day, 3));
      for (const weekday of ['short', 'long']) add(new Intl.DateTimeFormat('en', { weekday }).format(d));
    }
    add(new Intl.DateTimeFormat('en', { hour: 'numeric', hour12: true }).formatToParts(new Date(Date.UTC(2026, 0, 1, 3))).find((p) => p.type === 'dayPeriod')?.value ?? '');
    for (const h of [3, 15]) new Intl.DateTimeFormat('en', { hour: 'numeric', hour12: true }).formatToParts(new Date(2026, 0, 1, h)).forEach((p) => p.type === 'dayPeriod' && add(p.value));
    const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    for (const unit of ['second', 'minute', 'hour', 'day', 'week', 'month', 'year']) for (const v of [-2, -1, 0, 1, 2]) add(rtf.format(v, unit));
    return [...out];
  });

/** The visible text of the page, in document order (text nodes, the options of selects,
 *  placeholders and button values), one piece a line. */
const visibleText = () =>
  page.evaluate(() => {
    const pieces = [];
    const shown = (el) => el && (typeof el.checkVisibility !== 'function' || el.checkVisibility({ opacityProperty: false, visibilityProperty: true }));
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName)) continue;
      if (!n.textContent.trim()) continue;
      // An option is shown when its select is opened.
      const sel = el.closest('select');
      if (sel ? !shown(sel) : !shown(el)) continue;
      pieces.push(n.textContent);
    }
    for (const el of document.querySelectorAll('input[placeholder], textarea[placeholder]')) if (shown(el) && el.placeholder) pieces.push(el.placeholder);
    for (const el of document.querySelectorAll('input[type="button"], input[type="submit"]')) if (shown(el) && el.value) pieces.push(el.value);
    for (const el of document.querySelectorAll('[title]')) if (shown(el) && el.getAttribute('title')) pieces.push(el.getAttribute('title'));
    return pieces.join('\n');
  });

/** Elements whose text is cut off by their own box (overflow hidden, no ellipsis) or runs out
 *  of it over its neighbours (a word longer than the box: overflow visible). */
const clipped = () =>
  page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      if (!el.childNodes.length || ![...el.childNodes].some((c) => c.nodeType === 3 && /\S/.test(c.textContent))) continue;
      if (typeof el.checkVisibility === 'function' && !el.checkVisibility()) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'inline' || cs.display === 'contents') continue;
      // SVG text (the map's and charts' labels) has no box of its own to overflow.
      if (el instanceof SVGElement) continue;
      if (cs.textOverflow === 'ellipsis') continue;
      // Visually hidden on purpose (.sr-only: for screen readers, a 1 px box).
      if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
      // Scrolling boxes and text fields show the rest on demand.
      if (/auto|scroll/.test(cs.overflowX + cs.overflowY) || ['INPUT', 'TEXTAREA', 'SELECT', 'OPTION'].includes(el.tagName)) continue;
      const hides = (o) => o === 'hidden' || o === 'clip';
      const over = el.scrollWidth > el.clientWidth + 1;
      const what = `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> "${el.textContent.trim().slice(0, 60)}"`;
      if ((hides(cs.overflowX) && over) || (hides(cs.overflowY) && el.scrollHeight > el.clientHeight + 1)) out.push(`cut off: ${what}`);
      else if (over) out.push(`runs out of its box by ${el.scrollWidth - el.clientWidth} px: ${what}`);
    }
    return out;
  });

/** A screenshot of the whole page: the scrolling <main> laid out at its full height. */
async function tallScreenshot(name) {
  const style = await page.addStyleTag({ content: '.shell{height:auto!important;overflow:visible!important} main{overflow:visible!important}' });
  await screenshot(page, name);
  await page.screenshot({ path: path.join(UI_DIR, '..', 'artifacts', 'ui', `${name}-full.png`), fullPage: true });
  await style.evaluate((el) => el.remove());
}

/** The words of `text` outside the pseudo markers that are not data. */
export function leaks(text, allowed, prefixes = []) {
  let rest = text.replace(/[\u2066-\u2069\u200e\u200f\u061c\u202a-\u202e]/g, '');
  // The innermost marked message first (messages nest: an argument said by its own message).
  for (;;) {
    const close = rest.indexOf(CLOSE);
    if (close < 0) break;
    const open = rest.lastIndexOf(OPEN, close);
    if (open < 0) break;
    rest = rest.slice(0, open) + ' ' + rest.slice(close + 1);
  }
  const out = [];
  for (const line of rest.split('\n')) {
    const trimmed = line.trim();
    if (!/[A-Za-z]/.test(trimmed) || allowed.has(trimmed)) continue;
    for (const w of trimmed.split(/\s+/)) {
      if (!/[A-Za-z]/.test(w)) continue;
      const bare = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (allowed.has(w) || allowed.has(bare) || prefixes.some((p) => w.startsWith(p))) continue;
      out.push(process.env.PG_PSEUDO_CONTEXT ? `${w} «${trimmed.slice(0, 120)}»` : w);
    }
  }
  return out;
}

// The check itself: an unmarked word is found, marked ones and data are not.
{
  const a = new Set(['checkout-api']);
  const got = leaks('⟦Ȧŭḓīŧ⟧ created\n⟦Şḗřṽīƞɠ ⟦ȧ⟧ checkout-api⟧\ncheckout-api:', a);
  if (JSON.stringify(got.map((w) => w.split(" ")[0])) !== '["created"]') throw new Error(`leaks() is wrong: ${JSON.stringify(got)}`);
}

// The lab runs until it has incidents (one resolved) and healing attempts to show.
await waitFor('incidents (one resolved) and healing attempts in the API', async () => {
  const [inc, stats] = await Promise.all([api('/api/incidents'), api('/api/healing/stats')]);
  return inc.length >= 3 && inc.some((i) => i.status !== 'open') && stats.overall.attempts >= 2;
}, 240000, 1000);

const PAGES = routerPages();
/** The language switcher names each language in itself (lang.ts's NATIVE_NAMES): by design
 *  the same in every language. */
const NATIVE = (() => {
  const src = readFileSync(path.join(UI_DIR, 'src/lib/lang.ts'), 'utf8');
  const block = /NATIVE_NAMES[^{]*\{([^}]*)\}/.exec(src)[1];
  const names = [...block.matchAll(/:\s*'([^']+)'/g)].map((m) => m[1]);
  return new Set([...names, ...names.flatMap((n) => n.split(/\s+/))]);
})();

const tests = [
  ['the server offers the pseudo-locales only as a development build with PG_PSEUDO=1, and says its API texts in them', async () => {
    const offered = await api('/api/dev/pseudo-locales');
    if (JSON.stringify(offered) !== JSON.stringify(PSEUDO)) throw new Error(`offered ${JSON.stringify(offered)}`);
    const inc = await api('/api/incidents?lang=en-XA');
    const reasons = inc.map((i) => i.reason).filter(Boolean);
    if (!reasons.length) throw new Error('no incident reason to look at');
    const bare = reasons.filter((r) => leaks(String(r), new Set()).length);
    if (bare.length) throw new Error(`incident reasons outside the markers: ${JSON.stringify(bare.slice(0, 5))}`);
  }],
  ...PSEUDO.map((lang) => [
    `every page of the router (${PAGES.length} + a component's page) in ${lang}: no word outside the markers but data, no text cut off`,
    async () => {
      await setPseudo(lang);
      const intl = await intlWords();
      const components = await api('/api/components');
      if (!components.length) throw new Error('the demo has no components');
      const routes = [...PAGES, `components/${encodeURIComponent(components[0].name)}`];
      const problems = [];
      for (const route of routes) {
        await page.evaluate((r) => { location.hash = `#/${r}`; }, route);
        await page.waitForFunction((r) => location.hash === `#/${r}`, route);
        await sleep(1500);
        const allowed = new Set([...intl, ...NATIVE, ...(await apiData())]);
        const words = leaks(await visibleText(), allowed);
        if (words.length) problems.push(`${lang} #/${route}: ${[...new Set(words)].join(' | ')}`);
        const cut = await clipped();
        if (cut.length) problems.push(`${lang} #/${route}: text does not fit:\n  ${cut.join('\n  ')}`);
        await tallScreenshot(`pseudo-${lang}-${route.replace(/[^a-z0-9-]+/gi, '_')}`);
      }
      if (pageErrors.length) problems.push(`page errors: ${pageErrors.join('\n')}`);
      if (textIssues.size) problems.push(`issues answered as text, not messages: ${[...textIssues].slice(0, 5).join(' | ')}`);
      // The demo's faults leave issues in the timelines: the check above has something to look at.
      if (!issueMessages) problems.push('no issue in any API answer: the check of issues as messages saw nothing');
      if (problems.length) throw new Error(`text outside Fluent:\n${problems.join('\n')}`);
    },
  ]),
  ...PSEUDO.map((lang) => [
    `the component form and its config problems in ${lang}: no word outside the markers but what was typed`,
    async () => {
      await setPseudo(lang, served.url);
      await page.evaluate(() => { location.hash = '#/components'; });
      await page.click('[data-testid="add-component"]');
      await page.waitForSelector('[data-testid="component-form"] [data-field="/name"] input');
      const field = (ptr) => page.locator(`[data-testid="component-form"] [data-field="${ptr}"] :is(input, select, textarea)`).first();
      await field('/name').fill('bad name!');
      await field('/check').selectOption('tcp');
      await field('/check/tcp/addr').fill('nowhere');
      await field('/check/interval').fill('soon');
      const before = await visibleText();
      await page.click('[data-testid="comp-form-save"]');
      await waitFor('the config problems', async () => (await visibleText()) !== before && (await page.locator('[data-testid="component-form"] [data-problem-for], [data-testid="comp-form-problems"]').count()) > 0, 10000);
      await sleep(300);
      const typed = ['bad', 'name!', 'bad name!', 'nowhere', 'soon', '`soon`', '`nowhere`', '`bad name!`'];
      const allowed = new Set([...(await intlWords()), ...NATIVE, ...typed, 'base']);
      if (!(await page.locator('[data-testid="component-form"] [data-problem-for="/check/interval"]').count())) throw new Error('no problem next to the interval');
      // FILE:LINE:COL of a problem names the config file.
      const words = leaks(await visibleText(), allowed, [served.dir]);
      await tallScreenshot(`pseudo-${lang}-component-form`);
      if (words.length) throw new Error(`text outside Fluent in the form:\n${[...new Set(words)].join(' | ')}`);
      await page.keyboard.press('Escape');
    },
  ]),
  ...PSEUDO.map((lang) => [
    `sign-in with security on, a wrong password refused, in ${lang}: no word outside the markers but the name typed`,
    async () => {
      const secure = await startServe(() => 'pipeline:\n  security: { enabled: true }\ncomponents:\n  - name: base\n    check: { tcp: { addr: "127.0.0.1:9" } }\n', { env: { PG_PSEUDO: '1' } });
      try {
        const add = spawnSync(path.join(binDir(), 'pipeline-guard'), ['user', 'add', 'vera', '--role', 'admin', '--db', path.join(secure.dir, 'guard.db')], { input: 'a long enough password\n' });
        if (add.status !== 0) throw new Error(`user add: ${add.stderr}`);
        await page.goto(`${secure.url}/#/overview`);
        await page.evaluate((l) => localStorage.setItem('pipeline-guard.lang', l), lang);
        await page.reload();
        await page.waitForSelector('[data-testid="sign-in"][open]');
        await page.fill('[data-testid="sign-in-user"]', 'vera');
        await page.fill('[data-testid="sign-in-password"]', 'not the password');
        await page.click('[data-testid="sign-in-submit"]');
        await page.waitForSelector('[data-testid="sign-in-error"]');
        const words = leaks(await visibleText(), new Set([...(await intlWords()), ...NATIVE, 'vera']));
        await tallScreenshot(`pseudo-${lang}-sign-in`);
        if (words.length) throw new Error(`text outside Fluent at sign-in:\n${[...new Set(words)].join(' | ')}`);
      } finally {
        await secure.stop();
      }
    },
  ]),
  ['for review: the Incidents page and the component form\'s config problems in de, ja and ar (artifacts/ui/review-*.png)', async () => {
    for (const lang of ['de', 'ja', 'ar']) {
      await page.goto(`${demo.url}/#/incidents`);
      await page.evaluate((l) => localStorage.setItem('pipeline-guard.lang', l), lang);
      await page.reload();
      await page.waitForSelector('[data-testid="incident-list"] article[data-incident]');
      if ((await page.evaluate(() => document.documentElement.lang)) !== lang) throw new Error(`the page is not in ${lang}`);
      await sleep(800);
      await tallScreenshot(`review-${lang}-incidents`);
      await page.goto(`${served.url}/#/components`);
      await page.evaluate((l) => localStorage.setItem('pipeline-guard.lang', l), lang);
      await page.reload();
      await page.waitForSelector('[data-testid="add-component"]');
      await page.click('[data-testid="add-component"]');
      await page.waitForSelector('[data-testid="component-form"] [data-field="/name"] input');
      const field = (ptr) => page.locator(`[data-testid="component-form"] [data-field="${ptr}"] :is(input, select, textarea)`).first();
      await field('/name').fill('bad name!');
      await field('/check').selectOption('tcp');
      await field('/check/tcp/addr').fill('nowhere');
      await field('/check/interval').fill('soon');
      await page.click('[data-testid="comp-form-save"]');
      await page.waitForSelector('[data-testid="component-form"] [data-problem-for="/check/interval"]');
      await sleep(300);
      // The problems are said in the page's language: none is the English one.
      const shownProblems = await page.locator('[data-testid="component-form"] [data-problem-for]').allInnerTexts();
      if (!shownProblems.length) throw new Error(`${lang}: no problem shown next to a field`);
      if (shownProblems.some((t) => /\b(expected|unknown|invalid)\b/.test(t))) throw new Error(`${lang}: English problems ${JSON.stringify(shownProblems)}`);
      await tallScreenshot(`review-${lang}-component-form`);
      await page.keyboard.press('Escape');
    }
  }],
];

let failed = 0;
try {
  failed = await runTests(tests, process.argv[2]);
} finally {
  await browser.close();
  await demo.stop();
  await served.stop();
}
process.exit(failed ? 1 : 0);
