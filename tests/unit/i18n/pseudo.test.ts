import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/messages/en';
import { formatDay } from '@/lib/i18n/format';
import { PSEUDO_LANGUAGE, pseudoCatalogue, pseudoLanguageEnabled, pseudoLocalize } from '@/lib/i18n/pseudo';
import { hitsInLanguage } from '@/lib/search/hit-language';
import type { SearchHit } from '@/lib/search/query';
import { flattenCatalogue, messageShape, messageWords } from './catalogue-arguments';

const english = flattenCatalogue(en);
const pseudo = flattenCatalogue(pseudoCatalogue(en));

/** The letters of a message's words, without the pseudo-language's brackets and padding. */
const letters = (message: string) => messageWords(message).replace(/[^\p{L}]/gu, '');

describe('the pseudo-language', () => {
  it('has a message for every English key', () => {
    expect([...pseudo.keys()]).toEqual([...english.keys()]);
  });

  it('keeps every argument, plural and select case and tag of every message', () => {
    const changed = [...english].filter(([key, message]) => JSON.stringify(messageShape(pseudo.get(key) ?? '')) !== JSON.stringify(messageShape(message)));
    expect(changed.map(([key]) => key)).toEqual([]);
  });

  it('changes the words of every message, so a string that is not from the catalogue stands out', () => {
    const unchanged = [...english].filter(([key, message]) => {
      const text = pseudo.get(key) ?? '';
      return !text.startsWith('⟦') || (letters(message) !== '' && letters(text) === letters(message)) || /[a-z]/i.test(letters(text));
    });
    expect(unchanged.map(([key]) => key)).toEqual([]);
  });

  it('makes a message about 30 % longer, and still formats it with its arguments', () => {
    const message = 'See all {count} articles for <q>{query}</q>';
    const localized = pseudoLocalize(message);
    expect(localized).toMatch(/^⟦Šéé áļļ \{count\} áŕţíçļéš ƒóŕ <q>\{query\}<\/q>·+⟧$/);
    const t = createTranslator({ locale: 'en', messages: { m: localized } });
    const shown = t.rich('m', { count: 3, query: 'kerberos', q: (chunks) => `[${String(chunks)}]` });
    expect(shown).toBe(`⟦Šéé áļļ 3 áŕţíçļéš ƒóŕ [kerberos]${localized.slice(localized.indexOf('·'), -1)}⟧`);
    const padding = localized.length - localized.replace(/·/g, '').length;
    const words = 'See all  articles for '.length;
    expect(padding).toBe(Math.ceil(words * 0.3));
  });

  it('keeps plural cases working, with # as the number', () => {
    const t = createTranslator({ locale: 'en', messages: { m: pseudoLocalize('{count, plural, one {# result} other {# results}}') } });
    expect(t('m', { count: 1 })).toMatch(/^⟦1 ŕéšúļţ·+⟧$/);
    expect(t('m', { count: 12 })).toMatch(/^⟦12 ŕéšúļţš·+⟧$/);
  });

  it('writes its dates accented, so a date written in English on its pages stands out; other languages keep Intl\'s words', () => {
    expect(formatDay('2026-12-07', PSEUDO_LANGUAGE)).toBe('7 Ðéçéɱƀéŕ 2026');
    expect(formatDay('2026-12-07', 'en')).toBe('7 December 2026');
    expect(formatDay('2026-12-07', 'de')).toBe('7. Dezember 2026');
  });

  it('says the English index\'s results are English on its pages, and leaves a page in the index\'s own language alone', () => {
    const hit: SearchHit = { id: 1, kind: 'article', href: '/articles/a', label: [{ text: 'A', marked: false }], context: '', snippet: [] };
    expect(hitsInLanguage([hit], 'en', PSEUDO_LANGUAGE)).toEqual([{ ...hit, language: 'en' }]);
    expect(hitsInLanguage([hit], 'en', 'en')).toEqual([hit]);
    // An untranslated page's result in the German index already says it is English.
    expect(hitsInLanguage([{ ...hit, language: 'en' }], 'de', PSEUDO_LANGUAGE)).toEqual([{ ...hit, language: 'en' }]);
  });

  it('is served only by a build made with FIXPATH_PSEUDO_LOCALE=1', () => {
    expect(PSEUDO_LANGUAGE).toBe('en-XA');
    expect(pseudoLanguageEnabled({ FIXPATH_PSEUDO_LOCALE: '1' })).toBe(true);
    expect(pseudoLanguageEnabled({})).toBe(false);
  });
});
