import type { SiteLanguage } from '../site-languages';
import { de } from './de';
import { en, type Messages } from './en';
import { pseudoCatalogue } from '../pseudo';

const CATALOGUES: Record<Exclude<SiteLanguage, 'en-XA'>, Messages> = { en, de };

let pseudo: Messages | undefined;

/** The interface strings of a site language (the pseudo-language's made from English on first use). */
export function catalogueOf(language: SiteLanguage): Messages {
  if (language === 'en-XA') return (pseudo ??= pseudoCatalogue(en));
  return CATALOGUES[language];
}

export type { Messages };
