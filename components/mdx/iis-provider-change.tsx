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
  const parsed = iisProviderChangeSchema.safeParse(props);
  if (!parsed.success) return <InvalidIisRecord />;
  const { site, provider } = parsed.data;
  const commands = iisProviderCommands(parsed.data);
  return (
    <div className="iis-commands not-prose" role="group" aria-label={`Commands to remove ${provider} from the IIS site ${site}`}>
      <p className="iis-commands-warning">
        <strong>What these commands change:</strong> {commands.applyEffect} Run them on the web server in a
        Command Prompt or PowerShell window opened with <strong>Run as administrator</strong>. Replace{' '}
        <code>{site}</code> with the site&apos;s name as IIS Manager shows it.
      </p>
      <IisToolCommands tools={commands.tools} />
    </div>
  );
}
