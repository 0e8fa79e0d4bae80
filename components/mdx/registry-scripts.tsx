import type { KeyBackup } from '@/lib/registry/backup';
import { Command } from './command';

/** What the compiler attaches to a procedure that changes the registry: its scripts and what they do. */
export interface RegistryScripts {
  applyHref: string;
  undoHref: string;
  changes: { apply: string; undo: string }[];
  /** Keys whose undo can only delete a value: save them first, restore them to undo. */
  backups?: KeyBackup[];
}

/** Reads the procedure's `registryScripts` attribute; anything malformed means no scripts. */
export function parseRegistryScripts(json: string | undefined): RegistryScripts | undefined {
  if (!json) return undefined;
  try {
    const value = JSON.parse(json) as RegistryScripts;
    return typeof value.applyHref === 'string' && typeof value.undoHref === 'string' && Array.isArray(value.changes) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sources for the backup commands: Windows Commands `reg export`, `reg import` and `reg delete`
 * (learn.microsoft.com/windows-server/administration/windows-commands/reg-export, reg-import,
 * reg-delete). Ready-to-run .reg files for a procedure, with a plain statement of what each one changes, so
 * nobody imports a file without knowing what it does. Both files come from the article's own
 * RegistryValue entries.
 */
export function RegistryScriptDownloads({ scripts, title }: { scripts: RegistryScripts; title: string }) {
  return (
    <div className="registry-scripts not-prose" role="group" aria-label={`Ready-to-run files for: ${title}`}>
      <p className="registry-scripts-title">Prefer a ready-made file? Download it, read it, then double-click it to import it into the registry.</p>
      <ul>
        <li>
          <a href={scripts.applyHref} download>
            Download the change (.reg)
          </a>
          : {scripts.changes.map((change) => change.apply).join('; ')}.
        </li>
        <li>
          <a href={scripts.undoHref} download>
            Download the undo (.reg)
          </a>
          : {scripts.changes.map((change) => change.undo).join('; ')}.
        </li>
      </ul>
      {scripts.backups && scripts.backups.length > 0 ? <DeleteUndoWarning backups={scripts.backups} /> : null}
      <p className="registry-scripts-warning">
        Importing a .reg file changes the registry at once, without further questions. Keys under
        HKEY_LOCAL_MACHINE need an administrator.
      </p>
    </div>
  );
}

/**
 * A static undo file can only delete a value; it cannot know data that was there before. Say so,
 * and give the commands that save the key first and put that copy back.
 */
function DeleteUndoWarning({ backups }: { backups: KeyBackup[] }) {
  const names = backups.flatMap((backup) => backup.valueNames).join(' and ');
  return (
    <div className="registry-scripts-backup">
      <p>
        <strong>The undo file only deletes {names}.</strong> If a value already existed before your change, the file
        cannot bring its old data back. To be able to undo exactly, save the key first, in an administrator Command
        Prompt, before you make the change:
      </p>
      <Command shell="cmd" title="Before the change: save the key" code={backups.map((backup) => backup.exportCommand).join('\n')} />
      <p>To undo, delete what the change created and import the saved copy, instead of using the undo file:</p>
      <Command shell="cmd" title="Undo: put the saved key back" code={backups.flatMap((backup) => backup.restoreCommands).join('\n')} />
      <p>
        Importing puts back every value saved in the copy. It does not remove values that were added to the key since
        you saved it, other than the ones deleted above.
      </p>
    </div>
  );
}
