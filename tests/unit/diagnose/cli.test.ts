import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TokenKind } from '@/lib/diagnose/types';
import { runDiagnose } from '@/scripts/diagnose';
import { FIXTURES, fixtureToken, readAuthFixture } from './fixtures';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const KINDS: TokenKind[] = [
  'ntlm-negotiate',
  'ntlm-challenge',
  'ntlm-authenticate',
  'spnego-init',
  'spnego-response',
  'kerberos-ap-req',
  'kerberos-ap-rep',
  'unknown',
];

async function run(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await runDiagnose(args, { readStdin: async () => stdin, out: (text) => (out += text), err: (text) => (err += `${text}\n`) });
  return { code, out, err };
}

describe('npm run diagnose', () => {
  it('prints exactly the JSON shape of issue 5 (run as a process)', () => {
    const fixture = `tests/fixtures/auth/${FIXTURES.harTwoBrowsers}`;
    const stdout = execFileSync('npm', ['run', '--silent', 'diagnose', '--', fixture], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const json: unknown = JSON.parse(stdout);
    expect(Object.keys(json as object)).toEqual(['tokens', 'exchanges', 'findings', 'suggestedOutcome']);
    const { tokens, suggestedOutcome } = json as { tokens: Record<string, unknown>[]; suggestedOutcome: unknown };
    expect(suggestedOutcome).toBe('fix-chromium-policies');
    for (const token of tokens) {
      expect(Object.keys(token).slice(0, 4)).toEqual(['header', 'scheme', 'kind', 'truncated']);
      expect(KINDS).toContain(token.kind);
      if (String(token.kind).startsWith('spnego')) expect(token).toHaveProperty('mechTypes');
      if (String(token.kind).startsWith('spnego')) expect(token).toHaveProperty('inner');
    }
    expect(stdout).not.toContain(fixtureToken(FIXTURES.ntlmType3));
  }, 60_000);

  it('gives SPNEGO responses a negState and bare tokens a null header and scheme', async () => {
    const { code, out } = await run([`tests/fixtures/auth/${FIXTURES.gokrb5ServerResponses}`]);
    expect(code).toBe(0);
    const { tokens } = JSON.parse(out) as { tokens: Record<string, unknown>[] };
    expect(tokens.map((token) => [token.header, token.scheme, token.kind, token.negState])).toEqual([
      [null, null, 'spnego-response', 'accept-completed'],
      [null, null, 'spnego-response', 'reject'],
      [null, null, 'spnego-response', 'accept-incomplete'],
    ]);
  });

  it('reads stdin with -, and shows names only with --names', async () => {
    const input = readAuthFixture(FIXTURES.curlNtlm3Leg);
    const plain = await run(['-'], input);
    expect(plain.code).toBe(0);
    expect(plain.out).not.toContain('testuser');
    const named = await run(['-', '--names'], input);
    expect(named.out).toContain('"user": "testuser"');
  });

  it('reports skipped work on stderr, keeping stdout JSON', async () => {
    const text = readAuthFixture(FIXTURES.harTwoBrowsers);
    const { code, out, err } = await run(['-'], text.slice(0, 3000));
    expect(code).toBe(0);
    expect(() => JSON.parse(out)).not.toThrow();
    expect(err).toMatch(/skipped: The HAR file is not valid JSON/);
    // Evidence lines are English sentences, not the phrases the page formats.
    const { findings } = JSON.parse(out) as { findings: { evidence: unknown[] }[] };
    const evidence = findings.flatMap((finding) => finding.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const line of evidence) expect(line).toEqual(expect.stringMatching(/^(exchange|token|line|input) /));
  });

  it('prints each token’s note and the KRB-ERROR evidence as English sentences', async () => {
    type Printed = { tokens: { note?: unknown }[]; findings: { id: string; evidence: unknown[] }[] };
    const { tokens, findings } = JSON.parse((await run(['-'], `${fixtureToken(FIXTURES.krbError)}\n`)).out) as Printed;
    expect(tokens.map((token) => token.note)).toEqual(['Kerberos KRB-ERROR (KRB_ERR_GENERIC)']);
    const ntlm = JSON.parse((await run(['-'], 'WWW-Authenticate: NTLM TlRMTVNTUAAHAAAA\n')).out) as Printed;
    expect(ntlm.tokens.map((token) => token.note)).toEqual(['NTLM message of unknown type 7']);
    expect(findings.find((finding) => finding.id === 'kerberos-error')?.evidence).toEqual([expect.stringMatching(/^token 1 \(.*\): Kerberos KRB-ERROR \(KRB_ERR_GENERIC\)$/)]);
    const many = await run(['-'], 'TlRMTVNTUAAHAAAA\n'.repeat(502));
    expect(many.err).toContain('diagnose: skipped: 2 tokens after the first 500 were not decoded.');
  });

  it('fails with usage for missing arguments and unreadable files', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['a', 'b'])).code).toBe(2);
    const missing = await run(['tests/fixtures/auth/no-such-file.har']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read/);
  });
});
