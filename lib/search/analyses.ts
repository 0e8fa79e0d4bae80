import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { englishAnalysis, type TextAnalysis } from './analysis';
import { germanAnalysis } from './german';

// The pseudo-language (tests only) is English underneath: it searches the English index.
const ANALYSES: Record<SiteLanguage, TextAnalysis> = { en: englishAnalysis, de: germanAnalysis, 'en-XA': englishAnalysis };

/** The analysis of a site language's index, at hand: for the build and the server (the browser uses loadAnalysis). */
export function analysisOf(language: SiteLanguage): TextAnalysis {
  return ANALYSES[language];
}
