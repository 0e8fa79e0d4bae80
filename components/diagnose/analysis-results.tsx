import Link from 'next/link';
import type { Ref } from 'react';
import type { InputFormat } from '@/lib/diagnose/types';
import { FindingsList } from './findings-list';
import { HandshakeTimeline } from './handshake-timeline';
import type { ShownAnalysis } from './run-analysis';
import { TokenDetails } from './token-details';

const FORMAT_LABELS: Record<InputFormat, string> = {
  har: 'a HAR file',
  'har-fragments': 'part of a HAR file',
  transcript: 'an HTTP transcript',
  headers: 'loose header lines',
  tokens: 'bare tokens',
  'iis-log': 'IIS log lines',
  empty: 'empty input',
};

/** The results region: findings, the link onward, the handshake, the tokens and what was skipped. */
export function AnalysisResults({ shown, label, headingRef }: { shown: ShownAnalysis; label: string; headingRef: Ref<HTMLHeadingElement> }) {
  const { analysis, continueHref } = shown;
  return (
    <section aria-labelledby="diagnose-results" className="mt-6 border-t border-border pt-6">
      <h2 id="diagnose-results" ref={headingRef} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
        Results
      </h2>
      <p className="mt-1 text-muted">
        Read {label} as {FORMAT_LABELS[analysis.format]}.
      </p>

      <h3 className="mt-6 text-xl font-semibold">Findings</h3>
      <FindingsList findings={analysis.findings} />
      {continueHref ? (
        <p className="mt-4">
          <Link href={continueHref} className="font-semibold">
            {analysis.suggestedAnswers.length > 0 ? 'Continue in the troubleshooter' : 'Start the troubleshooter'}
          </Link>
          {analysis.suggestedAnswers.length > 0 ? (
            <span className="text-muted">
              {' '}
              with {analysis.suggestedAnswers.length} {analysis.suggestedAnswers.length === 1 ? 'answer' : 'answers'} filled in
              from these headers
            </span>
          ) : null}
        </p>
      ) : null}

      <h3 className="mt-8 text-xl font-semibold">Handshake</h3>
      <HandshakeTimeline exchanges={analysis.exchanges} tokens={analysis.tokens} />

      <h3 className="mt-8 text-xl font-semibold">Tokens</h3>
      <TokenDetails tokens={analysis.tokens} />

      {analysis.skipped.length > 0 ? (
        <>
          <h3 className="mt-8 text-xl font-semibold">Skipped</h3>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {analysis.skipped.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
