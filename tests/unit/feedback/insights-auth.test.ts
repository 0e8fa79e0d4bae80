import { describe, expect, it } from 'vitest';
import {
  INSIGHTS_SESSION_SECONDS,
  insightsAccess,
  insightsCookieHeader,
  insightsSessionValue,
  insightsTokenStatus,
} from '@/lib/feedback/insights-auth';

const token = 'correct-horse-battery-staple';
const enabled = insightsTokenStatus({ INSIGHTS_TOKEN: token });
const now = Date.UTC(2026, 5, 1);

describe('insights access', () => {
  it('is disabled without a token, or with one too short to be a secret', () => {
    expect(insightsTokenStatus({})).toEqual({ enabled: false, reason: 'Insights are disabled: INSIGHTS_TOKEN is not set on the server.' });
    expect(insightsTokenStatus({ INSIGHTS_TOKEN: 'short' })).toMatchObject({ enabled: false, reason: expect.stringContaining('at least 16') });
    expect(insightsAccess(insightsTokenStatus({}), { authorization: `Bearer ${token}` }, now)).toBe('disabled');
  });

  it('opens with a session cookie made from the token, until it expires', () => {
    const cookie = insightsSessionValue(token, now);
    expect(cookie).not.toContain(token);
    expect(insightsAccess(enabled, { cookie }, now + 1000)).toBe('open');
    expect(insightsAccess(enabled, { cookie }, now + INSIGHTS_SESSION_SECONDS * 1000)).toBe('locked');
  });

  it('stays locked for a forged, tampered or old-token cookie', () => {
    const cookie = insightsSessionValue(token, now);
    const [expiry, mac] = cookie.split('.');
    expect(insightsAccess(enabled, { cookie: `${Number(expiry) + 1}.${mac}` }, now)).toBe('locked');
    expect(insightsAccess(enabled, { cookie: insightsSessionValue('another-token-of-length', now) }, now)).toBe('locked');
    expect(insightsAccess(enabled, { cookie: 'garbage' }, now)).toBe('locked');
    expect(insightsAccess(enabled, {}, now)).toBe('locked');
  });

  it('opens with the token as a bearer header, and only the right one', () => {
    expect(insightsAccess(enabled, { authorization: `Bearer ${token}` }, now)).toBe('open');
    expect(insightsAccess(enabled, { authorization: `Bearer ${token}x` }, now)).toBe('locked');
    expect(insightsAccess(enabled, { authorization: token }, now)).toBe('locked');
  });

  it('sets an HttpOnly, SameSite=Strict cookie limited to /insights', () => {
    expect(insightsCookieHeader('v', { secure: true })).toBe(
      `fixpath_insights=v; Path=/insights; Max-Age=${INSIGHTS_SESSION_SECONDS}; HttpOnly; SameSite=Strict; Secure`,
    );
    expect(insightsCookieHeader('', { secure: false })).toBe('fixpath_insights=; Path=/insights; Max-Age=0; HttpOnly; SameSite=Strict');
  });
});
