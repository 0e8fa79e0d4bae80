import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { englishAnalysis, type TextAnalysis } from './analysis';
import { germanAnalysis } from './german';

const ANALYSES: Record<SiteLanguage, TextAnalysis> = { en: englishAnalysis, de: germanAnalysis };

/** The analysis of a site language's index, at hand: for the build and the server (the browser uses loadAnalysis). */
export function analysisOf(language: SiteLanguage): TextAnalysis {
  return ANALYSES[language];
}
