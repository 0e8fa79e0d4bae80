'use client';

import Link from 'next/link';
import { pluralFor, type PluralText } from '@/lib/i18n/client-text';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { localizePath, stepPath } from '@/lib/paths';
import { useWizardSession, useWizardSessionHydrated } from './wizard-session-provider';

/** On a troubleshooter's start page: where this tab left off, if it did. */
export function ResumeSessionLink({ treeId, treeVersion, language, text }: { treeId: string; treeVersion: number; language: SiteLanguage; text: PluralText }) {
  const hydrated = useWizardSessionHydrated();
  const saved = useWizardSession((state) => state.resumable(treeId, treeVersion));
  if (!hydrated || !saved || saved.answers.length === 0) return null;
  return (
    <p className="mt-4">
      <Link href={localizePath(language, stepPath(treeId, saved.stepId, saved.answers))}>
        {pluralFor(text, saved.answers.length)}
      </Link>
    </p>
  );
}
