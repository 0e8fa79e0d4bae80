import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { DiagnoseTool } from '@/components/diagnose/diagnose-tool';
import { useDiagnoseWords } from '@/components/diagnose/diagnose-words';
import { listWizards } from '@/lib/content/wizards.server';
import { toClientTree } from '@/lib/wizard/client-tree';
import { declaresEvidence } from '@/lib/wizard/graph';
import { localizePath, treePath } from '@/lib/paths';
import { getLocalizedWizard } from '@/lib/content/localized-content.server';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import type { WizardTree } from '@/lib/wizard/schema';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  // Metadata may render apart from the page: it names the language itself.
  await enterPageLanguage(params);
  const t = await getTranslations('Diagnose');
  return { title: t('title'), description: t('description') };
}

export default async function DiagnosePage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await enterPageLanguage(params);
  // The troubleshooters whose steps say what in a capture answers them; the findings continue in one.
  const trees = listWizards()
    .filter(declaresEvidence)
    .map((tree) => getLocalizedWizard(tree.id, lang)?.content ?? tree);
  return <DiagnoseContent trees={trees} lang={lang} />;
}

function DiagnoseContent({ trees, lang }: { trees: WizardTree[]; lang: SiteLanguage }) {
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
              <a href={localizePath(lang, treePath(tree.id))}>{tree.title}</a>
            </span>
          ))}
          .
        </p>
      </noscript>
      <DiagnoseTool trees={trees.map(toClientTree)} words={useDiagnoseWords()} />
    </div>
  );
}
