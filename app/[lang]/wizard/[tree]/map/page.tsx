import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TreeMapDiagram } from '@/components/wizard/tree-map-diagram';
import { TreeMapList } from '@/components/wizard/tree-map-list';
import { TreeMapStartInView } from '@/components/wizard/tree-map-start-in-view';
import { getLocalizedWizard } from '@/lib/content/localized-content.server';
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
  const { lang, tree: id } = await params;
  const tree = getLocalizedWizard(id, pageLanguage(lang))?.content;
  return tree
    ? { title: `Map of ${tree.title}`, description: `Every step of the troubleshooter, with a link to each.` }
    : {};
}

export default async function WizardMapPage({ params }: MapPageProps) {
  const lang = await enterPageLanguage(params);
  const tree = getLocalizedWizard((await params).tree, lang)?.content;
  if (!tree) notFound();
  const model = treeMapModel(tree, lang);
  const to = (path: string) => localizePath(lang, path);
  return (
    <>
      <p className="text-sm">
        <Link href={to(TREES_PATH)}>Guided troubleshooters</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Map: {tree.title}</h1>
      <p className="mt-3 max-w-3xl text-lg">
        Every question and outcome of this troubleshooter on one page, for helpdesk agents choosing a step to send.
        Each step&rsquo;s link opens it with the answers that lead there already filled in.
      </p>
      <p className="mt-3">
        <Link href={to(treePath(tree.id))}>Back to the start of the troubleshooter</Link>
      </p>
      {isDrawn(model) ? (
        // On a phone the drawing is wider than ten screens: the list comes first and the drawing
        // waits behind "Show the diagram". From 48rem up globals.css shows it open, without the
        // control, where the browser can style a closed <details>' content (::details-content).
        <details className="tree-map-details mt-8">
          <summary className="w-max cursor-pointer font-semibold text-link">Show the diagram</summary>
          <div className="mt-3">
            <TreeMapStartInView>
              <TreeMapDiagram model={model} title={tree.title} />
            </TreeMapStartInView>
            <p className="mt-2 text-sm text-muted">
              Select a box to open that step. The same steps, with their step ids and copy-link buttons, are listed
              below.
            </p>
          </div>
        </details>
      ) : (
        <p className="mt-8 max-w-3xl">
          This troubleshooter has {model.nodes.length} steps, too many to draw legibly on one page, so they are
          listed below, from the first question on. Use your browser&rsquo;s find (Ctrl+F) to look for a step.
        </p>
      )}
      <h2 className="mt-10 text-2xl font-semibold">Every step</h2>
      <TreeMapList model={model} />
    </>
  );
}
