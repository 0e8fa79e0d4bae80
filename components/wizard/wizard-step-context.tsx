'use client';

import { useSearchParams } from 'next/navigation';
import { createContext, Suspense, use, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import type { WizardTree } from '@/lib/wizard/schema';
import type { WizardAnswer } from '@/lib/wizard/session';
import { parseAnswersParam } from '@/lib/paths';
import { readStepAnswers, type StepAnswersReading } from '@/lib/wizard/url';
import { loadClientTree } from './client-tree-loader';
import type { WizardWords } from './wizard-text';

interface WizardStepValue {
  treeId: string;
  /** Where the client tree is served (app/wizard/[tree]/tree.json), with a version for caching. */
  treeHref: string;
  stepId: string;
  /** The page's language: every link the islands write is in it. */
  language: SiteLanguage;
  /** The islands' words in the page's language, translated on the server. */
  words: WizardWords;
  /** 'en' when the tree has no translation in the page's language: the islands mark its words as English. */
  contentLang?: 'en';
}

const WizardStepContext = createContext<WizardStepValue | null>(null);
const LoadedTreeContext = createContext<WizardTree | null>(null);

/**
 * Tells the step page's islands which tree and step they are on. The tree itself is not in the
 * page: a 200-step tree serialised into every step page made each one heavier than the rest of it.
 * It is fetched once, after the page has loaded, and shared by every step of the visit.
 */
export function WizardStepProvider({ treeId, treeHref, stepId, language, words, contentLang, children }: WizardStepValue & { children: ReactNode }) {
  const value = useMemo(() => ({ treeId, treeHref, stepId, language, words, contentLang }), [treeId, treeHref, stepId, language, words, contentLang]);
  return <WizardStepContext.Provider value={value}>{children}</WizardStepContext.Provider>;
}

function useStepContext(): WizardStepValue {
  const context = useContext(WizardStepContext);
  if (!context) throw new Error('wizard step hooks must be used inside <WizardStepProvider>');
  return context;
}

const noSubscription = () => () => {};

/** The step islands' words in the page's language. */
export function useStepWords(): WizardWords {
  return useStepContext().words;
}

function LoadedTree({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  // Reading the query first makes a static prerender bail out here, like every island of the step
  // page: the server sends the Suspense fallback, and the tree is only ever fetched in a browser.
  useSearchParams();
  // A step rendered per request (the changed-question notice) does not bail out: there the server
  // and hydration render the fallback, and the tree is fetched once the page is live.
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  const { treeHref } = useStepContext();
  if (!inBrowser) return fallback;
  const tree = use(loadClientTree(treeHref));
  return tree ? <LoadedTreeContext.Provider value={tree}>{children}</LoadedTreeContext.Provider> : fallback;
}

/**
 * Renders `children` once the tree is here, and `fallback` until then or if it cannot be fetched:
 * the fallback is what the page offers without JavaScript, so nothing is ever lost.
 */
export function TreeGate({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  return (
    <Suspense fallback={fallback}>
      <LoadedTree fallback={fallback}>{children}</LoadedTree>
    </Suspense>
  );
}

/**
 * The tree once it has arrived, else null, without suspending: for islands that must keep their
 * elements (and so the keyboard focus inside them) when the tree arrives and only update them.
 */
export function useTreeWhenLoaded(): WizardTree | null {
  const { treeHref } = useStepContext();
  const [tree, setTree] = useState<WizardTree | null>(null);
  useEffect(() => {
    let current = true;
    void loadClientTree(treeHref).then((loaded) => {
      if (current) setTree(loaded);
    });
    return () => {
      current = false;
    };
  }, [treeHref]);
  return tree;
}

/**
 * Starts fetching the tree, for a page that shows nothing from it (a step the server rendered with
 * its answers): the next step's islands need it, so it is asked for when a move to one is likely.
 */
export function usePreloadTree(): () => void {
  const { treeHref } = useStepContext();
  return useCallback(() => void loadClientTree(treeHref), [treeHref]);
}

/** The answers the link carries, parsed but not checked: all that is known before the tree arrives. */
export function useAnswersParam(): { treeId: string; stepId: string; answers: WizardAnswer[] } {
  const { treeId, stepId } = useStepContext();
  const raw = useSearchParams().get('answers');
  return useMemo(() => {
    const parsed = parseAnswersParam(raw);
    return { treeId, stepId, answers: parsed.ok ? parsed.answers : [] };
  }, [treeId, stepId, raw]);
}

/** 'en' when the tree's words are English on a page in another language, else undefined (they are the page's). */
export function useStepContentLang(): 'en' | undefined {
  return useStepContext().contentLang;
}

/** The language of the step page the islands are on. */
export function useStepLanguage(): SiteLanguage {
  return useStepContext().language;
}

/** What the URL says about this step: the answers given, and whether they really lead here. */
export interface StepAnswers extends StepAnswersReading {
  tree: WizardTree;
  stepId: string;
  language: SiteLanguage;
}

/** Reads and checks the `answers` parameter against the tree; only inside a <TreeGate>. */
export function useStepAnswers(): StepAnswers {
  const tree = useContext(LoadedTreeContext);
  if (!tree) throw new Error('useStepAnswers must be used inside <TreeGate>');
  const { stepId, language } = useStepContext();
  const raw = useSearchParams().get('answers');
  return useMemo(() => ({ tree, stepId, language, ...readStepAnswers(tree, stepId, raw) }), [tree, stepId, language, raw]);
}
