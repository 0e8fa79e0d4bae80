import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { PropValue } from '@/lib/content/mdx-component-specs';

/** The kinds of callout an author may choose (mdx-component-specs.ts lists them). */
export type CalloutType = PropValue<'Callout', 'type'>;

const CALLOUT_TYPES = { note: true, warning: true, danger: true } as const satisfies Record<CalloutType, true>;

/** Props of {@link Callout}, a boxed remark. */
export type CalloutProps = { type?: CalloutType; title?: string; children?: ReactNode };

/** A boxed remark. The type is always written out, so colour is never the only signal. */
export function Callout({ type, title, children }: CalloutProps) {
  // The content check refuses any other type; should one reach a page anyway, it shows as a note.
  const t = useTranslations('Mdx');
  const kind: CalloutType = type !== undefined && Object.hasOwn(CALLOUT_TYPES, type) ? type : 'note';
  const typeLabel = t(kind);
  return (
    <div role="note" aria-label={title ? t('calloutTitled', { type: typeLabel, title }) : typeLabel} className={`callout callout-${kind}`}>
      <p className="callout-label not-prose">
        {typeLabel}
        {title ? `: ${title}` : null}
      </p>
      <div className="callout-body">{children}</div>
    </div>
  );
}
