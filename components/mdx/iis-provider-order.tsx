import { useTranslations } from 'next-intl';
import { iisProviderOrderCommands, iisProviderOrderSchema } from '@/lib/iis/provider-order';
import { IisToolCommands, InvalidIisRecord } from './iis-tool-commands';

/** Props as an author writes them in MDX; the content check has validated them against the record. */
export type IisProviderOrderProps = { site?: string; first?: string; source?: string };

/**
 * Putting NTLM above Negotiate in an IIS site's providers, with appcmd and PowerShell: each tool's
 * change beside its own undo, generated from the one record in the article, with what the change
 * costs and which browsers it affects.
 */
export function IisProviderOrder(props: IisProviderOrderProps) {
  const t = useTranslations('Mdx');
  const effects = useTranslations('IisEffects');
  const parsed = iisProviderOrderSchema.safeParse(props);
  if (!parsed.success) return <InvalidIisRecord />;
  const { site, first } = parsed.data;
  const commands = iisProviderOrderCommands(parsed.data);
  return (
    <div className="iis-commands not-prose" role="group" aria-label={t('providerFirst', { first, site })}>
      <p className="iis-commands-warning">
        <strong>{t('whatChanges')}</strong> {effects(commands.applyEffect.key, commands.applyEffect.params)} <strong>{t('whatCosts')}</strong>{' '}
        {effects(commands.cost.key, commands.cost.params)}{' '}
        {t.rich('runAsAdmin', { site, strong: (chunks) => <strong>{chunks}</strong>, code: (chunks) => <code>{chunks}</code> })}{' '}
        {t.rich('checkFirst', { first, code: (chunks) => <code>{chunks}</code> })}
      </p>
      <IisToolCommands tools={commands.tools} />
    </div>
  );
}
