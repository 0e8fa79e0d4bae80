'use client';

import { useParams, usePathname } from 'next/navigation';
import type { MouseEvent, PointerEvent, FocusEvent } from 'react';
import { localizePath, parseAnswersParam, publicPathOf, splitLanguagePath, stepPath } from '@/lib/paths';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { safeDecodeURIComponent } from '@/lib/safe-decode';

export interface LanguageChoice {
  language: SiteLanguage;
  /** The language's name in itself ("Deutsch"), shown and announced in that language. */
  name: string;
}

/** The same place in `language`: the page, its query (a step's answers) and its anchor. */
function sameplaceIn(language: SiteLanguage, pathname: string, rest = ''): string {
  return localizePath(language, publicPathOf(splitLanguagePath(pathname).path) + rest);
}

/**
 * The page's own address as the server knows it. A step link with answers is served by a route
 * that holds them in its params (the address bar's path has none): they are written back as the
 * link's query, so the switch keeps them without JavaScript too.
 */
function serverPlace(pathname: string, params: Record<string, string | string[] | undefined>): string {
  const { tree, step, answers } = params;
  if (typeof tree === 'string' && typeof step === 'string' && typeof answers === 'string') {
    return stepPath(tree, step, parseAnswersParam(safeDecodeURIComponent(answers)).answers);
  }
  return publicPathOf(splitLanguagePath(pathname).path);
}

/**
 * Links to the page the reader is on in the other languages. Without JavaScript the server writes
 * the page's own address (a step with answers keeps them, since their route holds them); in the
 * browser the link is brought up to date as it is about to be followed, so it keeps the query and
 * the #anchor the reader has moved to, which no server sees.
 */
export function LanguageSwitcher({ current, choices, label }: { current: SiteLanguage; choices: readonly LanguageChoice[]; label: string }) {
  const here = serverPlace(usePathname(), useParams());
  const refresh = (event: MouseEvent<HTMLAnchorElement> | PointerEvent<HTMLAnchorElement> | FocusEvent<HTMLAnchorElement>) => {
    const link = event.currentTarget;
    const language = link.dataset.language as SiteLanguage;
    link.href = sameplaceIn(language, window.location.pathname, window.location.search + window.location.hash);
  };
  return (
    <nav aria-label={label} className="text-sm">
      <ul className="flex gap-3">
        {choices
          .filter((choice) => choice.language !== current)
          .map((choice) => (
            <li key={choice.language}>
              <a
                href={localizePath(choice.language, here)}
                hrefLang={choice.language}
                lang={choice.language}
                // A language's own name is never translated, whatever the page's language.
                translate="no"
                data-language={choice.language}
                // A step with answers is served from a route that holds them, so the server writes them
                // into this link while the browser's path shows none; the server's link is the right one.
                suppressHydrationWarning
                onPointerDown={refresh}
                onFocus={refresh}
                onClick={refresh}
              >
                {choice.name}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}
