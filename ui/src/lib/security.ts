// Settings → Security logic: roles, token scopes and lifetimes, a token's state.
import type { Permission } from './backend';

export const ROLES = ['admin', 'operator', 'viewer'];
export const PERMISSIONS: Permission[] = ['ADMIN_ACCESS', 'MANAGE_COMPONENTS', 'TRIGGER_HEALING', 'READ_METRICS', 'MONITOR_HEALTH', 'EXPORT_REPORTS', 'MANAGE_USERS', 'VIEW_AUDIT'];
export const TTLS = [
  { seconds: 3600, key: 'ui-security-ttl-hour' },
  { seconds: 86_400, key: 'ui-security-ttl-day' },
  { seconds: 30 * 86_400, key: 'ui-security-ttl-month' },
];

/** Built-in roles have translated names; custom roles show their own name. */
export function roleLabelKey(role: string): string {
  return ROLES.includes(role) ? `ui-security-role-${role}` : role;
}

/** Whether a token still works: revoked wins over expired. */
export function tokenState(tk: { revoked: boolean; expires_ms: number | bigint }, now: number): 'active' | 'revoked' | 'expired' {
  if (tk.revoked) return 'revoked';
  return Number(tk.expires_ms) <= now ? 'expired' : 'active';
}
