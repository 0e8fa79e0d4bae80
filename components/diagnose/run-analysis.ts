import { analyze } from '@/lib/diagnose/analyze';
import { sourcePhrase } from '@/lib/diagnose/evidence';
import { findingText, formatPhrase, type FindingText, type FindingWords } from '@/lib/diagnose/phrase';
import type { Analysis } from '@/lib/diagnose/types';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { localizePath, stepPath } from '@/lib/paths';
import type { WizardTree } from '@/lib/wizard/schema';

/** An analysis ready to show, with the troubleshooter link it suggests (null when it suggests none). */
export interface ShownAnalysis {
  analysis: Analysis;
  continueHref: string | null;
  /** Each finding in the page's words, in the order of `analysis.findings`. */
  findingTexts: FindingText[];
  /** What was skipped, in the page's words. */
  skipped: string[];
  /** Where each exchange and each token was read, in the page's words, in their order. */
  exchangeSources: string[];
  tokenSources: string[];
  /** Each token's note in the page's words (null for a token without one), in the order of `analysis.tokens`. */
  tokenNotes: (string | null)[];
}

/**
 * Everything the diagnose page runs on input, in one module so that it arrives as one lazily loaded
 * chunk on the first Analyse (the findings' formatting too); tokens are always redacted, names only
 * shown when asked for.
 */
export function runAnalysis(
  input: string,
  trees: readonly WizardTree[],
  includeNames: boolean,
  language: SiteLanguage,
  words: FindingWords,
): ShownAnalysis {
  const analysis = analyze(input, { trees, includeNames, redact: true });
  const { suggestedTree, suggestedStep, suggestedAnswers } = analysis;
  const continueHref =
    suggestedTree !== null && suggestedStep !== null ? localizePath(language, stepPath(suggestedTree, suggestedStep, suggestedAnswers)) : null;
  return {
    analysis,
    continueHref,
    findingTexts: analysis.findings.map((finding) => findingText(finding, words)),
    skipped: analysis.skipped.map((note) => formatPhrase(note, words)),
    exchangeSources: analysis.exchanges.map((exchange) => formatPhrase(sourcePhrase(exchange.source), words)),
    tokenSources: analysis.tokens.map((token) => formatPhrase(sourcePhrase(token.source), words)),
    tokenNotes: analysis.tokens.map((token) => (token.note ? formatPhrase(token.note, words) : null)),
  };
}
