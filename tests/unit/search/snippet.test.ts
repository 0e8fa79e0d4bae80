import { describe, expect, it } from 'vitest';
import { buildSnippet, markTerms } from '@/lib/search/snippet';

const marked = (parts: { text: string; marked: boolean }[]) => parts.filter((part) => part.marked).map((part) => part.text);
const text = (parts: { text: string }[]) => parts.map((part) => part.text).join('');

describe('markTerms', () => {
  it('marks whole words whose index form matched, whatever their case, and keeps every character', () => {
    const source = 'Set EnableNegotiate to 0 (enablenegotiate is a DWORD); EnableNegotiateX is another value.';
    const parts = markTerms(source, new Set(['enablenegotiate']));
    expect(marked(parts)).toEqual(['EnableNegotiate', 'enablenegotiate']);
    expect(text(parts)).toBe(source);
  });

  it('keeps markup in the text as text: parts are never HTML', () => {
    const parts = markTerms('<script>alert(1)</script> kerberos', new Set(['kerberos']));
    expect(text(parts)).toBe('<script>alert(1)</script> kerberos');
    expect(marked(parts)).toEqual(['kerberos']);
  });
});

describe('buildSnippet', () => {
  const long = `${'Lead-in words that say nothing. '.repeat(12)}Here Kerberos fails because no domain controller answers. ${'Trailing filler. '.repeat(12)}`;

  it('shows a window around the first match, cut at spaces, with ellipses where text was left out', () => {
    const parts = buildSnippet(long, new Set(['kerberos']), 120);
    const shown = text(parts);
    expect(marked(parts)).toEqual(['Kerberos']);
    expect(shown.startsWith('… ')).toBe(true);
    expect(shown.endsWith(' …')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(124);
    expect(shown).toContain('Here Kerberos fails');
  });

  it('starts at the beginning when nothing in the text matched (the match was in the title)', () => {
    expect(text(buildSnippet(long, new Set(['absent']), 60))).toMatch(/^Lead-in words .* …$/);
  });

  it('returns short text whole', () => {
    expect(text(buildSnippet('Open Registry Editor.', new Set(['registry'])))).toBe('Open Registry Editor.');
  });
});
