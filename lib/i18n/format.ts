import { accent, PSEUDO_LANGUAGE } from './pseudo-language';

/**
 * Dates and fill-in words for the page's language, through Intl. The site writes English dates the
 * British way ("7 December 2026"), as it always has; every other language in its own country's way.
 */

/** The Intl locale a site language formats with. */
export function intlLocaleOf(language: string): string {
  if (language === 'en' || language.startsWith('en-')) return 'en-GB';
  return language === 'de' ? 'de-DE' : language;
}

/** A calendar day (`2026-12-07`) in words: "7 December 2026", "7. Dezember 2026". */
export function formatDay(isoDate: string, language: string): string {
  const format = new Intl.DateTimeFormat(intlLocaleOf(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const day = format.format(new Date(`${isoDate}T00:00:00Z`));
  // Intl has no words of the test-only pseudo-language: its dates are accented like its messages, so
  // its browser test tells a date written in the page's language from one written in English.
  return language === PSEUDO_LANGUAGE ? accent(day) : day;
}

/**
 * A client island's message with its arguments put in: the server translates the message with each
 * argument set to its own `{name}`, and the island fills in the value it only knows in the browser,
 * so no formatter ships to the browser.
 */
export function fillIn(template: string, values: Readonly<Record<string, string | number>>): string {
  return Object.entries(values).reduce((text, [name, value]) => text.split(`{${name}}`).join(String(value)), template);
}
