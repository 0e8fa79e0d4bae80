import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/diagnose/analyze';
import { formatPhrase } from '@/lib/diagnose/phrase';
import { englishFindingWords } from '@/lib/i18n/english-finding-words';

/** What an analysis skipped, as the CLI prints it. */
const skippedOf = (analysis: { skipped: readonly Parameters<typeof formatPhrase>[0][] }) => analysis.skipped.map((note) => formatPhrase(note, englishFindingWords()));
import { decodeToken, decodeTokenBytes } from '@/lib/diagnose/token';
import type { Analysis, DecodedToken, TokenKind } from '@/lib/diagnose/types';
import { checkAnswersLeadTo } from '@/lib/wizard/url';
import { curlNtlmTokens, FIXTURES, fixtureToken, fixtureTokens, publishedTree, readAuthFixture } from './fixtures';
import { seededRandom } from '@/lib/seeded-random';

// Prefixes tools and writers put in front of transcript lines (see lib/diagnose/line-prefix.ts).
const LINE_PREFIXES = ['C: ', 'S: ', '> ', '< ', '--> ', '<-- ', '>> ', '<< ', 'VERBOSE: ', 'DEBUG: ', '[10:00:01.123] ', '2024-05-01T10:00:00Z ', '10:00:00 ', '12 | ', '3: ', '- ', '+ '];
const KINDS = new Set<TokenKind>(['ntlm-negotiate', 'ntlm-challenge', 'ntlm-authenticate', 'spnego-init', 'spnego-response', 'kerberos-ap-req', 'kerberos-ap-rep', 'unknown']);
const PER_INPUT_MS = 500;
const tree = publishedTree();
const realTokens = Object.values(FIXTURES)
  .filter((name) => name.endsWith('.b64.txt'))
  .flatMap((name) => fixtureTokens(name));
const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

function timed<T>(run: () => T): T {
  const started = performance.now();
  const result = run();
  expect(performance.now() - started).toBeLessThan(PER_INPUT_MS);
  return result;
}

function expectSane(token: DecodedToken) {
  expect(KINDS.has(token.kind)).toBe(true);
  expect(typeof token.truncated).toBe('boolean');
}

function expectConsistent(analysis: Analysis) {
  for (const exchange of analysis.exchanges) {
    for (const item of [...exchange.sent, ...exchange.offered]) {
      if (item.token !== null) expect(analysis.tokens[item.token]?.kind).toBe(item.kind);
    }
  }
  analysis.tokens.forEach((token, index) => expect(token.index).toBe(index));
  expect(checkAnswersLeadTo(tree, analysis.suggestedStep ?? '', analysis.suggestedAnswers).ok).toBe(true);
}

