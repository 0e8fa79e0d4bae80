import type { ReactNode } from 'react';
import { parseRegistryScripts, RegistryScriptDownloads } from './registry-scripts';

/** Props of {@link Steps}, a numbered procedure in an article; `registryScripts` is set by the compiler. */
export type StepsProps = { id: string; title?: string; registryScripts?: string; children?: ReactNode };

/** An ordered list of `<Step>`s; numbers, ids and links are injected into each step at compile time. */
export function Steps({ id, title, registryScripts, children }: StepsProps) {
  const scripts = parseRegistryScripts(registryScripts);
  return (
    <>
      <ol id={id} className="steps" aria-label={title ?? 'Procedure'}>
        {children}
      </ol>
      {scripts ? <RegistryScriptDownloads scripts={scripts} title={title ?? 'Procedure'} /> : null}
    </>
  );
}
