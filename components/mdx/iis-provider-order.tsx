import { iisProviderOrderCommands, iisProviderOrderSchema } from '@/lib/iis/provider-order';
import { Command } from './command';

/** Props as an author writes them in MDX; the content check has validated them against the record. */
export type IisProviderOrderProps = { site?: string; first?: string; source?: string };

/**
 * Putting NTLM above Negotiate in an IIS site's providers, with appcmd and PowerShell: each tool's
 * change beside its own undo, generated from the one record in the article, with what the change
 * costs and which browsers it affects.
 */
export function IisProviderOrder(props: IisProviderOrderProps) {
  const parsed = iisProviderOrderSchema.safeParse(props);
  // Unreachable in a build (the content check refuses it); say so rather than print a wrong command.
  if (!parsed.success) return <p role="alert">This fix has an invalid IIS record; the content check explains why.</p>;
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
      {commands.tools.map((tool) => (
        <div className="iis-commands-tool" key={tool.tool}>
          <p className="iis-commands-tool-name">With {tool.tool}</p>
          <Command shell={tool.shell} title={`${tool.tool}, make the change`} code={tool.apply} />
          <Command shell={tool.shell} title={`${tool.tool}, undo`} code={tool.undo} />
          <p className="iis-commands-undo">
            <strong>The undo:</strong> {tool.undoEffect}
          </p>
        </div>
      ))}
    </div>
  );
}
