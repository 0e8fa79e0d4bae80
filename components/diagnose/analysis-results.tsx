import Link from 'next/link';
import type { Ref } from 'react';
import type { InputFormat } from '@/lib/diagnose/types';
import { pluralFor } from '@/lib/i18n/client-text';
import { fillIn } from '@/lib/i18n/format';
import type { DiagnoseTextKey, DiagnoseWords } from './diagnose-text';
import { FindingsList } from './findings-list';
import { HandshakeTimeline } from './handshake-timeline';
import type { ShownAnalysis } from './run-analysis';
import { TokenDetails } from './token-details';

const FORMAT_KEYS: Record<InputFormat, DiagnoseTextKey> = {
  har: 'formatHar',
  'har-fragments': 'formatHarFragments',
  transcript: 'formatTranscript',
  headers: 'formatHeaders',
  tokens: 'formatTokens',
  'iis-log': 'formatIisLog',
  empty: 'formatEmpty',
};

/** The results region: findings, the link onward, the handshake, the tokens and what was skipped. */
export function AnalysisResults({ shown, label, headingRef, words }: { shown: ShownAnalysis; label: string; headingRef: Ref<HTMLHeadingElement>; words: DiagnoseWords }) {
  const { analysis, continueHref } = shown;
  const { text } = words;
  return (
    <section aria-labelledby="diagnose-results" className="mt-6 border-t border-border pt-6">
      <h2 id="diagnose-results" ref={headingRef} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
        {text.results}
      </h2>
      <p className="mt-1 text-muted">{fillIn(text.readAs, { label, format: text[FORMAT_KEYS[analysis.format]] })}</p>

      <h3 className="mt-6 text-xl font-semibold">{text.findings}</h3>
      <FindingsList findings={analysis.findings} texts={shown.findingTexts} text={text} language={words.language} />
      {continueHref ? (
        <p className="mt-4">
          <Link href={continueHref} className="font-semibold">
            {analysis.suggestedAnswers.length > 0 ? text.continueTree : text.startTree}
          </Link>
          {analysis.suggestedAnswers.length > 0 ? (
            <span className="text-muted">
              {' '}
              {pluralFor(words.answersFilledIn, analysis.suggestedAnswers.length)}
            </span>
          ) : null}
        </p>
      ) : null}

      <h3 className="mt-8 text-xl font-semibold">{text.handshake}</h3>
      <HandshakeTimeline exchanges={analysis.exchanges} sources={shown.exchangeSources} tokens={analysis.tokens} text={text} />

      <h3 className="mt-8 text-xl font-semibold">{text.tokens}</h3>
      <TokenDetails tokens={analysis.tokens} sources={shown.tokenSources} notes={shown.tokenNotes} text={text} />

      {shown.skipped.length > 0 ? (
        <>
          <h3 className="mt-8 text-xl font-semibold">{text.skipped}</h3>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {shown.skipped.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
