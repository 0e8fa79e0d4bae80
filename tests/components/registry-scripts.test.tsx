// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(cleanup);
import { RegistryScriptDownloads, type RegistryScripts } from '@/components/mdx/registry-scripts';
import { keyBackups } from '@/lib/registry/backup';

const key = 'System\\CurrentControlSet\\Services\\HTTP\\Parameters';

describe('RegistryScriptDownloads', () => {
  it('says next to the download that a delete-only undo cannot restore old data, and offers the backup commands', () => {
    const scripts: RegistryScripts = {
      applyHref: '/fixes/a/b/apply.reg',
      undoHref: '/fixes/a/b/undo.reg',
      changes: [{ apply: 'sets MaxFieldLength', undo: 'deletes MaxFieldLength' }],
      backups: keyBackups([{ hive: 'HKLM', path: key, name: 'MaxFieldLength', type: 'REG_DWORD', data: '65534', undo: { kind: 'delete' } }]),
    };
    render(<RegistryScriptDownloads scripts={scripts} title="Set the limits" />);
    expect(screen.getByText(/The undo file only deletes MaxFieldLength\./)).toBeInTheDocument();
    expect(screen.getByText(`reg export "HKLM\\${key}" "%USERPROFILE%\\fixpath-backup-http-parameters.reg"`)).toBeInTheDocument();
    expect(screen.getByText(/reg import "%USERPROFILE%\\fixpath-backup-http-parameters\.reg"/)).toBeInTheDocument();
    expect(screen.getByText(/does not remove values that were added to the key since/)).toBeInTheDocument();
  });

  it('shows no backup advice when the undo sets documented data back', () => {
    render(<RegistryScriptDownloads scripts={{ applyHref: '/a', undoHref: '/u', changes: [{ apply: 'sets x', undo: 'sets x back' }] }} title="T" />);
    expect(screen.queryByText(/only deletes/)).toBeNull();
  });
});
