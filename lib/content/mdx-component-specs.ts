/**
 * The site's MDX components and the props an author may write on them: the one list the content
 * check holds articles to (remark-components.ts), the renderer provides (components/mdx/mdx-components.ts
 * must map exactly these names) and docs/authoring.md describes. Pure data and checks, so the
 * components can take their prop values from here and the outline pass loads no React.
 */
import { BROWSER_IDS, parseBrowserScope } from '@/lib/browser-scope';
import { DEFAULT_PROVIDERS, siteNameSchema } from '@/lib/iis/provider-change';
import { registryChangeSchema } from '@/lib/registry/change';
import { invalidAliasesMessage, parseAliases } from './anchor-aliases';
import { isHttpsUrl } from './cited-sources';

/**
 * What a prop holds, for translations (lib/i18n): `data` is what a reader runs, pastes or compares
 * (registry paths and values, commands, sites, sources, browser lists) and stays exactly as the
 * English source writes it; `prose` is words a reader reads, translated; `anchor` is an id a link
 * points at (ids and aliases), the same in every language and checked with the article's anchors.
 */
export type PropRole = 'data' | 'prose' | 'anchor';

/** One prop an author may write, always as a plain string (`name="…"`). */
export interface PropSpec {
  required: boolean;
  role: PropRole;
  /** What it is: the check's "needs" message and the authoring guide quote it. */
  doc: string;
  /** The closed list of values it may take, when it has one. */
  values?: readonly string[];
  /** How a value looks, for messages (`source="https://…"`); `…` when not given. */
  example?: string;
  /** What is wrong with a value beyond its list, as a whole message about `element`, or undefined. */
  check?: (value: string, element: string) => string | undefined;
}

/** One component: what it shows, its props, and where it may stand. */
export interface ComponentSpec {
  doc: string;
  props: Readonly<Record<string, PropSpec>>;
  /** The component it must sit directly inside: the parent numbers or frames it. */
  parent?: string;
  /** Checks of the props taken together (all present and in their lists), as whole messages. */
  checkProps?: (props: Readonly<Record<string, string>>, element: string) => string[];
}

const title = (what: string): PropSpec => ({ required: false, role: 'prose', doc: what });

const aliases: PropSpec = {
  required: false,
  role: 'anchor',
  doc: 'old ids that still land here after a rename, comma-separated (aliases="old-id,older-id")',
  check: (value, element) => {
    const { invalid } = parseAliases(value);
    return invalid.length > 0 ? invalidAliasesMessage(element, invalid) : undefined;
  },
};

/** `source`, which every component stating a fact a reader runs must carry (cited-sources.ts). */
function source(what: string): PropSpec {
  return {
    required: true,
    role: 'data',
    example: 'https://…',
    doc: `the published documentation that defines this ${what}, also listed under the article's Sources`,
    check: (value, element) => (isHttpsUrl(value.trim()) ? undefined : `${element} source="${value}" is not an https:// address: give the published page that defines this ${what}`),
  };
}

function firstIssue(result: { success: boolean; error?: { issues: readonly { message: string }[] } }): string | undefined {
  return result.success ? undefined : result.error?.issues[0]?.message;
}

/**
 * A RegistryValue that says how to undo it (`undoData` or `undo="delete"`) is offered as a .reg
 * file, so it must be a change a .reg file can make (registry/change.ts).
 */
