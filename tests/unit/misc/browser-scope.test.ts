import { describe, expect, it } from 'vitest';
import { describeScope, narrowScope, parseBrowserScope, scopeCovers } from '@/lib/browser-scope';

describe('browser scope', () => {
  it('reads any and comma lists, in canonical order, and names unknown browsers', () => {
    expect(parseBrowserScope('any')).toEqual({ ok: true, scope: 'any' });
    expect(parseBrowserScope(' ie-mode, ie ')).toEqual({ ok: true, scope: ['ie', 'ie-mode'] });
    const bad = parseBrowserScope('ie,safari');
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.message).toContain('safari');
    expect(parseBrowserScope('').ok).toBe(false);
  });

  it('a path of unknown browser is covered only by a procedure for every browser', () => {
    expect(scopeCovers('any', 'any')).toBe(true);
    expect(scopeCovers(['ie', 'ie-mode'], 'any')).toBe(false);
    expect(scopeCovers(['ie', 'ie-mode'], ['ie-mode'])).toBe(true);
    expect(scopeCovers(['edge', 'chrome'], ['edge', 'firefox'])).toBe(false);
  });

  it('narrows along a path and describes scopes for readers', () => {
    expect(narrowScope('any', ['edge'])).toEqual(['edge']);
    expect(narrowScope(['edge', 'chrome'], ['chrome', 'firefox'])).toEqual(['chrome']);
    expect(describeScope(['ie', 'ie-mode'])).toBe('Internet Explorer 11 and Microsoft Edge in IE mode');
    expect(describeScope('any')).toBe('every browser');
  });
});
