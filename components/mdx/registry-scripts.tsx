import { useTranslations } from 'next-intl';
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
  const t = useTranslations('Mdx');
  return (
    <div className="registry-scripts not-prose" role="group" aria-label={t('scriptsFor', { title })}>
      <p className="registry-scripts-title">{t('scriptsIntro')}</p>
      <ul>
        <li>
          <a href={scripts.applyHref} download>
            {t('downloadChange')}
          </a>
          : {scripts.changes.map((change) => change.apply).join('; ')}.
        </li>
        <li>
          <a href={scripts.undoHref} download>
            {t('downloadUndo')}
          </a>
          : {scripts.changes.map((change) => change.undo).join('; ')}.
        </li>
      </ul>
      {scripts.backups && scripts.backups.length > 0 ? <DeleteUndoWarning backups={scripts.backups} /> : null}
      <p className="registry-scripts-warning">{t('scriptsWarning')}</p>
    </div>
  );
}

/**
 * A static undo file can only delete a value; it cannot know data that was there before. Say so,
 * and give the commands that save the key first and put that copy back.
 */
function DeleteUndoWarning({ backups }: { backups: KeyBackup[] }) {
  const t = useTranslations('Mdx');
  const names = backups.flatMap((backup) => backup.valueNames).join(t('and'));
  return (
    <div className="registry-scripts-backup">
      <p>{t.rich('undoOnlyDeletes', { names, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <Command shell="cmd" title={t('saveKey')} code={backups.map((backup) => backup.exportCommand).join('\n')} />
      <p>{t('restoreIntro')}</p>
      <Command shell="cmd" title={t('restoreKey')} code={backups.flatMap((backup) => backup.restoreCommands).join('\n')} />
      <p>{t('restoreNote')}</p>
    </div>
  );
}
