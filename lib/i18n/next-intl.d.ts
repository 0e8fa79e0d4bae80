import type { Messages } from './messages/en';
import type { SiteLanguage } from './site-languages';

// Typed keys and languages for next-intl: a key missing from the English catalogue fails the type check.
declare module 'next-intl' {
  interface AppConfig {
    Locale: SiteLanguage;
    Messages: Messages;
  }
}
