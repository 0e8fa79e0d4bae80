import Link from 'next/link';
import type { FindingText } from '@/lib/diagnose/phrase';
import type { Finding } from '@/lib/diagnose/types';
import { fillIn } from '@/lib/i18n/format';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { articlePath, localizePath } from '@/lib/paths';
import type { DiagnoseTextKey } from './diagnose-text';

/** What the analysis concluded, each finding with the article that explains it and the lines it rests on. */
export function FindingsList({
  findings,
  texts,
  text,
  language,
}: {
  findings: readonly Finding[];
  /** Each finding in the page's words, in the same order. */
  texts: readonly FindingText[];
  text: Readonly<Record<DiagnoseTextKey, string>>;
  language: SiteLanguage;
}) {
  if (findings.length === 0) {
    return <p className="mt-3">{text.noFindings}</p>;
  }
  return (
    <ul className="mt-3 space-y-4">
      {findings.map((finding, index) => {
        // Some findings (one per IIS status pair, one per SPN) share an id.
        const words = texts[index];
        return (
          <li key={`${finding.id}-${index}`} className="rounded border border-border p-4">
            <p className="font-semibold">{words?.message}</p>
            {words?.inference ? (
              <p className="mt-2">
                <span className="font-semibold">{text.suggests}</span>
                {words.inference}
              </p>
            ) : null}
            {finding.article ? (
              <p className="mt-2">
                <Link href={localizePath(language, articlePath(finding.article.slug, finding.article.anchor || undefined))}>{words?.articleText}</Link>
              </p>
            ) : null}
            {finding.evidence.length > 0 ? (
              <details className="mt-2">
                <summary className="cursor-pointer text-muted">{fillIn(text.evidence, { count: finding.evidence.length })}</summary>
                <ul className="mt-2 list-disc space-y-1 pl-6 font-mono text-sm break-words">
                  {finding.evidence.map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
