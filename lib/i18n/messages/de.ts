import type { Messages } from './en';

/** The German interface strings (see en.ts). Sie-form, Microsoft's German terms where they exist. */
export const de = {
  Language: {
    name: 'Deutsch',
    switcher: 'Sprache',
  },
  TranslationNotice: {
    missingTitle: 'Noch nicht übersetzt',
    missing: 'Diese Seite gibt es noch nicht auf Deutsch. Sie sehen das englische Original.',
    staleTitle: 'Diese Übersetzung ist möglicherweise veraltet',
    stale: 'Die englische Seite wurde geändert, nachdem diese Übersetzung geschrieben wurde.',
    readSource: 'Englische Seite lesen',
  },
  LanguageSuggestion: {
    offer: 'Diese Website gibt es auch auf Deutsch.',
    go: 'Auf Deutsch lesen',
    dismiss: 'Nein, danke',
  },
} satisfies Messages;
