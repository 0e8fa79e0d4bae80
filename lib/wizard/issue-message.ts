import type { z } from 'zod';
import { BROWSER_IDS, isBrowserId } from '../browser-scope';
import { EVIDENCE_IDS } from '../capture-evidence';
import {
  outcomeFixSchema,
  outcomeNodeSchema,
  questionNodeSchema,
  wizardOptionSchema,
  wizardTreeSchema,
} from './schema';
import type { SourcePath } from './source-map';

/** A schema issue rewritten for an author: where it is (a path to locate) and what to change. */
export interface IssueReport {
  /** The path whose YAML line the problem should point at. */
  path: SourcePath;
  /** The id of the node the issue is inside, when it is inside one. */
  nodeId?: string;
  message: string;
}

type Issue = z.core.$ZodIssue;

/**
 * Turns a zod issue into a sentence naming the field and the fix. zod's own messages
 * ("Invalid input: expected string, received undefined") do not say which YAML key is wrong.
 */
export function reportIssue(issue: Issue, raw: unknown): IssueReport {
  const path = issue.path;
  const inNode = path[0] === 'nodes' && typeof path[1] === 'number';
  const nodeId = inNode ? idAt(valueAt(raw, path.slice(0, 2))) : undefined;
  // Inside a node the node id already says where; show the field path relative to the node.
  const base = inNode && nodeId !== undefined ? 2 : 0;
  const relative = (p: SourcePath) => renderPath(p.slice(base));
  const at = (p: SourcePath, text: string) => {
    const where = relative(p);
    return where === '' ? text : `${where}: ${text}`;
  };
  const value = valueAt(raw, path);
  const field = String(path[path.length - 1] ?? '');
  const parent = path.slice(0, -1);
  const missing = path.length > 0 && !hasPath(raw, path);
  const withNode = (report: Omit<IssueReport, 'nodeId'>): IssueReport =>
    nodeId === undefined ? report : { ...report, nodeId };

  // Named fields whose shape zod cannot describe in words an author would act on.
  if (field === 'browsers' && !missing && issue.code !== 'unrecognized_keys') {
    return withNode({ path, message: at(path, browsersMessage(value)) });
  }
  if (path[path.length - 2] === 'evidence' && issue.code === 'invalid_value') {
    return withNode({ path, message: at(path, `unknown evidence ${describe(value)}; known evidence: ${EVIDENCE_IDS.join(', ')}`) });
  }
  if (field === 'source' && missing) {
    return withNode({ path: parent, message: at(parent, `missing required field 'source': ${SOURCE_HINT}`) });
  }
  if (field === 'source' && issue.code !== 'unrecognized_keys') {
    return withNode({ path, message: at(path, `must be an https:// URL, got ${describe(value)}: ${SOURCE_HINT}`) });
  }

  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `'${k}'`).join(', ');
      const allowed = allowedKeysAt(path, raw);
      const hint = allowed ? ` (allowed: ${allowed.join(', ')})` : '';
      const noun = issue.keys.length === 1 ? 'field' : 'fields';
      return withNode({ path: [...path, issue.keys[0] ?? ''], message: at(path, `unknown ${noun} ${keys}${hint}`) });
    }
    case 'invalid_type':
      if (missing) return withNode({ path: parent, message: at(parent, `missing required field '${field}'`) });
      if (path.length === 0) return { path, message: `the file must be a mapping of tree fields, got ${describe(value)}` };
      return withNode({ path, message: at(path, `must be ${expectedName(issue.expected)}, got ${describe(value)}`) });
    case 'invalid_format':
      return withNode({
        path,
        message: at(path, `must be kebab-case (a-z, 0-9, single hyphens), got ${describe(value)}`),
      });
    case 'too_small':
      return withNode({ path, message: at(path, tooSmall(issue.origin, Number(issue.minimum), value)) });
    case 'invalid_union':
      if (missing) {
        return withNode({ path: parent, message: at(parent, `missing required field '${field}' (question or outcome)`) });
      }
      return withNode({ path, message: at(path, `must be 'question' or 'outcome', got ${describe(value)}`) });
    case 'invalid_key':
      return withNode({ path, message: at(parent, `key '${field}' must be kebab-case (a-z, 0-9, single hyphens)`) });
    default:
      return withNode({ path, message: at(path, issue.message) });
  }
}

const SOURCE_HINT = 'give the address of the published documentation that defines this fix';

function browsersMessage(value: unknown): string {
  const allowed = `write 'any' or a list of ${BROWSER_IDS.join(', ')}`;
  if (Array.isArray(value) && value.length === 0) return `must name at least one browser; ${allowed}`;
  const unknown = Array.isArray(value) ? value.filter((entry) => typeof entry !== 'string' || !isBrowserId(entry)) : [];
  if (unknown.length > 0) return `names unknown browsers (${unknown.map(describe).join(', ')}); ${allowed}`;
  return `must be 'any' or a list of browsers, got ${describe(value)}; ${allowed}`;
}

function tooSmall(origin: string, minimum: number, value: unknown): string {
  if (origin === 'string') return 'must not be empty';
  if (origin === 'array') return `must have at least ${minimum} item${minimum === 1 ? '' : 's'}`;
  return `must be at least ${minimum}, got ${describe(value)}`;
}

function expectedName(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'an integer',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    record: 'a mapping',
  };
  return names[expected] ?? expected;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a mapping';
  return JSON.stringify(value) ?? String(value);
}

/** Renders `['options', 0, 'label']` as `options[0].label`. */
export function renderPath(path: SourcePath): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

function allowedKeysAt(path: SourcePath, raw: unknown): string[] | undefined {
  const last = path[path.length - 1];
  const before = path[path.length - 2];
  if (path.length === 0) return Object.keys(wizardTreeSchema.shape);
  if (last === 'fix') return Object.keys(outcomeFixSchema.shape);
  if (typeof last === 'number' && before === 'options') return Object.keys(wizardOptionSchema.shape);
  if (typeof last === 'number' && before === 'nodes') {
    const type = valueAt(raw, [...path, 'type']);
    if (type === 'question') return Object.keys(questionNodeSchema.shape);
    if (type === 'outcome') return Object.keys(outcomeNodeSchema.shape);
  }
  return undefined;
}

function idAt(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  return typeof value.id === 'string' && value.id !== '' ? value.id : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Reads the plain value at `path`, or undefined when any step is missing. */
export function valueAt(raw: unknown, path: SourcePath): unknown {
  let current = raw;
  for (const part of path) {
    if (Array.isArray(current) && typeof part === 'number') current = current[part];
    else if (isRecord(current) && typeof part === 'string' && Object.hasOwn(current, part)) current = current[part];
    else return undefined;
  }
  return current;
}

function hasPath(raw: unknown, path: SourcePath): boolean {
  const parentValue = valueAt(raw, path.slice(0, -1));
  const last = path[path.length - 1];
  if (Array.isArray(parentValue)) return typeof last === 'number' && last < parentValue.length;
  return isRecord(parentValue) && typeof last === 'string' && Object.hasOwn(parentValue, last);
}
