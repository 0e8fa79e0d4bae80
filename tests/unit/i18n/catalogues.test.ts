import { describe, expect, it } from 'vitest';
import { de } from '@/lib/i18n/messages/de';
import { en } from '@/lib/i18n/messages/en';
import { flattenCatalogue, messageShape } from './catalogue-arguments';

const english = flattenCatalogue(en);

describe.each([['de', de]])('the %s catalogue', (_language, catalogue) => {
  const translated = flattenCatalogue(catalogue);

  it('has exactly the English keys', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('keeps each English message’s arguments, cases and tags', () => {
    const differing = [...english].flatMap(([key, message]) => {
      const want = messageShape(message);
      const got = messageShape(translated.get(key) ?? '');
      return JSON.stringify(want) === JSON.stringify(got) ? [] : [{ key, english: want, translated: got }];
    });
    expect(differing).toEqual([]);
  });

  it('holds only messages a formatter can read', () => {
    const unreadable = [...translated].filter(([, message]) => {
      try {
        messageShape(message);
        return false;
      } catch {
        return true;
      }
    });
    expect(unreadable.map(([key]) => key)).toEqual([]);
  });
});

describe('messageShape', () => {
  it('tells a dropped argument, a renamed tag and a missing select case apart from reworded text', () => {
    const source = '{count, plural, one {# result} other {# results}} for <q>{query}</q>{paged, select, yes {, page {page}} other {}}';
    expect(messageShape('{count, plural, one {# Ergebnis} other {# Ergebnisse}} für <q>{query}</q>{paged, select, yes {, Seite {page}} other {}}')).toEqual(messageShape(source));
    expect(messageShape('{count, plural, other {# Ergebnisse}} für <q>{query}</q>{paged, select, yes {} other {}}')).not.toEqual(messageShape(source));
    expect(messageShape('{count, plural, one {# Ergebnis} other {# Ergebnisse}} für <b>{query}</b>{paged, select, yes {, Seite {page}} other {}}')).not.toEqual(messageShape(source));
    expect(messageShape('{count, plural, one {# Ergebnis} other {# Ergebnisse}} für <q>{query}</q>{paged, select, ja {, Seite {page}} other {}}')).not.toEqual(messageShape(source));
  });
});
