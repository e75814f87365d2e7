import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpBackend } from './http';
import { BackendError } from './types';

function answer(status: number, body: unknown) {
  return vi.fn(async (_url: string, _init?: RequestInit) => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));
}
/** The headers a fetch call sent. */
const sentHeaders = (call: unknown[]) => (call[1] as RequestInit).headers as Record<string, string>;

afterEach(() => vi.unstubAllGlobals());

describe('HTTP backend', () => {
  it('returns JSON on success and builds the samples query', async () => {
    const fetch = answer(200, { buckets: [] });
    vi.stubGlobal('fetch', fetch);
    await new HttpBackend('').samples('a b', 'cpu_usage', 10, 20, 5);
    expect(fetch.mock.calls[0][0]).toBe('/api/components/a%20b/samples?metric=cpu_usage&from=10&to=20&step=5');
  });
  it.each([
    [404, { code: 'not_found', message: 'unknown component x' }, 'not_found'],
    [400, { code: 'bad_request', message: 'bad range' }, 'bad_request'],
    [403, 'forbidden', 'forbidden'],
    [429, '', 'rate_limited'],
    [500, '<html>', 'internal'],
  ])('maps HTTP %i to a typed error', async (status, body, code) => {
    vi.stubGlobal('fetch', answer(status, body));
    const err = await new HttpBackend('').component('x').catch((e) => e);
    expect(err).toBeInstanceOf(BackendError);
    expect(err.code).toBe(code);
  });
  it('treats a missing optional route as an absent feature, not an error', async () => {
    vi.stubGlobal('fetch', answer(404, { code: 'not_found', message: 'no such API route' }));
    const b = new HttpBackend('');
    expect(await b.incidents()).toBeNull();
    expect(await b.healingStats()).toBeNull();
    expect(await b.plan('x')).toBeNull();
  });
  it('sends the stored session token and keeps the one a login returns', async () => {
    const store = new Map<string, string>([['pipeline-guard.token', 'stored']]);
    vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v), removeItem: (k: string) => store.delete(k) });
    const fetch = vi.fn(async (url: string, _init?: RequestInit) => new Response(JSON.stringify(url === '/api/login' ? { token: 'fresh' } : {}), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const b = new HttpBackend('');
    await b.overview();
    expect(sentHeaders(fetch.mock.calls[0]).authorization).toBe('Bearer stored');
    await b.login('vera', 'pw');
    await b.session();
    expect(sentHeaders(fetch.mock.calls[2]).authorization).toBe('Bearer fresh');
    expect(store.get('pipeline-guard.token')).toBe('fresh');
    await b.logout();
    expect(store.has('pipeline-guard.token')).toBe(false);
  });
  it('asks for healing actions in the UI language', async () => {
    const fetch = answer(200, []);
    vi.stubGlobal('fetch', fetch);
    await new HttpBackend('').healingActions(50, 'de');
    expect(fetch.mock.calls[0][0]).toBe('/api/healing/actions?limit=50&lang=de');
  });
  it('asks for incidents in the UI language', async () => {
    const fetch = answer(200, []);
    vi.stubGlobal('fetch', fetch);
    await new HttpBackend('').incidents(10, 20, 'pt-BR');
    expect(fetch.mock.calls[0][0]).toBe('/api/incidents?from=10&to=20&lang=pt-BR');
  });
  it('posts the heal strategy as JSON', async () => {
    const fetch = answer(202, { id: 7 });
    vi.stubGlobal('fetch', fetch);
    expect(await new HttpBackend('').heal('api', 'restart')).toEqual({ id: 7 });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/components/api/heal');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ strategy: 'restart' });
  });
});
