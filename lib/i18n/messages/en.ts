/**
 * The English interface strings: the catalogue every other language's must match key for key
 * (each `satisfies Messages`, so a missing or extra key fails the type check). Values are ICU
 * messages (next-intl). Content (articles, troubleshooters) is not here: it has its own files.
 */
export const en = {
  Language: {
    name: 'English',
  },
};

export type Messages = typeof en;
