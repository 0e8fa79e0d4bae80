import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { DiagnoseTool } from '@/components/diagnose/diagnose-tool';
import { useDiagnoseWords } from '@/components/diagnose/diagnose-words';
import { listWizards } from '@/lib/content/wizards.server';
import { toClientTree } from '@/lib/wizard/client-tree';
import { declaresEvidence } from '@/lib/wizard/graph';
import { treePath } from '@/lib/paths';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Diagnose');
  return { title: t('title'), description: t('description') };
}

export default function DiagnosePage() {
  // The troubleshooters whose steps say what in a capture answers them; the findings continue in one.
  const trees = listWizards().filter(declaresEvidence);
  const t = useTranslations('Diagnose');
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-lg">{t('intro')}</p>
      <p className="mt-3 text-muted">{t('privacy')}</p>
      <noscript>
        <p className="mt-6 rounded border border-border bg-surface p-4">
          {t('noScript')}
          {trees.map((tree, index) => (
            <span key={tree.id}>
              {index > 0 ? ', ' : ''}
              <a href={treePath(tree.id)}>{tree.title}</a>
            </span>
          ))}
          .
        </p>
      </noscript>
      <DiagnoseTool trees={trees.map(toClientTree)} words={useDiagnoseWords()} />
    </div>
  );
}