function checkScriptedRegistryValue(props: Readonly<Record<string, string>>, element: string): string[] {
  const { undo, undoData } = props;
  if (undo === undefined && undoData === undefined) return [];
  if (undo !== undefined && undoData !== undefined) return [`${element} takes undoData="…" or undo="delete", not both`];
  const parsed = registryChangeSchema.safeParse(registryChangeRecord(props));
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => `${element} ${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
}

/** The registry change a RegistryValue's props describe, before validation (its undo from `undoData`, else a delete). */
export function registryChangeRecord(props: Readonly<Record<string, string | undefined>>): Record<string, unknown> {
  return {
    hive: props.hive,
    path: props.path,
    name: props.name ?? '',
    type: props.type,
    data: props.data,
    undo: props.undoData === undefined ? { kind: 'delete' } : { kind: 'set', data: props.undoData },
  };
}

const siteName: PropSpec = {
  required: true,
  role: 'data',
  doc: "the IIS site's name as IIS Manager shows it",
  check: (value, element) => {
    const issue = firstIssue(siteNameSchema.safeParse(value));
    return issue ? `${element} ${issue}` : undefined;
  },
};

/** Every component an article may use, by the name it is written with. */
export const MDX_COMPONENT_SPECS = {
  Steps: {
    doc: 'A numbered procedure of <Step>s; a troubleshooter outcome can show it on its own.',
    props: {
      id: { required: true, role: 'anchor', doc: 'the procedure’s id, which links and troubleshooter fixes point at' },
      title: title('the procedure’s name, read with the list and on its .reg downloads'),
      browsers: {
        required: true,
        role: 'data',
        doc: `"any" for a server-side procedure, else the browsers its steps are for, comma-separated (${BROWSER_IDS.join(', ')})`,
        check: (value, element) => {
          const parsed = parseBrowserScope(value);
          return parsed.ok ? undefined : `${element} ${parsed.message}`;
        },
      },
      aliases,
    },
  },
  Step: {
    doc: 'One step of a procedure, numbered and linkable; written directly inside <Steps>.',
    parent: 'Steps',
    props: {
      title: { required: true, role: 'prose', doc: 'what the step does, shown after its number' },
      id: { required: false, role: 'anchor', doc: 'a stable id, so a retitled step keeps its links (default: the title in kebab-case)' },
      aliases,
    },
  },
  Callout: {
    doc: 'A boxed remark: a note, a warning or a danger.',
    props: {
      type: { required: false, role: 'data', values: ['note', 'warning', 'danger'], doc: 'how serious it is (default: note)' },
      title: title('a heading for the box, after its type'),
    },
  },
  RegistryValue: {
    doc: 'One registry value with copy buttons; with undo or undoData it goes into its procedure’s .reg downloads.',
    props: {
      hive: { required: true, role: 'data', doc: 'HKCU, HKLM, HKCR, HKU or HKCC, or the full name (HKEY_LOCAL_MACHINE)' },
      path: { required: true, role: 'data', doc: 'the key under the hive, with backslashes' },
      name: { required: true, role: 'data', doc: 'the value’s name; "" for the key’s (Default) value' },
      type: { required: true, role: 'data', values: ['REG_DWORD', 'REG_SZ', 'REG_QWORD', 'REG_EXPAND_SZ', 'REG_MULTI_SZ', 'REG_BINARY'], doc: 'the value type as regedit shows it' },
      data: { required: true, role: 'data', doc: 'the data to set' },
      undoData: { required: false, role: 'data', doc: 'the documented previous data, which the undo sets back' },
      undo: { required: false, role: 'data', values: ['delete'], doc: '"delete" when the value does not exist by default, so undoing removes it' },
      note: title('a remark shown under the value'),
      source: source('registry value'),
    },
    checkProps: checkScriptedRegistryValue,
  },
  Command: {
    doc: 'A command to run, shown verbatim with a copy button: the fenced code block inside it, or `code`.',
    props: {
      shell: { required: true, role: 'data', values: ['cmd', 'powershell', 'bash'], doc: 'where it runs' },
      title: title('what the command does, in the header'),
      code: { required: false, role: 'data', doc: 'the command, for a one-liner without a fenced block inside' },
      source: source('command'),
    },
  },
  HttpExchange: {
    doc: 'An HTTP conversation: the <HttpMessage>s inside it, in the order they are sent.',
    props: { title: title('what the conversation shows') },
  },
  HttpMessage: {
    doc: 'One message of an <HttpExchange>: a fenced block with its start line and headers.',
    parent: 'HttpExchange',
    props: {
      from: { required: true, role: 'data', values: ['client', 'server'], doc: 'who sends it' },
      note: title('a remark under the message'),
    },
  },
  IisProviderChange: {
    doc: 'Removing a Windows Authentication provider from an IIS site: appcmd and PowerShell commands with their undo, generated.',
    props: {
      site: siteName,
      provider: { required: true, role: 'data', values: DEFAULT_PROVIDERS, doc: 'the provider to remove' },
      source: source('change'),
    },
  },
  IisProviderOrder: {
    doc: 'Putting NTLM above Negotiate in an IIS site’s providers: the commands with their undo, generated.',
    props: {
      site: siteName,
      first: { required: true, role: 'data', values: ['NTLM'], doc: 'the provider to put first' },
      source: source('change'),
    },
  },
} as const satisfies Readonly<Record<string, ComponentSpec>>;

/** The name of a site component, as written in MDX. */
export type MdxComponentName = keyof typeof MDX_COMPONENT_SPECS;

/** The components in the order the guide and the messages list them. */
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENT_SPECS) as MdxComponentName[];

/** Markdown elements the site renders with its own component; authors write Markdown (`##`, tables), never the tag. */
export const MARKDOWN_ELEMENT_OVERRIDES = ['h2', 'h3', 'h4', 'table', 'a'] as const;

/** The values a prop with a closed list may take, as a type: what the component renders. */
export type PropValue<C extends MdxComponentName, P extends keyof (typeof MDX_COMPONENT_SPECS)[C]['props']> =
  (typeof MDX_COMPONENT_SPECS)[C]['props'][P] extends { values: readonly (infer V)[] } ? V : string;

/** What the page calls each shell a `<Command>` runs in; the ticket summary names it the same way. */
export const SHELL_LABELS = { cmd: 'Command Prompt', powershell: 'PowerShell', bash: 'Bash' } as const satisfies Record<PropValue<'Command', 'shell'>, string>;

/** The label of a shell; a name outside the list (the content check reports it) is shown as written. */
export function shellLabel(shell: string): string {
  return Object.hasOwn(SHELL_LABELS, shell) ? SHELL_LABELS[shell as keyof typeof SHELL_LABELS] : shell;
}

/** The spec of a component by name, or undefined when no site component has that name. */
export function componentSpec(name: string): ComponentSpec | undefined {
  return Object.hasOwn(MDX_COMPONENT_SPECS, name) ? MDX_COMPONENT_SPECS[name as MdxComponentName] : undefined;
}

/** The props of a component that hold data, which a translation keeps exactly as its source writes them. */
export function dataPropsOf(spec: ComponentSpec): string[] {
  return Object.entries(spec.props).flatMap(([name, prop]) => (prop.role === 'data' ? [name] : []));
}

/** The components that must cite a source: those with a `source` prop. */
export function componentsCitingSources(): MdxComponentName[] {
  return MDX_COMPONENT_NAMES.filter((name) => Object.hasOwn(MDX_COMPONENT_SPECS[name].props, 'source'));
}
