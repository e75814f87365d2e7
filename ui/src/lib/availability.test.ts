import { describe, expect, it } from 'vitest';
import type { Availability } from './bindings/Availability';
import { availabilityDetail, fmtAvailability, periodDays } from './availability';
import { setLang } from './i18n.svelte';

const DAY = 86_400_000;
// The figure of tests/availability.rs: 3,452,000 ms up of 3,600,000 observed.
const a: Availability = { ratio: 3_452_000 / 3_600_000, from_ms: 0, to_ms: 29.5 * DAY, up_ms: 3_452_000, degraded_ms: 120_000, down_ms: 148_000, outages: 3 };

describe('availability on screen', () => {
  it('shows the engine figure with three fraction digits in the locale format, — without data', () => {
    setLang('en');
    expect(fmtAvailability(a)).toBe('95.889%');
    expect(fmtAvailability({ ...a, ratio: null })).toBe('—');
    setLang('de');
    expect(fmtAvailability(a)).toBe('95,889\u00a0%');
    setLang('en');
  });
  it('says the outages, the time down and the period', () => {
    setLang('en');
    expect(periodDays(a)).toBe(30);
    expect(availabilityDetail(a)).toBe('3 outages, 2 min 28 s down, in the last 30 days');
    expect(availabilityDetail({ ...a, outages: 1, down_ms: 450 })).toBe('One outage, 450 ms down, in the last 30 days');
    expect(availabilityDetail({ ...a, outages: 0, down_ms: 0, ratio: 1 })).toBe('No outage in the last 30 days');
    expect(availabilityDetail({ ...a, ratio: null })).toBe('No data yet');
  });
});
