import { useTranslations } from 'next-intl';
import { useCopyWords } from '@/components/wizard/wizard-words';
import type { ReactNode } from 'react';
import { CopyButton } from '@/components/copy-button';
import { textOf } from './text-of';

/** Props of the MDX heading overrides; `id` is assigned by the heading-id remark plugin. */
export type HeadingProps = { id?: string; children?: ReactNode };

type SectionHeadingProps = HeadingProps & { level: 2 | 3 | 4 };

/**
 * The anchor and copy button live inside the heading, where readers and the e2e checks look for
 * them; like most docs sites this lengthens the heading's accessible name, but its text comes first.
 */
function SectionHeading({ level, id, children }: SectionHeadingProps) {
  const Tag = `h${level}` as const;
  const t = useTranslations('Mdx');
  const copyWords = useCopyWords();
  if (!id) return <Tag>{children}</Tag>;
  return (
    <Tag id={id} className="section-heading">
      {children}
      <span className="heading-tools not-prose">
        <a className="heading-anchor" href={`#${id}`} aria-label={t('sectionLink', { section: textOf(children) })}>
          #
        </a>
        <CopyButton href={`#${id}`} label={t('copySectionLink')} words={copyWords} />
      </span>
    </Tag>
  );
}

/** `##` in MDX. */
export function H2(props: HeadingProps) {
  return <SectionHeading level={2} {...props} />;
}

/** `###` in MDX. */
export function H3(props: HeadingProps) {
  return <SectionHeading level={3} {...props} />;
}

/** `####` in MDX. */
export function H4(props: HeadingProps) {
  return <SectionHeading level={4} {...props} />;
}
