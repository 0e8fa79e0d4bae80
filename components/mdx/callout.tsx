import type { ReactNode } from 'react';
import type { PropValue } from '@/lib/content/mdx-component-specs';

/** The kinds of callout an author may choose (mdx-component-specs.ts lists them). */
export type CalloutType = PropValue<'Callout', 'type'>;

const CALLOUT_LABELS = { note: 'Note', warning: 'Warning', danger: 'Danger' } as const satisfies Record<CalloutType, string>;

/** Props of {@link Callout}, a boxed remark. */
export type CalloutProps = { type?: CalloutType; title?: string; children?: ReactNode };

/** A boxed remark. The type is always written out, so colour is never the only signal. */
export function Callout({ type, title, children }: CalloutProps) {
  // The content check refuses any other type; should one reach a page anyway, it shows as a note.
  const kind: CalloutType = type !== undefined && Object.hasOwn(CALLOUT_LABELS, type) ? type : 'note';
  const typeLabel = CALLOUT_LABELS[kind];
  return (
    <div role="note" aria-label={title ? `${typeLabel}: ${title}` : typeLabel} className={`callout callout-${kind}`}>
      <p className="callout-label not-prose">
        {typeLabel}
        {title ? `: ${title}` : null}
      </p>
      <div className="callout-body">{children}</div>
    </div>
  );
}
