import { getTranslations } from 'next-intl/server';
import type { WizardStep } from '@/lib/content/wizards.server';

/** A step page's title in the page's language: what the step asks or concludes, then the troubleshooter. */
export async function stepPageTitle({ tree, node }: WizardStep): Promise<string> {
  const t = await getTranslations('Wizard');
  return t('pageTitle', { kind: node.type, name: node.type === 'question' ? node.prompt : node.title, tree: tree.title });
}

/** The title of a step URL no step answers. */
export async function stepNotFoundTitle(): Promise<string> {
  return (await getTranslations('Wizard'))('stepNotFound');
}
