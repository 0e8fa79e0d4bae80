import { describe, expect, it } from 'vitest';
import { keyBackups, shortKeyPath } from '@/lib/registry/backup';
import { regFileText, type RegistryChange } from '@/lib/registry/change';
import { applyRegFile, enableNegotiateOff, type Registry } from './reg-file';

const HTTP_PATH = 'System\\CurrentControlSet\\Services\\HTTP\\Parameters';
const HTTP_KEY = `HKEY_LOCAL_MACHINE\\${HTTP_PATH}`;
const maxFieldLength: RegistryChange = { hive: 'HKLM', path: HTTP_PATH, name: 'MaxFieldLength', type: 'REG_DWORD', data: '65534', undo: { kind: 'delete' } };
const maxRequestBytes: RegistryChange = { ...maxFieldLength, name: 'MaxRequestBytes', data: '16777216' };

/**
 * `reg export`, `reg delete /v … /f` and `reg import` on the in-memory registry: export saves one
 * key's values, import copies them back and leaves every other value alone.
 */
function runReg(lines: readonly string[], registry: Registry, files: Map<string, Map<string, string>>): Registry {
  const next: Registry = new Map([...registry].map(([key, values]) => [key, new Map(values)]));
  const full = (key: string) => key.replace(/^HKLM\\/, 'HKEY_LOCAL_MACHINE\\').replace(/^HKCU\\/, 'HKEY_CURRENT_USER\\');
  for (const line of lines) {
    const exported = /^reg export "([^"]+)" "([^"]+)"$/.exec(line);
    const deleted = /^reg delete "([^"]+)" \/v "([^"]+)" \/f$/.exec(line);
    const imported = /^reg import "([^"]+)"$/.exec(line);
    if (exported) files.set(exported[2]!, new Map(next.get(full(exported[1]!)) ?? []));
    else if (deleted) next.get(full(deleted[1]!))?.delete(deleted[2]!);
    else if (imported) {
      const saved = files.get(imported[1]!);
      if (!saved) throw new Error(`no file ${imported[1]}`);
      // The saved key is the only one in the file; find it by the value names it holds.
      const key = HTTP_KEY;
      for (const [name, data] of saved) next.get(key)!.set(name, data);
    } else throw new Error(`not a documented reg command: ${line}`);
  }
  return next;
}

describe('keyBackups', () => {
  it('saves each key that holds a delete-only undo once, with the short root reg documents', () => {
    const [backup, ...others] = keyBackups([maxFieldLength, maxRequestBytes, enableNegotiateOff]);
    expect(others).toEqual([]);
    expect(backup?.exportCommand).toBe(`reg export "HKLM\\${HTTP_PATH}" "%USERPROFILE%\\fixpath-backup-http-parameters.reg"`);
    expect(backup?.restoreCommands).toEqual([
      `reg delete "HKLM\\${HTTP_PATH}" /v "MaxFieldLength" /f`,
      `reg delete "HKLM\\${HTTP_PATH}" /v "MaxRequestBytes" /f`,
      `reg import "%USERPROFILE%\\fixpath-backup-http-parameters.reg"`,
    ]);
  });

  it('offers nothing when every undo sets documented data back', () => {
    expect(keyBackups([enableNegotiateOff])).toEqual([]);
    expect(regFileText([enableNegotiateOff], 'undo')).not.toContain(';');
  });

  it('brings back a value that existed before, which the static undo file would delete', () => {
    const before: Registry = new Map([[HTTP_KEY, new Map([['MaxFieldLength', 'dword:00008000'], ['UrlSegmentMaxLength', 'dword:00000200']])]]);
    const changes = [maxFieldLength, maxRequestBytes];
    const [backup] = keyBackups(changes);
    const files = new Map<string, Map<string, string>>();
    const saved = runReg([backup!.exportCommand], before, files);
    const applied = applyRegFile(regFileText(changes, 'apply'), saved);

    const staticUndo = applyRegFile(regFileText(changes, 'undo'), applied);
    expect(staticUndo.get(HTTP_KEY)?.has('MaxFieldLength')).toBe(false);

    const restored = runReg(backup!.restoreCommands, applied, files);
    expect([...restored.get(HTTP_KEY)!].sort()).toEqual([...before.get(HTTP_KEY)!].sort());
  });

  it('also removes a value the change created where none existed, which import alone would keep', () => {
    const before: Registry = new Map([[HTTP_KEY, new Map()]]);
    const [backup] = keyBackups([maxFieldLength]);
    const files = new Map<string, Map<string, string>>();
    const applied = applyRegFile(regFileText([maxFieldLength], 'apply'), runReg([backup!.exportCommand], before, files));
    expect(runReg([backup!.restoreCommands.at(-1)!], applied, files).get(HTTP_KEY)?.has('MaxFieldLength')).toBe(true);
    expect(runReg(backup!.restoreCommands, applied, files).get(HTTP_KEY)?.has('MaxFieldLength')).toBe(false);
  });

  it('says so in the undo file, in comment lines regedit skips, with the commands to use instead', () => {
    const text = regFileText([maxFieldLength], 'undo');
    expect(text).toContain('; This file deletes MaxFieldLength. If a value existed before the change, this file cannot');
    expect(text).toContain(`;   reg import "%USERPROFILE%\\fixpath-backup-http-parameters.reg"`);
    expect(text.split('\r\n')[0]).toBe('Windows Registry Editor Version 5.00');
  });

  it('writes keys with the short root names', () => {
    expect(shortKeyPath('HKEY_CURRENT_USER', '\\Software\\X\\')).toBe('HKCU\\Software\\X');
    expect(shortKeyPath('hklm', '')).toBe('HKLM');
  });
});
