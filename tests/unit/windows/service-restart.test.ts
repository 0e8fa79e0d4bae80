import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runServiceCommands, runningDependents, ServiceCommandError, type Services } from '@/lib/windows/service-restart';

/**
 * A default IIS 10 server, worst case. W3SVC needs HTTP and WAS; WinRM needs HTTP and runs by
 * default on Windows Server. Print Spooler is modelled as depending on HTTP too, and the W3C
 * logging service as installed but stopped: we could not confirm either from Microsoft's
 * documentation, so they stand for "other services on HTTP that the article cannot list".
 * IISADMIN is absent: the IIS 6 Metabase Compatibility component is not installed by default.
 */
const defaultIis10: Services = {
  RpcSs: { dependsOn: [], running: true },
  HTTP: { dependsOn: [], running: true },
  WAS: { dependsOn: ['RpcSs'], running: true },
  W3SVC: { dependsOn: ['HTTP', 'WAS'], running: true },
  WinRM: { dependsOn: ['HTTP', 'RpcSs'], running: true },
  Spooler: { dependsOn: ['RpcSs', 'HTTP'], running: true },
  W3LOGSVC: { dependsOn: ['HTTP'], running: false },
};

const article = readFileSync(path.resolve('content/articles/kerberos-token-too-large-http-400.mdx'), 'utf8');

/** The command blocks of one `<Step id="…">` in the article, with their shell. */
function commandBlocks(text: string): { shell: 'cmd' | 'powershell'; code: string }[] {
  const blocks = [...text.matchAll(/<Command shell="(cmd|powershell)"[^>]*>\s*```\w*\n([\s\S]*?)```\s*<\/Command>/g)];
  return blocks.map((match) => ({ shell: match[1] as 'cmd' | 'powershell', code: match[2]! }));
}

function step(id: string): string {
  const start = article.indexOf(`<Step id="${id}"`);
  if (start < 0) throw new Error(`no step ${id}`);
  return article.slice(start, article.indexOf('</Step>', start));
}

const running = (services: Services) => Object.keys(services).filter((name) => services[name]!.running).sort();

describe('the service model', () => {
  it('net stop without /y stops at the question when running services depend on the service', () => {
    expect(() => runServiceCommands(defaultIis10, 'net stop http', 'cmd')).toThrow(/asks whether to stop W3SVC, WinRM, Spooler too/);
    expect(running(runServiceCommands(defaultIis10, 'net stop http /y', 'cmd'))).toEqual(['RpcSs', 'WAS']);
  });

  it('net start starts what the service needs first', () => {
    const stopped = runServiceCommands(defaultIis10, 'net stop http /y\nnet stop was /y', 'cmd');
    expect(running(runServiceCommands(stopped, 'net start w3svc', 'cmd'))).toEqual(['HTTP', 'RpcSs', 'W3SVC', 'WAS']);
  });

  it('finds dependents through other services', () => {
    expect(runningDependents({ A: { dependsOn: [], running: true }, B: { dependsOn: ['A'], running: true }, C: { dependsOn: ['B'], running: true } }, 'A')).toEqual(['B', 'C']);
  });

  it('the old restart block fails on a default IIS 10 server', () => {
    expect(() => runServiceCommands(defaultIis10, 'net stop http\nnet start http\nnet stop iisadmin /y', 'cmd')).toThrow(ServiceCommandError);
    expect(() => runServiceCommands(defaultIis10, 'net stop iisadmin /y', 'cmd')).toThrow(/not installed/);
  });
});

describe("the article's restart steps", () => {
  const blocks = commandBlocks(step('restart-http-and-iis'));

  it('has a block to run', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it('brings every service that was running back, and starts none that was stopped', () => {
    let services = defaultIis10;
    for (const block of blocks) services = runServiceCommands(services, block.code, block.shell);
    expect(running(services)).toEqual(running(defaultIis10));
    expect(services.W3LOGSVC?.running).toBe(false);
  });

  it('restarts HTTP, which is what makes HTTP.sys read the new limits', () => {
    const lines = blocks.flatMap((block) => block.code.split('\n'));
    const stopAt = lines.findIndex((line) => /^Stop-Service -Name HTTP\b|^net stop http\b/i.test(line));
    const startAt = lines.findIndex((line) => /^Start-Service -Name HTTP$|^net start http$/i.test(line));
    expect(stopAt).toBeGreaterThanOrEqual(0);
    expect(startAt).toBeGreaterThan(stopAt);
  });

  it('every net stop in the article, of a service with dependents, carries /y', () => {
    const netStops = commandBlocks(article)
      .filter((block) => block.shell === 'cmd')
      .flatMap((block) => block.code.split('\n'))
      .filter((line) => /^net stop /i.test(line.trim()));
    for (const line of netStops) {
      const name = /^net stop (\S+)/i.exec(line.trim())![1]!;
      if (runningDependents(defaultIis10, name).length > 0) expect(line).toMatch(/ \/y$/);
    }
    expect(article).not.toMatch(/net stop iisadmin \/y\n/);
  });
});
