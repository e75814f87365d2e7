import { HttpBackend } from './http';
import { TauriBackend } from './tauri';
import type { Backend } from './types';

export * from './types';

/** The desktop app injects `__TAURI_INTERNALS__`; a browser gets the HTTP backend. */
export function pickBackend(): Backend {
  if (typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window) return new TauriBackend();
  return new HttpBackend('');
}
