import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { parseBrowserScope, type BrowserId } from '@/lib/browser-scope';
import { intlLocaleOf } from '@/lib/i18n/format';
import { AliasAnchors } from './anchor-aliases';
import { parseRegistryScripts, RegistryScriptDownloads } from './registry-scripts';

/**
 * Props of {@link Steps}, a numbered procedure in an article; `registryScripts` is set by the
 * compiler, `browsers` and `aliases` are written by the author and validated by the content check.
 */
export type StepsProps = { id: string; title?: string; browsers?: string; aliases?: string; registryScripts?: string; children?: ReactNode };

/** Each browser's name in the Mdx catalogue ("Microsoft Edge im IE-Modus"). */
const BROWSER_NAME_KEYS = {
  ie: 'browserIe',
  'ie-mode': 'browserIeMode',
  edge: 'browserEdge',
  chrome: 'browserChrome',
  firefox: 'browserFirefox',
} as const satisfies Record<BrowserId, string>;

/** An ordered list of `<Step>`s; numbers, ids and links are injected into each step at compile time. */
export function Steps({ id, title, browsers, aliases, registryScripts, children }: StepsProps) {
  const scripts = parseRegistryScripts(registryScripts);
  const t = useTranslations('Mdx');
  const language = useLocale();
  const procedureTitle = title ?? t('procedure');
  const scope = browsers === undefined ? undefined : parseBrowserScope(browsers);
  return (
    <>
      <AliasAnchors aliases={aliases} />
      {/* Said only when the steps are for some browsers: "every browser" under a server procedure reads oddly. */}
      {scope?.ok && scope.scope !== 'any' ? (
        <p className="steps-browsers not-prose">
          <span className="steps-browsers-label">{t('forBrowsers')}</span> {new Intl.ListFormat(intlLocaleOf(language), { type: 'conjunction' }).format(scope.scope.map((id) => t(BROWSER_NAME_KEYS[id])))}
        </p>
      ) : null}
      <ol id={id} className="steps" aria-label={procedureTitle}>
        {children}
      </ol>
      {scripts ? <RegistryScriptDownloads scripts={scripts} title={procedureTitle} /> : null}
    </>
  );
}
