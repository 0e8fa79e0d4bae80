import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getFixProcedure } from '@/lib/content/articles.server';
import { outlineArticleBody } from '@/lib/content/outline.server';
import { getWizard } from '@/lib/content/wizards.server';

let cacheDir: string;
beforeEach(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), 'fixpath-procedure-steps-'));
  vi.stubEnv('FIXPATH_CACHE_DIR', cacheDir);
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('getFixProcedure on the shipped articles', () => {
  it('gives every fix of the shipped troubleshooter its steps, numbered as the article numbers them', async () => {
    const tree = getWizard('windows-auth-login', 'content')!;
    const fixes = tree.nodes.flatMap((node) => (node.type === 'outcome' && node.fix ? [node.fix] : []));
    expect(fixes.length).toBeGreaterThan(5);
    for (const fix of fixes) {
      const procedure = await getFixProcedure(fix.article, fix.procedure, 'content');
      expect(procedure, `${fix.article}#${fix.procedure}`).toBeDefined();
      expect(procedure!.article.slug).toBe(fix.article);
      expect(procedure!.steps.map((step) => step.number)).toEqual(procedure!.steps.map((_step, index) => index + 1));
      expect(procedure!.steps.every((step) => step.title.length > 0 && step.id.length > 0)).toBe(true);
    }
    // Outlining the eight shipped articles from cold loads the MDX parser: seconds on a busy machine.
  }, 60_000);

  it('carries a registry value as the page shows it: full key path, name, type and data', async () => {
    const procedure = await getFixProcedure('windows-auth-fails-in-ie-edge', 'confirm-disable-negotiate', 'content');
    const step = procedure!.steps.find((candidate) => candidate.id === 'set-enablenegotiate-0')!;
    expect(step.number).toBe(3);
    expect(step.details).toEqual([
      { kind: 'registry', key: 'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings', name: 'EnableNegotiate', type: 'REG_DWORD', data: '0' },
    ]);
    expect(procedure!.steps.find((candidate) => candidate.id === 'open-registry-editor')!.details).toEqual([]);
  });

  it('carries each command of a step verbatim, several lines included, with its shell', async () => {
    const spn = await getFixProcedure('kerberos-spn-missing-or-duplicate', 'find-the-spn', 'content');
    const query = spn!.steps.find((step) => step.id === 'query-the-spn')!;
    expect(query.details).toEqual([
      { kind: 'command', shell: 'cmd', shellLabel: 'Command Prompt', code: 'setspn -Q http/intranet.contoso.com' },
      { kind: 'command', shell: 'cmd', shellLabel: 'Command Prompt', code: 'setspn -T * -F -Q http/intranet.contoso.com' },
    ]);
    const clock = await getFixProcedure('kerberos-clock-skew', 'resync-with-domain', 'content');
    const command = clock!.steps.find((step) => step.id === 'set-domain-hierarchy-source')!.details[0];
    expect(command).toMatchObject({ kind: 'command', code: 'w32tm /config /syncfromflags:domhier /update\nnet stop w32time\nnet start w32time' });
  });

  it("keeps the author's note beside a registry value, such as that its data is an example", async () => {
    const procedure = await getFixProcedure('chromium-edge-chrome-auth-policies', 'set-auth-server-allowlist', 'content');
    const [edge] = procedure!.steps.find((step) => step.id === 'allowlist-set-value')!.details;
    expect(edge).toMatchObject({ kind: 'registry', name: 'AuthServerAllowlist', note: expect.stringMatching(/^Example data/) });
  });

  it('answers undefined for a procedure or article that does not exist', async () => {
    expect(await getFixProcedure('windows-auth-fails-in-ie-edge', 'no-such-procedure', 'content')).toBeUndefined();
    expect(await getFixProcedure('no-such-article', 'confirm-disable-negotiate', 'content')).toBeUndefined();
  });
});

describe('remarkProcedureSteps', () => {
  it('reads a one-line command, generated IIS commands and an unnamed registry value', () => {
    const body = [
      '<Steps id="demo" title="Demo" browsers="any">',
      '',
      '<Step title="Run it">',
      '',
      '<Command shell="powershell" title="Show the time" code="Get-Date" source="https://example.com/a" />',
      '',
      '</Step>',
      '',
      '<Step id="remove" title="Remove Negotiate">',
      '',
      '<IisProviderChange site="Contoso" provider="Negotiate" source="https://example.com/b" />',
      '',
      '<RegistryValue hive="HKLM" path="SOFTWARE\\Demo" name="" type="REG_SZ" data="x" source="https://example.com/c" />',
      '',
      '</Step>',
      '',
      '</Steps>',
    ].join('\n');
    const [procedure] = outlineArticleBody(body, { slug: 'demo-article' }).procedures;
    expect(procedure).toMatchObject({ id: 'demo', title: 'Demo' });
    expect(procedure!.steps.map((step) => [step.number, step.id, step.title])).toEqual([
      [1, 'run-it', 'Run it'],
      [2, 'remove', 'Remove Negotiate'],
    ]);
    expect(procedure!.steps[0]!.details).toEqual([{ kind: 'command', shell: 'powershell', shellLabel: 'PowerShell', title: 'Show the time', code: 'Get-Date' }]);
    const [appcmd, powershell, registry] = procedure!.steps[1]!.details;
    expect(appcmd).toMatchObject({ kind: 'command', shell: 'cmd', title: 'appcmd, make the change' });
    expect(appcmd!.kind === 'command' && appcmd!.code).toContain(`/-"providers.[value='Negotiate']"`);
    expect(powershell).toMatchObject({ kind: 'command', shell: 'powershell' });
    expect(registry).toEqual({ kind: 'registry', key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Demo', name: '(Default)', type: 'REG_SZ', data: 'x' });
  });
});
