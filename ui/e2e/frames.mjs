// What the frame-time benches share: a static server for ui/dist (the page runs its synthetic
// backend with `?sim=N&eps=E`) and the in-page probe that records requestAnimationFrame deltas.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { UI_DIR } from './harness.mjs';

/** Serves ui/dist on a free loopback port; resolves to `{ base, close }`. */
export async function serveDist() {
  const dist = path.join(UI_DIR, 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist} is not built: run \`npm run build\` in ui/`);
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = createServer((req, res) => {
    const p = path.join(dist, new URL(req.url, 'http://x').pathname);
    const f = existsSync(p) && !p.endsWith('/') ? p : path.join(dist, 'index.html');
    res.writeHead(200, { 'content-type': types[path.extname(f)] ?? 'application/octet-stream' });
    res.end(readFileSync(f));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** In the page: `seconds` of rAF deltas (optionally scrolling the components table), then `done(result)`. */
export function probe(seconds, scroll, done) {
  const deltas = [];
  let last = performance.now();
  const end = last + seconds * 1000;
  const body = document.querySelector('[data-testid="components-table"]');
  function frame(t) {
    deltas.push(t - last);
    last = t;
    if (scroll && body) body.scrollTop = (body.scrollTop + 37) % (body.scrollHeight - body.clientHeight);
    if (t < end) requestAnimationFrame(frame);
    else {
      deltas.sort((a, b) => a - b);
      const q = (p) => deltas[Math.min(deltas.length - 1, Math.floor(p * deltas.length))];
      done({ frames: deltas.length, fps: deltas.length / seconds, p50: q(0.5), p95: q(0.95), p99: q(0.99), max: deltas[deltas.length - 1], rows: document.querySelectorAll('[data-row-index]').length });
    }
  }
  requestAnimationFrame(frame);
}

/** The pages and event rates every frame bench measures, in table order. */
export const CASES = (eps) => [['overview', false], ['components', false], ['components', true]].flatMap(([route, scroll]) => [0, eps].map((e) => ({ route, scroll, eps: e })));

export const TABLE_HEAD = `| page | events/s | frames/s | p50 ms | p95 ms | p99 ms | max ms | rows in DOM |\n|---|---|---|---|---|---|---|---|`;
export const tableRow = (r) => `| ${r.route + (r.scroll ? ' (scrolling)' : '')} | ${r.eps} | ${r.fps.toFixed(1)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} | ${r.rows || '—'} |`;
