import { useTranslations } from 'next-intl';
import { iisProviderChangeSchema, iisProviderCommands } from '@/lib/iis/provider-change';
import { IisToolCommands, InvalidIisRecord } from './iis-tool-commands';

/** Props as an author writes them in MDX; the content check has validated them against the record. */
export type IisProviderChangeProps = { site?: string; provider?: string; source?: string };

/**
 * Removing a Windows Authentication provider from an IIS site, with appcmd and PowerShell: each
 * tool's change beside its own undo, all generated from the one record in the article, and a plain
 * statement of what runs when.
 */
export function IisProviderChange(props: IisProviderChangeProps) {
  const t = useTranslations('Mdx');
  const effects = useTranslations('IisEffects');
  const parsed = iisProviderChangeSchema.safeParse(props);
  if (!parsed.success) return <InvalidIisRecord />;
  const { site, provider } = parsed.data;
  const commands = iisProviderCommands(parsed.data);
  return (
    <div className="iis-commands not-prose" role="group" aria-label={t('removeProvider', { provider, site })}>
      <p className="iis-commands-warning">
        <strong>{t('whatChanges')}</strong> {effects(commands.applyEffect.key, commands.applyEffect.params)}{' '}
        {t.rich('runAsAdmin', { site, strong: (chunks) => <strong>{chunks}</strong>, code: (chunks) => <code>{chunks}</code> })}
      </p>
      <IisToolCommands tools={commands.tools} />
    </div>
  );
}
