import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { TreeMapDiagram } from '@/components/wizard/tree-map-diagram';
import { TreeMapList } from '@/components/wizard/tree-map-list';
import { TreeMapStartInView } from '@/components/wizard/tree-map-start-in-view';
import { contentLangOf, getLocalizedWizard } from '@/lib/content/localized-content.server';
import { listWizards } from '@/lib/content/wizards.server';
import { pageLanguage } from '@/lib/i18n/page-language';
import { isDrawn, treeMapModel } from '@/lib/wizard/map-model';
import { localizePath, treePath, TREES_PATH } from '@/lib/paths';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

interface MapPageProps {
  params: Promise<{ lang: string; tree: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return listWizards().map((tree) => ({ tree: tree.id }));
}

export async function generateMetadata({ params }: MapPageProps): Promise<Metadata> {
  // Metadata may render apart from the page: it names the language itself.
  await enterPageLanguage(params);
  const { lang, tree: id } = await params;
  const tree = getLocalizedWizard(id, pageLanguage(lang))?.content;
  const t = await getTranslations('TreeMap');
  return tree ? { title: t('title', { tree: tree.title }), description: t('description') } : {};
}

export default async function WizardMapPage({ params }: MapPageProps) {
  const lang = await enterPageLanguage(params);
  const localized = getLocalizedWizard((await params).tree, lang);
  if (!localized) notFound();
  const tree = localized.content;
  // A troubleshooter not translated into the page's language is drawn and listed in English, marked so.
  const contentLang = contentLangOf(localized.state);
  const model = treeMapModel(tree, lang);
  const to = (path: string) => localizePath(lang, path);
  const t = await getTranslations('TreeMap');
  const trees = await getTranslations('Troubleshooters');
  return (
    <>
      <p className="text-sm">
        <Link href={to(TREES_PATH)}>{trees('title')}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t.rich('heading', { tree: tree.title, name: (chunks) => <span lang={contentLang}>{chunks}</span> })}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t('intro')}</p>
      <p className="mt-3">
        <Link href={to(treePath(tree.id))}>{t('backToStart')}</Link>
      </p>
      {isDrawn(model) ? (
        // On a phone the drawing is wider than ten screens: the list comes first and the drawing
        // waits behind "Show the diagram". From 48rem up globals.css shows it open, without the
        // control, where the browser can style a closed <details>' content (::details-content).
        <details className="tree-map-details mt-8">
          <summary className="w-max cursor-pointer font-semibold text-link">{t('showDiagram')}</summary>
          <div className="mt-3">
            <TreeMapStartInView>
              <TreeMapDiagram model={model} title={tree.title} contentLang={contentLang} />
            </TreeMapStartInView>
            <p className="mt-2 text-sm text-muted">{t('diagramHint')}</p>
          </div>
        </details>
      ) : (
        <p className="mt-8 max-w-3xl">{t('tooMany', { count: model.nodes.length })}</p>
      )}
      <h2 className="mt-10 text-2xl font-semibold">{t('everyStep')}</h2>
      <TreeMapList model={model} contentLang={contentLang} />
    </>
  );
}
