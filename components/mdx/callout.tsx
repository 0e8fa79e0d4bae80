import type { ReactNode } from 'react';

const CALLOUT_LABELS = { note: 'Note', warning: 'Warning', danger: 'Danger' } as const;

/** The kinds of callout an author may choose. */
export type CalloutType = keyof typeof CALLOUT_LABELS;

/** Props of {@link Callout}, a boxed remark. */
export type CalloutProps = { type?: CalloutType; title?: string; children?: ReactNode };

/** A boxed remark. The type is always written out, so colour is never the only signal. */
export function Callout({ type, title, children }: CalloutProps) {
  // MDX is not type-checked, so a misspelt type reaches us at runtime; show it as a note.
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
