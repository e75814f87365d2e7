import { HttpBackend } from './http';
import { SimBackend } from './sim';
import { TauriBackend } from './tauri';
import type { Backend } from './types';

export * from './types';

/** The desktop app injects `__TAURI_INTERNALS__`; a browser gets the HTTP backend. */
export function pickBackend(): Backend {
  if (typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window) return new TauriBackend();
  // Frame-time benchmark only: `?sim=1000&eps=1000` streams synthetic components in the page.
  const sim = typeof location !== 'undefined' ? new URLSearchParams(location.search) : null;
  if (sim?.get('sim')) return new SimBackend(Number(sim.get('sim')), Number(sim.get('eps') ?? 1000));
  return new HttpBackend('');
}
