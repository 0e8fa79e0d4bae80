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
  const parsed = iisProviderOrderSchema.safeParse(props);
  if (!parsed.success) return <InvalidIisRecord />;
  const { site, first } = parsed.data;
  const commands = iisProviderOrderCommands(parsed.data);
  return (
    <div className="iis-commands not-prose" role="group" aria-label={`Commands to put ${first} first in the providers of the IIS site ${site}`}>
      <p className="iis-commands-warning">
        <strong>What these commands change:</strong> {commands.applyEffect} <strong>What it costs:</strong> {commands.cost} Run
        them on the web server in a Command Prompt or PowerShell window opened with <strong>Run as administrator</strong>.
        Replace <code>{site}</code> with the site&apos;s name as IIS Manager shows it. The last command of each change lists
        the providers: check that <code>{first}</code> comes first.
      </p>
      <IisToolCommands tools={commands.tools} />
    </div>
  );
}
