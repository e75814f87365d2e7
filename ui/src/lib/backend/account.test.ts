import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpBackend } from './http';

afterEach(() => vi.unstubAllGlobals());

describe('language saved with the account', () => {
  it('reads the account language and treats "no account" as none', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ user: 'maria', role: 'operator', language: 'pt-BR' }), { status: 200 })));
    expect(await new HttpBackend('').accountLanguage()).toBe('pt-BR');
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ code: 'unauthorized', message: 'authentication required' }), { status: 401 })));
    expect(await new HttpBackend('').accountLanguage()).toBeNull();
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ code: 'not_found', message: 'no such API route' }), { status: 404 })));
    expect(await new HttpBackend('').accountLanguage()).toBeNull();
  });
  it('saves with PUT /api/account/language and reports when there is no account', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ user: 'maria', language: 'ja' }), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    expect(await new HttpBackend('').saveAccountLanguage('ja')).toBe(true);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/account/language');
    expect(init.method).toBe('PUT');
    expect(JSON.parse(String(init.body))).toEqual({ language: 'ja' });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ code: 'not_found', message: 'security is disabled, so there is no operator account' }), { status: 404 })));
    expect(await new HttpBackend('').saveAccountLanguage('ja')).toBe(false);
  });
  it('surfaces server errors', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('boom', { status: 500 })));
    await expect(new HttpBackend('').accountLanguage()).rejects.toThrow();
  });
});
