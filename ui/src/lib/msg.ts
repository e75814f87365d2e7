// Engine texts the server sends as Fluent messages (`Msg`, ts-rs from
// crates/engine/src/heal/timeline.rs), said in the UI's language: numbers as numbers (plural
// forms), durations and moments formatted for the language, nested messages said first.
import type { Msg } from './bindings/Msg';
import type { MsgArg } from './bindings/MsgArg';
import { fmtDateTime, fmtDuration, t } from './i18n.svelte';

function value(a: MsgArg): string | number {
  if (typeof a === 'number' || typeof a === 'string') return a;
  if (Array.isArray(a)) return a.map(sayMsg).join('; ');
  if ('duration_ms' in a) return fmtDuration(a.duration_ms);
  if ('at_ms' in a) return fmtDateTime(a.at_ms);
  return sayMsg(a);
}

export function sayMsg(m: Msg): string {
  const args: Record<string, string | number> = {};
  for (const [k, a] of Object.entries(m.args ?? {})) if (a !== undefined) args[k] = value(a);
  return t(m.id, args);
}
