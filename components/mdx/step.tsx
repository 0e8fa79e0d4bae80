import { useTranslations } from 'next-intl';
import { useCopyWords } from '@/components/wizard/wizard-words';
import type { ReactNode } from 'react';
import { CopyButton } from '@/components/copy-button';
import { AliasAnchors } from './anchor-aliases';
import { useLocale } from 'next-intl';
import { localizePath } from '@/lib/paths';

/**
 * Props of {@link Step}; `id`, `number` and `href` come from the remark plugin, `title` and `aliases`
 * from the author. `outsideArticle` is set by the page, never by authors: the step is shown away from
 * its article (a troubleshooter's outcome), so its link leaves the page the reader is on.
 */
export type StepProps = { id: string; number: number; href: string; title: string; aliases?: string; outsideArticle?: boolean; children?: ReactNode };

/** One step of a procedure, deep-linkable: `.step:target` highlights it when its anchor is in the URL. */
export function Step({ id, number, href: articleHref, title, aliases, outsideArticle = false, children }: StepProps) {
  // The plugin writes the English path; a page in another language links to its own.
  const href = localizePath(useLocale(), articleHref);
  const t = useTranslations('Mdx');
  const copyWords = useCopyWords();
  return (
    <li id={id} className="step">
      <AliasAnchors aliases={aliases} />
      <div className="step-header not-prose">
        <p className="step-title">
          <span className="step-number">{t('stepNumber', { number })}</span> {title}
        </p>
        <span className="step-tools">
          {outsideArticle ? (
            // Said in the link itself, visible text first in its name: a reader in the troubleshooter should not find out by losing their place.
            <a className="step-link" href={href} aria-label={t('openInArticleLabel', { number, title })}>
              {t('openInArticle', { number })}
            </a>
          ) : (
            <a className="step-link" href={href} aria-label={t('linkToStepLabel', { number, title })}>
              {t('linkToStep', { number })}
            </a>
          )}
          <CopyButton href={href} label={t('copyStepLink', { number, title })} words={copyWords} />
        </span>
      </div>
      <div className="step-body">{children}</div>
    </li>
  );
}
