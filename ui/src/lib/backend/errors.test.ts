// An engine error carries its Fluent message (`msg`, on the HTTP and the app's path alike):
// the UI says it in its own language, not the English `message`; a message this UI does not
// know falls back to `message`. The app's path is the real `TauriBackend` over a mocked
// `invoke` that rejects as Tauri does: with the command's `CmdError`, or with Tauri's own words.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../i18n.svelte';
import { HttpBackend } from './http';
import { BackendError } from './types';

const rejectWith = vi.hoisted(() => ({ value: undefined as unknown }));
vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn(async () => Promise.reject(rejectWith.value)) }));
vi.mock('@tauri-apps/api/event', () => ({ listen: vi.fn(async () => () => {}) }));

const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');
const unknownComponent = {
  code: 'not_found',
  message: 'unknown component `x`',
  msg: { id: 'api-error-unknown-component', args: { name: 'x' } },
};

afterEach(() => {
  vi.unstubAllGlobals();
  setLang('en');
});

describe('errors said in the UI language', () => {
  it('says an HTTP error from its msg, keeping the code and the status', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(unknownComponent), { status: 404 })));
    setLang('de');
    const err = await new HttpBackend('').component('x').catch((e) => e);
    expect(err).toBeInstanceOf(BackendError);
    expect([err.code, err.status, strip(err.message)]).toEqual(['not_found', 404, 'unbekannte Komponente `x`']);
    expect(err.msg?.id).toBe('api-error-unknown-component');
  });
  it('falls back to the message for a msg this UI does not know', async () => {
    const body = { code: 'bad_request', message: 'from a newer engine', msg: { id: 'no-such-message' } };
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status: 400 })));
    setLang('ja');
    const err = await new HttpBackend('').component('x').catch((e) => e);
    expect(err.message).toBe('from a newer engine');
  });
  it('says a command error of the app from its msg, nested messages too', async () => {
    const { TauriBackend } = await import('./tauri');
    rejectWith.value = {
      code: 'bad_request',
      message: '`lang`: unknown language `tlh`, expected one of en, es',
      msg: { id: 'api-error-field', args: { field: 'lang', problem: { id: 'api-error-unknown-language', args: { value: 'tlh', expected: 'en, es' } } } },
    };
    setLang('ja');
    const err = await new TauriBackend().overview().catch((e) => e);
    expect(err.code).toBe('bad_request');
    expect(strip(err.message)).toBe("`lang`: 不明な言語 `tlh`（指定可能な値: en, es）");
  });
  it("wraps Tauri's own refusal in the app's message", async () => {
    const { TauriBackend } = await import('./tauri');
    rejectWith.value = 'invalid args `name` for command `component`';
    setLang('fr');
    const err = await new TauriBackend().component('x').catch((e) => e);
    expect(err.code).toBe('internal');
    expect(strip(err.message)).toMatch(/^l’application n’a pas pu exécuter cette commande\u202f?\s?: invalid args/);
  });
});
