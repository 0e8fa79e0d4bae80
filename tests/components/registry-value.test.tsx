// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mockClipboard, removeClipboard } from './clipboard';
import { RegistryValue } from '@/components/mdx/registry-value';
import { registryKeyPath } from '@/lib/registry/hive';

afterEach(removeClipboard);

const FULL_PATH = 'HKEY_CURRENT_USER\\Software\\Policies\\Microsoft\\Edge';

describe('RegistryValue', () => {
  it('shows the full key path, value name, type and data', () => {
    render(
      <RegistryValue
        hive="HKCU"
        path="Software\Policies\Microsoft\Edge"
        name="AuthServerAllowlist"
        type="REG_SZ"
        data="*.corp.example"
        note="Restart Edge afterwards."
      />,
    );
    const group = screen.getByRole('group', { name: 'Registry value AuthServerAllowlist' });
    expect(group).toHaveTextContent(FULL_PATH);
    expect(screen.getByText('AuthServerAllowlist')).toBeInTheDocument();
    expect(screen.getByText('REG_SZ')).toBeInTheDocument();
    expect(screen.getByText('*.corp.example')).toBeInTheDocument();
    expect(screen.getByText('Restart Edge afterwards.')).toBeInTheDocument();
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Key', 'Value name', 'Type', 'Data']);
  });

  it('copies the full key path', async () => {
    const writeText = mockClipboard();
    render(<RegistryValue hive="HKCU" path="Software\Policies\Microsoft\Edge" name="X" type="REG_DWORD" data="1" />);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy key path' })));

    expect(writeText).toHaveBeenCalledWith(FULL_PATH);
  });

  it('copies the value name', async () => {
    const writeText = mockClipboard();
    render(<RegistryValue hive="HKLM" path="SYSTEM" name="DisableLoopbackCheck" type="REG_DWORD" data="1" />);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy value name' })));

    expect(writeText).toHaveBeenCalledWith('DisableLoopbackCheck');
  });

  it('shows an empty value name as (Default) without a copy button for it', () => {
    render(<RegistryValue hive="HKCR" path="http\shell" name="" type="REG_SZ" data="open" />);
    expect(screen.getByText('(Default)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy value name' })).toBeNull();
  });
});

describe('registryKeyPath', () => {
  it.each([
    ['HKCU', 'HKEY_CURRENT_USER'],
    ['hklm', 'HKEY_LOCAL_MACHINE'],
    ['HKCR', 'HKEY_CLASSES_ROOT'],
    ['HKU', 'HKEY_USERS'],
    ['HKCC', 'HKEY_CURRENT_CONFIG'],
    ['HKEY_LOCAL_MACHINE', 'HKEY_LOCAL_MACHINE'],
    ['hkey_current_user', 'HKEY_CURRENT_USER'],
  ])('writes hive %s as %s', (hive, full) => {
    expect(registryKeyPath(hive, 'Software\\X')).toBe(`${full}\\Software\\X`);
  });

  it('does not double the backslash when the path starts or ends with one', () => {
    expect(registryKeyPath('HKLM\\', '\\SOFTWARE\\X\\')).toBe('HKEY_LOCAL_MACHINE\\SOFTWARE\\X');
  });
});
