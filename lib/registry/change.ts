import { z } from 'zod';
import { keyBackups } from './backup';
import { fullHiveName, registryKeyPath } from './hive';

/** Value types a generated .reg file can set; others are shown in articles but never scripted. */
export const SCRIPTABLE_TYPES = ['REG_DWORD', 'REG_QWORD', 'REG_SZ'] as const;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const HIVES = new Set(['HKEY_CURRENT_USER', 'HKEY_LOCAL_MACHINE', 'HKEY_CLASSES_ROOT', 'HKEY_USERS', 'HKEY_CURRENT_CONFIG']);

function isIntegerData(data: string, bits: 32 | 64): boolean {
  const value = /^0x[0-9a-f]+$/i.test(data) ? BigInt(data) : /^\d+$/.test(data) ? BigInt(data) : undefined;
  return value !== undefined && value < 2n ** BigInt(bits);
}

/**
 * A registry change an article describes, with how to revert it: set the documented previous data
 * back, or delete a value that does not exist by default. Apply and undo come from this one record.
 */
export const registryChangeSchema = z
  .object({
    hive: z.string().refine((hive) => HIVES.has(fullHiveName(hive)), 'hive must be HKCU, HKLM, HKCR, HKU or HKCC (or the full name)'),
    path: z.string().min(1, 'path is empty').regex(PRINTABLE_ASCII, 'path must be plain ASCII'),
    name: z.string().regex(PRINTABLE_ASCII, 'name must be plain ASCII'),
    type: z.enum(SCRIPTABLE_TYPES, { message: `type must be one of ${SCRIPTABLE_TYPES.join(', ')} to offer a script` }),
    data: z.string().regex(PRINTABLE_ASCII, 'data must be plain ASCII'),
    undo: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('set'), data: z.string().regex(PRINTABLE_ASCII, 'undo data must be plain ASCII') }),
      z.object({ kind: z.literal('delete') }),
    ]),
  })
  .superRefine((change, context) => {
    for (const [field, data] of [['data', change.data], ['undoData', change.undo.kind === 'set' ? change.undo.data : undefined]] as const) {
      if (data === undefined) continue;
      if (change.type === 'REG_DWORD' && !isIntegerData(data, 32)) context.addIssue({ code: 'custom', message: `${field} "${data}" is not a 32-bit number for REG_DWORD` });
      if (change.type === 'REG_QWORD' && !isIntegerData(data, 64)) context.addIssue({ code: 'custom', message: `${field} "${data}" is not a 64-bit number for REG_QWORD` });
    }
  });

/** One scriptable registry change. */
export type RegistryChange = z.infer<typeof registryChangeSchema>;

const REG_HEADER = 'Windows Registry Editor Version 5.00';

/**
 * A .reg file in the format regedit imports (Microsoft KB 310516): the version line, a blank line,
 * then `[key]` sections with `"name"=value` lines; `"name"=-` deletes a value. Lines end in CRLF,
 * as regedit writes them. When an undo can only delete, `;` comment lines after the header say so
 * and give the backup commands, because whoever opens the file to read it first should learn that
 * before importing it.
 */
export function regFileText(changes: readonly RegistryChange[], mode: 'apply' | 'undo'): string {
  const lines = [REG_HEADER, '', ...backupComment(changes, mode)];
  const byKey = new Map<string, RegistryChange[]>();
  for (const change of changes) {
    const key = registryKeyPath(change.hive, change.path);
    byKey.set(key, [...(byKey.get(key) ?? []), change]);
  }
  for (const [key, keyChanges] of byKey) {
    lines.push(`[${key}]`);
    for (const change of keyChanges) lines.push(valueLine(change, mode));
    lines.push('');
  }
  return lines.join('\r\n');
}

function valueLine(change: RegistryChange, mode: 'apply' | 'undo'): string {
  const name = change.name === '' ? '@' : quoted(change.name);
  if (mode === 'undo' && change.undo.kind === 'delete') return `${name}=-`;
  const data = mode === 'apply' ? change.data : change.undo.kind === 'set' ? change.undo.data : change.data;
  return `${name}=${encodedData(change.type, data)}`;
}

function encodedData(type: RegistryChange['type'], data: string): string {
  if (type === 'REG_SZ') return quoted(data);
  const value = BigInt(data);
  if (type === 'REG_DWORD') return `dword:${value.toString(16).padStart(8, '0')}`;
  // regedit writes QWORDs as hex(b): eight little-endian bytes.
  const bytes = Array.from({ length: 8 }, (_, index) => ((value >> BigInt(8 * index)) & 0xffn).toString(16).padStart(2, '0'));
  return `hex(b):${bytes.join(',')}`;
}

function quoted(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** What a script changes, in words, for the warning shown beside its download link. */
export function describeChange(change: RegistryChange): { apply: string; undo: string } {
  const where = `${registryKeyPath(change.hive, change.path)}\\${change.name === '' ? '(Default)' : change.name}`;
  return {
    apply: `sets ${where} (${change.type}) to ${change.data}`,
    undo:
      change.undo.kind === 'set'
        ? `sets ${where} back to ${change.undo.data}`
        : `deletes ${where}, which is right only if it did not exist before the change`,
  };
}

function backupComment(changes: readonly RegistryChange[], mode: 'apply' | 'undo'): string[] {
  const backups = keyBackups(changes);
  if (backups.length === 0) return [];
  const names = backups.flatMap((backup) => backup.valueNames).join(', ');
  const lines =
    mode === 'apply'
      ? [
          `; The undo file for this change deletes ${names}. If a value existed before, a .reg file`,
          '; cannot bring its old data back. Before you import this file, save the key with:',
          ...backups.map((backup) => `;   ${backup.exportCommand}`),
        ]
      : [
          `; This file deletes ${names}. If a value existed before the change, this file cannot`,
          '; bring its old data back. If you saved the key first, undo with these commands instead:',
          ...backups.flatMap((backup) => backup.restoreCommands.map((command) => `;   ${command}`)),
        ];
  return [...lines, ''];
}
