import { analyze } from '@/lib/diagnose/analyze';
import { findingText, type FindingText, type FindingWords } from '@/lib/diagnose/phrase';
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
  return { analysis, continueHref, findingTexts: analysis.findings.map((finding) => findingText(finding, words)) };
}
