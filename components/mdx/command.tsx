import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { CopyButton } from '@/components/copy-button';
import { shellLabel, type PropValue } from '@/lib/content/mdx-component-specs';
import { textOf } from './text-of';
import { useCopyWords } from '@/components/wizard/wizard-words';

/** The shells a command may be written for (mdx-component-specs.ts lists them). */
export type Shell = PropValue<'Command', 'shell'>;

/** Props of {@link Command}: the command is `code`, or else the text of a fenced block in `children`. */
export type CommandProps = {
  shell: Shell;
  title?: string;
  code?: string;
  /** The documentation that defines the command: checked and listed in the article's Sources, not shown here. */
  source?: string;
  children?: ReactNode;
};

/** A command to run, shown verbatim, with a button that copies exactly what is shown. */
export function Command({ shell, title, code, children }: CommandProps) {
  const command = code ?? textOf(children);
  const label = shellLabel(shell);
  const t = useTranslations('Mdx');
  const named = { shell: label, titled: title ? 'yes' : 'no', title: title ?? '' };
  const copyWords = useCopyWords();
  return (
    <div className="command not-prose">
      <div className="command-header">
        <span className="command-shell">{label}</span>
        {title ? <span className="command-title">{title}</span> : null}
        <CopyButton text={command} label={t('copyCommand', named)} words={copyWords} />
      </div>
      {/* Focusable and named so keyboard users can scroll a long line (axe: scrollable-region-focusable). */}
      {/* A command is typed as it is: never translated (nor by a browser's page translator). */}
      <pre className="command-code" translate="no" tabIndex={0} role="group" aria-label={t('command', named)}>
        <code>{command}</code>
      </pre>
    </div>
  );
}
