import { iisProviderChangeSchema, iisProviderCommands } from '@/lib/iis/provider-change';
import { Command } from './command';

/** Props as an author writes them in MDX; the content check has validated them against the record. */
export type IisProviderChangeProps = { site?: string; provider?: string; source?: string };

/**
 * Removing a Windows Authentication provider from an IIS site, with appcmd and PowerShell: each
 * tool's change beside its own undo, all generated from the one record in the article, and a plain
 * statement of what runs when.
 */
export function IisProviderChange(props: IisProviderChangeProps) {
  const parsed = iisProviderChangeSchema.safeParse(props);
  // Unreachable in a build (the content check refuses it); say so rather than print a wrong command.
  if (!parsed.success) return <p role="alert">This fix has an invalid IIS record; the content check explains why.</p>;
  const { site, provider } = parsed.data;
  const commands = iisProviderCommands(parsed.data);
  return (
    <div className="iis-commands not-prose" role="group" aria-label={`Commands to remove ${provider} from the IIS site ${site}`}>
      <p className="iis-commands-warning">
        <strong>What these commands change:</strong> {commands.applyEffect} Run them on the web server in a
        Command Prompt or PowerShell window opened with <strong>Run as administrator</strong>. Replace{' '}
        <code>{site}</code> with the site&apos;s name as IIS Manager shows it.
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
