import type { RegistryChange } from './change';
import { fullHiveName } from './hive';

/**
 * The safe undo for values whose undo is "delete": a static .reg file can delete a value, but it
 * cannot bring back data it never saw, so when a value may have existed before the change the
 * reader saves the key first and restores that copy.
 *
 * Sources: Windows Commands `reg export` (saves a key's subkeys and values to a .reg file; the key
 * takes the short root HKLM, HKCU, HKCR, HKU or HKCC), `reg import` (copies a file made by
 * `reg export` back into the registry) and `reg delete … /v <name> /f` (deletes one value
 * without asking). Import copies what the file holds and, as Microsoft describes it, nothing more:
 * a value the file does not hold is left alone, which is why the restore deletes the changed
 * values first.
 */
export interface KeyBackup {
  /** The key as `reg` wants it, with the short root (`HKLM\System\…`). */
  key: string;
  /** Where the copy is saved: the user's profile folder, which exists for every administrator. */
  file: string;
  /** Run before the change. Without /y, reg asks before overwriting an older copy of the same key. */
  exportCommand: string;
  /** Run to undo: delete the values the change created, then import the saved copy. */
  restoreCommands: string[];
  /** Names of the values this key's undo would otherwise only delete. */
  valueNames: string[];
}

const SHORT_ROOTS: Record<string, string> = {
  HKEY_LOCAL_MACHINE: 'HKLM',
  HKEY_CURRENT_USER: 'HKCU',
  HKEY_CLASSES_ROOT: 'HKCR',
  HKEY_USERS: 'HKU',
  HKEY_CURRENT_CONFIG: 'HKCC',
};

/** One backup per key that holds a value whose undo is "delete", in the order the keys appear. */
export function keyBackups(changes: readonly RegistryChange[]): KeyBackup[] {
  const byKey = new Map<string, string[]>();
  for (const change of changes) {
    if (change.undo.kind !== 'delete') continue;
    const key = shortKeyPath(change.hive, change.path);
    byKey.set(key, [...(byKey.get(key) ?? []), change.name]);
  }
  return [...byKey].map(([key, valueNames]) => {
    const file = `%USERPROFILE%\\fixpath-backup-${fileStem(key)}.reg`;
    return {
      key,
      file,
      valueNames,
      exportCommand: `reg export "${key}" "${file}"`,
      restoreCommands: [...valueNames.map((name) => deleteCommand(key, name)), `reg import "${file}"`],
    };
  });
}

/** A key path with the short root name `reg` documents, e.g. `HKLM\System\CurrentControlSet`. */
export function shortKeyPath(hive: string, path: string): string {
  const root = SHORT_ROOTS[fullHiveName(hive)] ?? hive;
  const subkey = path.trim().replace(/^\\+|\\+$/g, '');
  return subkey === '' ? root : `${root}\\${subkey}`;
}

function deleteCommand(key: string, name: string): string {
  return name === '' ? `reg delete "${key}" /ve /f` : `reg delete "${key}" /v "${name}" /f`;
}

// The last two key names are usually enough to tell backups apart (HTTP\Parameters, Microsoft\Edge).
function fileStem(key: string): string {
  const stem = key.split('\\').slice(-2).join('-').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return stem || 'key';
}
