import { describe, expect, it } from 'vitest';
import { roleLabelKey, tokenState } from './security';

describe('security settings', () => {
  it.each([
    [{ revoked: true, expires_ms: 2000 }, 'revoked'],
    [{ revoked: true, expires_ms: 10 }, 'revoked'],
    [{ revoked: false, expires_ms: 1000 }, 'expired'],
    [{ revoked: false, expires_ms: 1001 }, 'active'],
  ] as const)('token %o is %s at 1000', (tk, want) => {
    expect(tokenState(tk, 1000)).toBe(want);
  });
  it('built-in roles are translated, custom roles keep their name', () => {
    expect(roleLabelKey('viewer')).toBe('ui-security-role-viewer');
    expect(roleLabelKey('auditor')).toBe('auditor');
  });
});
