import type { ReactNode } from 'react';
import { CopyButton } from '@/components/copy-button';
import { AliasAnchors } from './anchor-aliases';

/** Props of {@link Step}; `id`, `number` and `href` come from the remark plugin, `title` and `aliases` from the author. */
export type StepProps = { id: string; number: number; href: string; title: string; aliases?: string; children?: ReactNode };

/** One step of a procedure, deep-linkable: `.step:target` highlights it when its anchor is in the URL. */
export function Step({ id, number, href, title, aliases, children }: StepProps) {
  const name = `step ${number}: ${title}`;
  return (
    <li id={id} className="step">
      <AliasAnchors aliases={aliases} />
      <div className="step-header not-prose">
        <p className="step-title">
          <span className="step-number">Step {number}:</span> {title}
        </p>
        <span className="step-tools">
          <a className="step-link" href={href} aria-label={`Link to ${name}`}>
            Link to step {number}
          </a>
          <CopyButton href={href} label={`Copy link to ${name}`} />
        </span>
      </div>
      <div className="step-body">{children}</div>
    </li>
  );
}
