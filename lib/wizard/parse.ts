import { LineCounter, parseDocument } from 'yaml';
import { reportIssue } from './issue-message';
import { wizardTreeSchema, type WizardTree } from './schema';
import { createLocator, lineOfKey, type SourceLocator } from './source-map';

/** One thing wrong with a tree file, pointing at the line an author should edit. */
export interface WizardProblem {
  file: string;
  /** 1-based line in the file; absent when the tree did not come from a file (no source map). */
  line?: number;
  /** The node the problem is in, when it is in one. */
  nodeId?: string;
  message: string;
}

/** A parsed tree with a locator for graph checks, or every problem that stopped the parse. */
export type ParseResult =
  | { ok: true; tree: WizardTree; locate: SourceLocator }
  | { ok: false; problems: WizardProblem[] };

/**
 * Parses one tree file (YAML, or JSON, which is YAML too). Syntax errors, schema errors and an id
 * that differs from the file name all become problems with a line; nothing throws.
 */
export function parseWizardYaml(text: string, file: string): ParseResult {
  const lineCounter = new LineCounter();
  // prettyErrors would append a code frame to each message; we report the line ourselves.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    // One slip often yields several errors on its line; the first names the cause best.
    const byLine = new Map<number, WizardProblem>();
    for (const error of doc.errors) {
      const line = lineCounter.linePos(error.pos[0]).line;
      if (!byLine.has(line)) byLine.set(line, { file, line, message: `YAML syntax error: ${firstLine(error.message)}` });
    }
    return { ok: false, problems: [...byLine.values()] };
  }

  const locate = createLocator(doc, lineCounter);
  let raw: unknown;
  try {
    raw = doc.toJS();
  } catch (error) {
    // toJS can still refuse a syntactically valid file, e.g. one with too many alias expansions.
    return { ok: false, problems: [{ file, line: 1, message: `YAML error: ${errorText(error)}` }] };
  }

  const problems: WizardProblem[] = [];
  const parsed = wizardTreeSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const report = reportIssue(issue, raw);
      const keyLine =
        issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined
          ? lineOfKey(doc, lineCounter, issue.path, issue.keys[0])
          : undefined;
      const problem: WizardProblem = { file, line: keyLine ?? locate(report.path), message: report.message };
      if (report.nodeId !== undefined) problem.nodeId = report.nodeId;
      problems.push(problem);
    }
  }

  const expectedId = treeIdFromFile(file);
  const actualId = raw !== null && typeof raw === 'object' && 'id' in raw ? raw.id : undefined;
  if (typeof actualId === 'string' && actualId !== expectedId) {
    problems.push({
      file,
      line: locate(['id']),
      message: `id '${actualId}' must equal the file name '${expectedId}'; rename the file or change the id`,
    });
  }

  if (problems.length > 0 || !parsed.success) {
    return { ok: false, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  }
  return { ok: true, tree: parsed.data, locate };
}

/** The tree id a file must declare: its base name without `.yaml`, `.yml` or `.json`. */
export function treeIdFromFile(file: string): string {
  // Split by hand: this module runs in the browser too, where node:path does not exist.
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(ya?ml|json)$/i, '');
}

/** Renders a problem as `file:line: message` (or `file: message` without a line). */
export function formatProblem(problem: WizardProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const node = problem.nodeId === undefined ? '' : `node ${problem.nodeId}: `;
  return `${where}: ${node}${problem.message}`;
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
