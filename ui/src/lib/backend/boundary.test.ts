// The client and the engine's declared boundary agree: every request the HTTP client makes is
// a route of the boundary table (`guard_engine::boundary::ops::OPS`, from which the server
// registers every route: `SecureRouter::op`) with that method, and every command the Tauri
// client invokes is in the app's command list (src-tauri/src/command_names.rs, generated from
// the same table; the app's tests check it against the handler and the capability).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpBackend } from './http';
import type { Backend } from './types';
import tauriSource from './tauri.ts?raw';
import commandNames from '../../../../src-tauri/src/command_names.rs?raw';
import opsSource from '../../../../crates/engine/src/boundary/ops.rs?raw';

/** `GET /api/components/{}` … as the boundary table declares them. */
function declaredRoutes(): Set<string> {
  const out = new Set<string>();
  for (const m of opsSource.matchAll(/(?:both|http)\("[a-z_]+", "(GET|POST|PUT|DELETE)", "(\/api[^"]*)"/g)) out.add(`${m[1]} ${m[2].replace(/\{[^}]+\}/g, '{}')}`);
  return out;
}

/** One call of every client method that talks to the engine, with sample arguments. */
const CALLS: [string, (b: Backend) => Promise<unknown>][] = [
  ['session', (b) => b.session()],
  ['login', (b) => b.login!('u', 'p')],
  ['logout', (b) => b.logout!()],
  ['overview', (b) => b.overview()],
  ['components', (b) => b.components()],
  ['component', (b) => b.component('a b')],
  ['samples', (b) => b.samples('a', 'cpu_usage', 1, 2, 1)],
  ['timeline', (b) => b.timeline('a')],
  ['incidents', (b) => b.incidents(1, 2, 'de')],
  ['healingStats', (b) => b.healingStats()],
  ['healingActions', (b) => b.healingActions(5, 'de')],
  ['heal', (b) => b.heal('a', 'restart')],
  ['pause', (b) => b.setHealingPaused(true, 'a')],
  ['resume', (b) => b.setHealingPaused(false)],
  ['plan', (b) => b.plan('a')],
  ['findings', (b) => b.findings({ from: 1 })],
  ['forecast', (b) => b.forecast('a')],
  ['rules', (b) => b.rules('a')],
  ['accountLanguage', (b) => b.accountLanguage!()],
  ['saveAccountLanguage', (b) => b.saveAccountLanguage!('de')],
  ['regions', (b) => b.regions()],
  ['activate', (b) => b.setRegionActive('eu-west', true)],
  ['deactivate', (b) => b.setRegionActive('eu-west', false)],
  ['validate', (b) => b.validateDataOperation({ operation: 'store', data_type: 'personal_data', user_region: 'eu-west', destination_region: 'eu-west' } as never)],
  ['report', (b) => b.report({ from: '2026-01-01', to: '2026-01-02' })],
  ['exportReport', (b) => b.exportReport({ from: '2026-01-01', to: '2026-01-02', format: 'pdf' })],
  ['users', (b) => b.users()],
  ['addUser', (b) => b.addUser({ name: 'n', role: 'viewer', password: 'p' })],
  ['setUserRole', (b) => b.setUserRole('n', 'viewer')],
  ['disable', (b) => b.setUserDisabled('n', true)],
  ['enable', (b) => b.setUserDisabled('n', false)],
  ['eraseUser', (b) => b.eraseUser('n')],
  ['apiTokens', (b) => b.apiTokens()],
  ['issueToken', (b) => b.issueToken({ user: 'n', ttl_s: 60, permissions: [] })],
  ['revokeToken', (b) => b.revokeToken('j')],
  ['auditLog', (b) => b.auditLog()],
  ['auditVerify', (b) => b.auditVerify()],
  ['securityFindings', (b) => b.securityFindings()],
  ['addMaintenance', (b) => b.addMaintenance({ component: null, minutes: 15 } as never)],
  ['deliveries', (b) => b.deliveries()],
  ['autoscale', (b) => b.autoscale('de')],
  ['componentAutoscale', (b) => b.componentAutoscale('a', 'de')],
  ['setComponentAutoscale', (b) => b.setComponentAutoscale('a', {} as never)],
  ['autoscaleDecisions', (b) => b.autoscaleDecisions({})],
  ['healingQueue', (b) => b.healingQueue()],
  ['optimalRegion', (b) => b.optimalRegion('de', 'de')],
  ['regionLocations', (b) => b.regionLocations()],
  ['front', (b) => b.front('a b')],
];

afterEach(() => vi.unstubAllGlobals());

describe('the typed client and the engine boundary', () => {
  it('every HTTP request is a route the server declares, with its method', async () => {
    const sent: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      sent.push(`${init?.method ?? 'GET'} ${url}`);
      return new Response(url === '/api/login' ? '{"token":"t"}' : 'null', { status: 200 });
    }));
    vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => {}, removeItem: () => {} });
    const b = new HttpBackend('');
    for (const [, call] of CALLS) await call(b);
    const routes = declaredRoutes();
    expect(routes.size).toBeGreaterThan(40);
    // `{}` in a declared route stands for one path segment.
    const patterns = [...routes].map((r) => new RegExp(`^${r.split('{}').map((x) => x.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('[^/]+')}$`));
    const undeclared = sent.map((s) => s.replace(/\?.*$/, '')).filter((s) => !patterns.some((p) => p.test(s)));
    expect(undeclared).toEqual([]);
    expect(sent.length).toBe(CALLS.length);
  });
  it('every Tauri command the client invokes is one the app declares, and it uses them all', () => {
    const declared = [...commandNames.matchAll(/^\s*"([a-z_]+)",/gm)].map((m) => m[1]).sort();
    const used = [...new Set([...tauriSource.matchAll(/call(?:<[^>]*>)?\('([a-z_]+)'/g)].map((m) => m[1]))].sort();
    expect(declared.length).toBeGreaterThan(30);
    expect(used).toEqual(declared);
  });
});
