import type { ReactNode } from 'react';
import type { FindingWords } from '@/lib/diagnose/phrase';
import type { PluralText } from '@/lib/i18n/client-text';
import type { Messages } from '@/lib/i18n/messages/en';
import type { SiteLanguage } from '@/lib/i18n/site-languages';

/** The Diagnose messages only the server page shows (its heading and introduction). */
export const PAGE_ONLY_KEYS = ['title', 'description', 'intro', 'privacy', 'noScript'] as const;
/** The Diagnose messages with a number the browser counts, or with markup. */
export const SPECIAL_KEYS = ['findingCount', 'answersFilledIn', 'pasteHint'] as const;

/** A Diagnose message the tool shows as plain text, `{name}` standing for each argument it fills in. */
export type DiagnoseTextKey = Exclude<keyof Messages['Diagnose'], (typeof PAGE_ONLY_KEYS)[number] | (typeof SPECIAL_KEYS)[number]>;

/**
 * The diagnose tool's words in the page's language, translated by the server
 * (components/diagnose/diagnose-words.tsx): the tool and its results are a client island that ships
 * no translations. The findings are phrases (lib/diagnose/phrase.ts), put into `findings`' words
 * by the lazily loaded analysis chunk.
 */
export interface DiagnoseWords {
  /** The page's language: the links to steps and articles are in it. */
  language: SiteLanguage;
  text: Record<DiagnoseTextKey, string>;
  findingCount: PluralText;
  answersFilledIn: PluralText;
  pasteHint: ReactNode;
  findings: FindingWords;
}
