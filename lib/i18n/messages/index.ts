import type { SiteLanguage } from '../site-languages';
import { de } from './de';
import { en, type Messages } from './en';

const CATALOGUES: Record<SiteLanguage, Messages> = { en, de };

/** The interface strings of a site language. */
export function catalogueOf(language: SiteLanguage): Messages {
  return CATALOGUES[language];
}

export type { Messages };
