import { describe, expect, it } from 'vitest';
import { describeChange, regFileText, registryChangeSchema, type RegistryChange } from '@/lib/registry/change';
import { applyRegFile, enableNegotiateOff, type Registry } from './reg-file';

const maxFieldLength: RegistryChange = {
  hive: 'HKLM',
  path: 'System\\CurrentControlSet\\Services\\HTTP\\Parameters',
  name: 'MaxFieldLength',
  type: 'REG_DWORD',
  data: '65534',
  undo: { kind: 'delete' },
};
const authSchemes: RegistryChange = {
  hive: 'HKEY_LOCAL_MACHINE',
  path: 'SOFTWARE\\Policies\\Microsoft\\Edge',
  name: 'AuthSchemes',
  type: 'REG_SZ',
  data: 'basic,digest,ntlm',
  undo: { kind: 'delete' },
};

const IE_KEY = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings';
const HTTP_KEY = 'HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\HTTP\\Parameters';

describe('regFileText', () => {
  it('writes the header line, the full key and typed values regedit accepts', () => {
    const text = regFileText([enableNegotiateOff, maxFieldLength, authSchemes], 'apply');
    expect(text.split('\r\n')).toEqual([
      'Windows Registry Editor Version 5.00',
      '',
      '; The undo file for this change deletes MaxFieldLength, AuthSchemes. If a value existed before, a .reg file',
      '; cannot bring its old data back. Before you import this file, save the key with:',
      `;   reg export "HKLM\\System\\CurrentControlSet\\Services\\HTTP\\Parameters" "%USERPROFILE%\\fixpath-backup-http-parameters.reg"`,
      `;   reg export "HKLM\\SOFTWARE\\Policies\\Microsoft\\Edge" "%USERPROFILE%\\fixpath-backup-microsoft-edge.reg"`,
      '',
      `[${IE_KEY}]`,
      '"EnableNegotiate"=dword:00000000',
      '',
      `[${HTTP_KEY}]`,
      '"MaxFieldLength"=dword:0000fffe',
      '',
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge]',
      '"AuthSchemes"="basic,digest,ntlm"',
      '',
    ]);
  });

  it('undoes by setting the documented previous data back, or by deleting a value that was not there', () => {
    expect(regFileText([enableNegotiateOff, maxFieldLength], 'undo')).toContain('"EnableNegotiate"=dword:00000001');
    expect(regFileText([enableNegotiateOff, maxFieldLength], 'undo')).toContain('"MaxFieldLength"=-');
  });

  it('makes apply and undo inverse on a registry in its documented default state', () => {
    const defaults: Registry = new Map([[IE_KEY, new Map([['EnableNegotiate', 'dword:00000001']])]]);
    const changes = [enableNegotiateOff, maxFieldLength, authSchemes];
    const applied = applyRegFile(regFileText(changes, 'apply'), defaults);
    expect(applied.get(IE_KEY)?.get('EnableNegotiate')).toBe('dword:00000000');
    expect(applied.get(HTTP_KEY)?.get('MaxFieldLength')).toBe('dword:0000fffe');

    const undone = applyRegFile(regFileText(changes, 'undo'), applied);
    const values = (registry: Registry) => [...registry].flatMap(([key, named]) => [...named].map(([name, data]) => `${key}\\${name}=${data}`));
    expect(values(undone)).toEqual(values(defaults));
  });

  it('escapes quotes and backslashes in strings and writes QWORDs as little-endian hex(b)', () => {
    const text = regFileText(
      [
        { ...authSchemes, name: 'Odd"Name', data: 'C:\\Temp' },
        { ...maxFieldLength, type: 'REG_QWORD', name: 'Big', data: '0x0102030405060708' },
      ],
      'apply',
    );
    expect(text).toContain('"Odd\\"Name"="C:\\\\Temp"');
    expect(text).toContain('"Big"=hex(b):08,07,06,05,04,03,02,01');
    expect(() => applyRegFile(text, new Map())).not.toThrow();
  });
});

describe('registryChangeSchema', () => {
  it('refuses data that does not fit the type, so a broken script never ships', () => {
    const result = registryChangeSchema.safeParse({ ...maxFieldLength, data: '70000000000' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('data "70000000000" is not a 32-bit number for REG_DWORD');
  });

  it('offers scripts only for types it can write', () => {
    const result = registryChangeSchema.safeParse({ ...authSchemes, type: 'REG_MULTI_SZ' });
    expect(result.error?.issues[0]?.message).toMatch(/^type must be one of REG_DWORD, REG_QWORD, REG_SZ/);
  });
});

describe('describeChange', () => {
  it('says in words what apply and undo do', () => {
    expect(describeChange(maxFieldLength)).toEqual({
      apply: `sets ${HTTP_KEY}\\MaxFieldLength (REG_DWORD) to 65534`,
      undo: `deletes ${HTTP_KEY}\\MaxFieldLength, which is right only if it did not exist before the change`,
    });
  });
});
