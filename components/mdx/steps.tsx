import type { ReactNode } from 'react';

/** Props of {@link Steps}, a numbered procedure in an article. */
export type StepsProps = { id: string; title?: string; children?: ReactNode };

/** An ordered list of `<Step>`s; numbers, ids and links are injected into each step at compile time. */
export function Steps({ id, title, children }: StepsProps) {
  return (
    <ol id={id} className="steps" aria-label={title ?? 'Procedure'}>
      {children}
    </ol>
  );
}
