/**
 * `npm run diagnose -- <file|-> [--names] [--no-redact]`: reads headers, a transcript (prefixed
 * lines too), `curl -v` output, bare tokens, IIS W3C log lines or a HAR file and prints
 * `{ "tokens": [...], "exchanges": [...], "findings": [...], "suggestedOutcome": "<id>" | null }`.
 * What was skipped goes to stderr. Exit code 2 when the input cannot be read.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readTreeFile, wizardFiles } from '../lib/content/wizards.server';
import { analyze } from '../lib/diagnose/analyze';
import { formatPhrase } from '../lib/diagnose/phrase';
import { DEFAULT_LIMITS } from '../lib/diagnose/types';
import { englishFinding, englishFindingWords } from '../lib/i18n/english-finding-words';
import { formatProblem } from '../lib/wizard/parse';
import type { WizardTree } from '../lib/wizard/schema';

/** Where output goes, so tests can run the CLI in-process. */
export interface DiagnoseIo {
  readStdin: () => Promise<string>;
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = 'usage: npm run diagnose -- <file | -> [--names] [--no-redact]';

/** Runs the CLI with `args` (without node and script); resolves to the exit code. */
export async function runDiagnose(args: string[], io: DiagnoseIo = processIo()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { names: { type: 'boolean', default: false }, 'no-redact': { type: 'boolean', default: false } },
    });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    io.err(USAGE);
    return 2;
  }
  let input: string;
  try {
    input = file === '-' ? await io.readStdin() : readLimited(file);
  } catch (error) {
    io.err(`diagnose: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const analysis = analyze(input, {
    includeNames: parsed.values.names,
    redact: !parsed.values['no-redact'],
    trees: loadTrees(io),
  });
  // The findings and notes as the CLI always printed them: in English, from the catalogue.
  const words = englishFindingWords();
  for (const note of analysis.skipped) io.err(`diagnose: skipped: ${formatPhrase(note, words)}`);
  const { tokens, exchanges, findings, suggestedOutcome } = analysis;
  const englishTokens = tokens.map((token) => (token.note ? { ...token, note: formatPhrase(token.note, words) } : token));
  const englishFindings = findings.map((finding) => englishFinding(finding, words));
  io.out(`${JSON.stringify({ tokens: englishTokens, exchanges, findings: englishFindings, suggestedOutcome }, null, 2)}\n`);
  return 0;
}

// A file over the limit is not read at all; analyze() then reports it as skipped.
function readLimited(file: string): string {
  const size = statSync(file).size;
  if (size > DEFAULT_LIMITS.maxInputChars) return ' '.repeat(DEFAULT_LIMITS.maxInputChars + 1);
  return readFileSync(file, 'utf8');
}

// Every troubleshooter of the content folder; analyze() suggests in those that declare evidence. A
// tree that does not parse is reported and left out, so the analysis itself still runs.
function loadTrees(io: DiagnoseIo): WizardTree[] {
  try {
    return wizardFiles().flatMap((file) => {
      const loaded = readTreeFile(file);
      if (loaded.ok) return [loaded.tree];
      for (const problem of loaded.problems) io.err(`diagnose: ${formatProblem(problem)}`);
      return [];
    });
  } catch (error) {
    io.err(`diagnose: troubleshooters not loaded: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}

function processIo(): DiagnoseIo {
  return {
    readStdin: async () => {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
        size += buffer.length;
        // Keep one byte past the limit so analyze() can say the input was too large.
        if (size > DEFAULT_LIMITS.maxInputChars + 1) break;
        chunks.push(buffer);
      }
      return Buffer.concat(chunks).toString('utf8');
    },
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(`${text}\n`),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await runDiagnose(process.argv.slice(2));
}
