// Availability as the engine computes it (`guard_engine::availability`, ARCHITECTURE.md
// "Availability"): the UI only formats the figure, never computes one.
import type { Availability } from './bindings/Availability';
import { fmtPercent, fmtDuration, fmtMs, t } from './i18n.svelte';

/** Fraction digits of an availability: `guard_engine::availability::DISPLAY_DIGITS`, as the reports. */
export const AVAILABILITY_DIGITS = 3;

/** The figure in the UI language (`—` without data). */
export function fmtAvailability(a: Availability | null | undefined): string {
  return a && a.ratio !== null ? fmtPercent(a.ratio * 100, AVAILABILITY_DIGITS) : '—';
}

/** Days of the period the figure covers (the default: the last 30 UTC days, today included). */
export function periodDays(a: Availability): number {
  return Math.max(1, Math.ceil((a.to_ms - a.from_ms) / 86_400_000));
}

/** What the figure rests on: outages and time down in the period, or that there is no data. */
export function availabilityDetail(a: Availability): string {
  if (a.ratio === null) return t('availability-no-data');
  // Under a second in milliseconds, as the reports say it.
  const down = a.down_ms < 1000 ? fmtMs(a.down_ms) : fmtDuration(a.down_ms);
  return t('availability-detail', { outages: a.outages, down, days: periodDays(a) });
}
