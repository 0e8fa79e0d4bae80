import { TRANSLATION_LANGUAGES } from './languages';
import type { SiteLanguage } from './site-languages';

/** Each site language named in itself, as a language menu shows it. */
export function languageChoices(): { language: SiteLanguage; name: string }[] {
  return [
    { language: 'en', name: 'English' },
    ...Object.entries(TRANSLATION_LANGUAGES).map(([id, language]) => ({ language: id as SiteLanguage, name: language.nativeName })),
  ];
}