describe('token decoding never throws', () => {
  it('on random bytes, whatever their first byte', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 3000; i++) {
      const bytes = Uint8Array.from({ length: Math.floor(random() * 300) }, () => Math.floor(random() * 256));
      // Half the time start like a real token, so the structure readers get exercised.
      if (i % 2 === 0 && bytes.length > 0) bytes[0] = [0x60, 0xa0, 0xa1, 0x6e, 0x6f, 0x7e][i % 6] ?? 0x60;
      expectSane(timed(() => decodeTokenBytes(bytes, { includeNames: true })));
    }
  });

  it('on random base64 text, padding and URL-safe characters included', () => {
    const random = seededRandom(2);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ \n!';
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: Math.floor(random() * 200) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expectSane(timed(() => decodeToken(text)));
    }
  });

  it('on real tokens with bits flipped, bytes dropped or bytes inserted', () => {
    const random = seededRandom(3);
    for (const base64 of realTokens) {
      const original = fromBase64(base64);
      for (let i = 0; i < 150; i++) {
        const bytes = Array.from(original);
        const edits = 1 + Math.floor(random() * 6);
        for (let edit = 0; edit < edits; edit++) {
          const at = Math.floor(random() * bytes.length);
          const choice = random();
          if (choice < 0.6) bytes[at] = (bytes[at] ?? 0) ^ (1 << Math.floor(random() * 8));
          else if (choice < 0.8) bytes.splice(at, 1);
          else bytes.splice(at, 0, Math.floor(random() * 256));
        }
        expectSane(timed(() => decodeToken(toBase64(Uint8Array.from(bytes)), { includeNames: true })));
      }
    }
  });

  it.each([
    ['SPNEGO Kerberos NegTokenInit', FIXTURES.spnegoKerberos],
    ['NTLM type 2', FIXTURES.ntlmType2],
    ['NTLM type 3', FIXTURES.ntlmType3],
    ['NegTokenResp with NTLM challenge', FIXTURES.spnegoRespNtlmType2],
    ['raw Kerberos AP-REQ', FIXTURES.rawKerberosApReq],
  ])('on a %s cut at every length: marked truncated (or unknown), never thrown', (_label, name) => {
    const full = fromBase64(fixtureToken(name));
    const whole = decodeToken(fixtureToken(name));
    expect(whole.truncated).toBe(false);
    for (let length = 0; length < full.length; length++) {
      const cut = timed(() => decodeTokenBytes(full.subarray(0, length)));
      expectSane(cut);
      expect(cut.truncated || cut.kind === 'unknown', `length ${length}`).toBe(true);
      if (cut.kind !== 'unknown') expect(cut.kind).toBe(whole.kind);
    }
  });

  it('on tokens nested far deeper than any real one', () => {
    // [0] { SEQUENCE { [2] { OCTET STRING { ...again... } } } }, built bottom-up.
    let bytes = Uint8Array.from([0x05, 0x00]);
    const wrap = (tag: number, content: Uint8Array) => {
      const length = content.length;
      const header = length < 0x80 ? [tag, length] : length < 0x100 ? [tag, 0x81, length] : [tag, 0x82, length >> 8, length & 0xff];
      const out = new Uint8Array(header.length + length);
      out.set(header);
      out.set(content, header.length);
      return out;
    };
    for (let level = 0; level < 500 && bytes.length < 60000; level++) bytes = wrap(0xa0, wrap(0x30, wrap(0xa2, wrap(0x04, bytes))));
    const token = timed(() => decodeTokenBytes(bytes));
    expect(token.kind).toBe('spnego-init');
    expect(token.note && formatPhrase(token.note, englishFindingWords())).toContain('nested too deeply');
  });
});

