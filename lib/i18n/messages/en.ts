/**
 * The English interface strings: the catalogue every other language's must match key for key
 * (each `satisfies Messages`, so a missing or extra key fails the type check). Values are ICU
 * messages (next-intl). Content (articles, troubleshooters) is not here: it has its own files.
 */
export const en = {
  Language: {
    name: 'English',
    switcher: 'Language',
  },
  TranslationNotice: {
    missingTitle: 'Not translated yet',
    missing: 'This page has not been translated into this language yet, so it is shown in English.',
    staleTitle: 'This translation may be out of date',
    stale: 'The English page has changed since this translation was written.',
    readSource: 'Read the English page',
  },
  LanguageSuggestion: {
    offer: 'This site is also in English.',
    go: 'Read it in English',
    dismiss: 'No thanks',
  },
};

export type Messages = typeof en;