describe('analyze never throws and stays fast', () => {
  const pieces = [
    'WWW-Authenticate: ', 'Authorization: ', 'proxy-authenticate:', 'Proxy-Authorization:', 'Cookie: a=b', 'User-Agent: curl/8.0',
    'Negotiate', 'NTLM', 'Basic realm="a,b"', 'Digest nonce="x\\"y"', ', ', ',', '"', '=', '\n', '\r\n', '\n\n', '> ', '< ', '* ',
    'HTTP/1.1 401 Unauthorized', 'HTTP/1.1 200 OK', 'HTTP/2 407', 'GET /app HTTP/1.1', 'POST / HTTP/1.0', '{', '}', '"entries":[',
    '"name":"Authorization","value":"', 'send: b\'', 'reply: \'', 'header: ', '    ', '#', '\u0000', 'é', '\uffff',
    ...LINE_PREFIXES, "'Authorization': '", '[\\r][\\n]"', '\\r\\n', '#Fields: date time cs-method sc-status sc-substatus sc-win32-status',
    'DateTime IP GET / - 80 - IP ua - 401 2 5 1', '2024-05-01 10:00:00 10.0.0.5 GET / - 80 - 10.0.0.9 ua - 401 1 2148074245 1',
    ...realTokens.slice(0, 12),
    ...realTokens.slice(0, 6).map((token) => token.slice(0, 30)),
  ];

  it('on random header soup', () => {
    const random = seededRandom(4);
    for (let i = 0; i < 1500; i++) {
      const text = Array.from({ length: Math.floor(random() * 40) }, () => pieces[Math.floor(random() * pieces.length)]).join(random() < 0.5 ? '' : ' ');
      expectConsistent(timed(() => analyze(text, { trees: [tree], includeNames: random() < 0.5 })));
    }
  });

  it('on every fixture with characters dropped, swapped or duplicated', () => {
    const random = seededRandom(5);
    for (const name of Object.values(FIXTURES)) {
      const original = readAuthFixture(name);
      for (let i = 0; i < 40; i++) {
        const chars = original.split('');
        for (let edit = 0; edit < 1 + Math.floor(random() * 10); edit++) {
          const at = Math.floor(random() * chars.length);
          const choice = random();
          if (choice < 0.4) chars.splice(at, 1 + Math.floor(random() * 20));
          else if (choice < 0.7) chars[at] = pieces[Math.floor(random() * pieces.length)] ?? '';
          else chars.splice(at, 0, chars.slice(at, at + 50).join(''));
        }
        expectConsistent(timed(() => analyze(chars.join(''), { trees: [tree] })));
      }
    }
  });

  it('on HAR files whose values have the wrong types', () => {
    const bad = [
      '{"log":{"entries":null}}',
      '{"log":{"entries":[null,1,"x",{"request":[],"response":{"headers":{"a":1}}}]}}',
      '{"log":{"entries":[{"request":{"headers":[{"name":1,"value":null},{"name":"Authorization","value":"Negotiate !!"}]},"response":{"status":"401"}}]}}',
      '{"log":{"entries":[{"request":{"headers":[{"name":"Authorization","value":"NTLM TlRMTVNTUAAB"}]},"response":{"status":401,"headers":[]}}]}}',
      '[1,2,3]',
      '{',
    ];
    for (const text of bad) expectConsistent(timed(() => analyze(text, { trees: [tree] })));
  });

  it('caps tokens, lines, messages and input size, and says what it skipped', () => {
    const token = fixtureToken(FIXTURES.ntlmType1);
    const many = analyze(Array.from({ length: 2000 }, () => `Authorization: NTLM ${token}\nX: y`).join('\n'));
    expect(many.tokens).toHaveLength(500);
    expect(skippedOf(many).join(' ')).toMatch(/1,500 tokens after the first 500 were not decoded/);

    const longLine = timed(() => analyze(`Authorization: Negotiate ${'A'.repeat(300_000)}`));
    expect(skippedOf(longLine).join(' ')).toMatch(/lines? longer than/);

    const soup = `WWW-Authenticate: Negotiate\nAuthorization: NTLM ${token}\n`.repeat(200_000);
    const started = performance.now();
    const flood = analyze(soup);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(flood.exchanges).toHaveLength(2000);
    expect(skippedOf(flood).join(' ')).toMatch(/header groups after the first 10,000 were not read/);

    const tooBig = 'x'.repeat(50 * 1024 * 1024 + 1);
    const huge = timed(() => analyze(tooBig));
    expect(skippedOf(huge)[0]).toMatch(/more than the 50 MB this tool reads/);
  });

  it('reads a 50 MB HAR file in a few seconds', () => {
    const har = JSON.parse(readAuthFixture(FIXTURES.harTwoBrowsers)) as { log: { entries: unknown[] } };
    const filler = JSON.stringify({
      request: { method: 'GET', url: 'https://intranet.contoso.com/static/app.js', headers: [{ name: 'Accept', value: '*/*' }], cookies: [] },
      response: { status: 200, headers: [{ name: 'Content-Type', value: 'text/javascript' }], content: { size: 900, text: 'x'.repeat(900) } },
    });
    const fillerCount = Math.floor((50_000_000 - 20_000) / (filler.length + 1));
    const entries = har.log.entries.map((entry) => JSON.stringify(entry));
    const text = `{"log":{"version":"1.2","entries":[${[...Array(fillerCount).fill(filler), ...entries].join(',')}]}}`;
    expect(text.length).toBeGreaterThan(49_000_000);
    const started = performance.now();
    const analysis = analyze(text, { trees: [tree] });
    expect(performance.now() - started).toBeLessThan(8000);
    expect(analysis.format).toBe('har');
    expect(analysis.suggestedOutcome).toBe('fix-chromium-policies');
    expect(analysis.tokens).toHaveLength(4);
  }, 30_000);
});

describe('pasted shapes: prefixes, cuts at every character, wraps and quotes', () => {
  // Every real token whose whole is classified, with the kind its bytes give.
  const classified = realTokens.map((base64) => ({ base64, kind: decodeToken(base64).kind })).filter(({ kind }) => kind !== 'unknown');
  // The longest start any real token needs before its kind is known: a GSS-API header, the
  // Kerberos OID and token id, and the message tag (18 bytes).
  const KIND_KNOWN_BY = 24;

  it('classifies every real token cut at every character by its start, and marks the cut', () => {
    for (const { base64, kind } of classified) {
      const fullBytes = fromBase64(base64).length;
      let knownFrom: number | null = null;
      for (let length = 1; length <= base64.length; length++) {
        const cut = timed(() => decodeToken(base64.slice(0, length)));
        expectSane(cut);
        if (cut.kind === kind) knownFrom ??= length;
        else expect(cut.kind, `${base64.slice(0, 16)} cut at ${length}`).toBe(knownFrom === null ? 'unknown' : kind);
        if (cut.byteLength < fullBytes && cut.kind !== 'unknown') expect(cut.truncated, `${base64.slice(0, 16)} cut at ${length}`).toBe(true);
      }
      expect(knownFrom, base64.slice(0, 16)).not.toBeNull();
      expect(knownFrom ?? Infinity, base64.slice(0, 16)).toBeLessThanOrEqual(Math.min(KIND_KNOWN_BY, base64.length));
    }
  });

  it('reads transcripts with random prefixes, wrapped, quoted and cut tokens without throwing', () => {
    const random = seededRandom(6);
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const { type1, type2, type3 } = curlNtlmTokens();
    const kerberos = fixtureToken(FIXTURES.spnegoKerberos);
    const legs: [line: string, token: string | null][] = [
      ['GET /app HTTP/1.1', null],
      ['Authorization: Negotiate ', kerberos],
      ['HTTP/1.1 401 Unauthorized', null],
      ['WWW-Authenticate: NTLM', null],
      ['GET /app HTTP/1.1', null],
      ['Authorization: NTLM ', type1],
      ['HTTP/1.1 401 Unauthorized', null],
      ['WWW-Authenticate: NTLM ', type2],
      ['GET /app HTTP/1.1', null],
      ['Authorization: NTLM ', type3],
      ['HTTP/1.1 200 OK', null],
    ];
    const expected = [kerberos, type1, type2, type3].map((token) => decodeToken(token).kind);
    for (let round = 0; round < 400; round++) {
      const prefix = pick(LINE_PREFIXES.filter((candidate) => !/^(C|S|<|>|-->|<--|>>|<<): ?/.test(candidate)));
      const cutLeg = random() < 0.5 ? Math.floor(random() * 4) : -1;
      let tokenIndex = -1;
      const lines = legs.flatMap(([line, token]) => {
        if (token === null) return [`${prefix}${line}`];
        tokenIndex++;
        const cutAt = tokenIndex === cutLeg ? KIND_KNOWN_BY + Math.floor(random() * (token.length - KIND_KNOWN_BY)) : token.length;
        const shown = token.slice(0, cutAt);
        const shape = Math.floor(random() * 3);
        if (shape === 0) return [`${prefix}${line}"${shown}"`];
        const width = 40 + Math.floor(random() * 80);
        const [first = '', ...rest] = shown.match(new RegExp(`.{1,${width}}`, 'g')) ?? [];
        // Wrapped lines carry no prefix, as a terminal or mail client wraps them; indented or not.
        return [`${prefix}${line}${first}`, ...rest.map((part) => (shape === 1 ? `    ${part}` : part))];
      });
      const analysis = timed(() => analyze(lines.join(random() < 0.5 ? '\n' : '\r\n'), { trees: [tree] }));
      expectConsistent(analysis);
      const label = `${JSON.stringify(prefix)}, cut leg ${cutLeg}`;
      expect(analysis.tokens.map((token) => token.kind), label).toEqual(expected);
      const whole = [kerberos, type1, type2, type3];
      // Cut inside its padding, a token has lost no bytes and is whole.
      const lostBytes = (index: number, length: number) => fromBase64((whole[index] ?? '').slice(0, length)).length < fromBase64(whole[index] ?? '').length;
      analysis.tokens.forEach((token, index) => expect(token.truncated, `${label}: token ${index}`).toBe(lostBytes(index, token.base64Length)));
    }
  });
});
