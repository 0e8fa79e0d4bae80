import { describe, expect, it } from 'vitest';
import { MDX_COMPONENT_NAMES } from '@/lib/content/mdx-component-specs';
import { outlineArticleBody } from '@/lib/content/outline.server';

const SOURCES = '\n## Sources {#sources}\n\n- [Services](https://learn.microsoft.com/en-us/windows/services)\n';
const SOURCE = 'source="https://learn.microsoft.com/en-us/windows/services"';

/** The problems the outline pass finds in an article whose body starts at line 1. */
function problemsOf(body: string) {
  return outlineArticleBody(`${body}\n${SOURCES}`, { slug: 'demo' }).problems;
}

const everyComponent = MDX_COMPONENT_NAMES.join(', ');

describe('the outline pass holds JSX to the site’s components', () => {
  it('refuses an unknown component at its line, naming the nearest one and every one that exists', () => {
    expect(problemsOf('## Cause\n\nText.\n\n<Calout type="warning">\n\nCareful.\n\n</Calout>\n')).toEqual([
      { line: 5, message: `<Calout> is not a site component: did you mean <Callout>? the components, used without importing them, are ${everyComponent}` },
    ]);
  });

  it('refuses a value outside the component’s list, with the values it takes', () => {
    expect(problemsOf('## Cause\n\n<Callout type="info">\n\nText.\n\n</Callout>\n')).toEqual([
      { line: 3, message: '<Callout> type="info" is not allowed: type is "note", "warning" or "danger"' },
    ]);
    expect(problemsOf(`## Fix\n\n<Command shell="powershel" ${SOURCE} code="Get-Service" />\n`)).toEqual([
      { line: 3, message: '<Command> shell="powershel" is not allowed: did you mean "powershell"? shell is "cmd", "powershell" or "bash"' },
    ]);
  });

  it('refuses a missing required prop, saying what it is', () => {
    expect(problemsOf('## Fix\n\n<Steps id="fix-it">\n\n<Step title="Restart">\n\nRestart.\n\n</Step>\n\n</Steps>\n')).toEqual([
      { line: 3, message: expect.stringMatching(/^<Steps id="fix-it"> needs browsers="…": "any" for a server-side procedure/) },
    ]);
    expect(problemsOf(`## Fix\n\n<Command ${SOURCE} code="sc query" />\n`)).toEqual([
      { line: 3, message: '<Command> needs shell="…": where it runs' },
    ]);
  });

  it('refuses an unknown prop, naming the nearest and every prop the component takes', () => {
    expect(problemsOf('## Cause\n\n<Callout kind="note" titel="Why">\n\nText.\n\n</Callout>\n')).toEqual([
      { line: 3, message: '<Callout> has no prop "kind": its props are type, title' },
      { line: 3, message: '<Callout> has no prop "titel": did you mean "title"? its props are type, title' },
    ]);
  });

  it('refuses HTML elements, JavaScript and a step outside its procedure, at their lines', () => {
    const body = [
      '## Cause', '', 'Press <kbd>F5</kbd>.', '', '<div>Boxed</div>', '', 'Total: {count}', '',
      '<Step title="Alone">', '', 'Text.', '', '</Step>', '', 'A {/* comment */} and a brace {"{"} are fine.',
    ].join('\n');
    expect(problemsOf(body)).toEqual([
      { line: 3, message: expect.stringMatching(/^<kbd> is HTML, which articles do not use: write Markdown or a site component \(Steps, /) },
      { line: 5, message: expect.stringMatching(/^<div> is HTML/) },
      { line: 7, message: '{count} is JavaScript, which articles do not run: write \\{ for a literal brace, {/* … */} for a comment' },
      { line: 9, message: '<Step> must stand directly inside <Steps>, on lines of its own: <Steps> numbers and frames it' },
    ]);
  });

  it('accepts every component with its props as the guide writes them', () => {
    const body = [
      '## Fix {#fix}', '',
      '<Steps id="fix-it" title="Fix it" browsers="edge,chrome" aliases="old-fix">', '',
      '<Step id="set" title="Set the value" aliases="old-set">', '',
      `<RegistryValue hive="HKLM" path="SOFTWARE\\Demo" name="Enabled" type="REG_DWORD" data="1" undoData="0" note="Restart after." ${SOURCE} />`, '',
      `<Command shell="cmd" title="Restart" ${SOURCE}>`, '', '```cmd', 'sc stop demo', '```', '', '</Command>', '',
      '</Step>', '', '</Steps>', '',
      '<Callout type="danger" title="Careful">', '', 'Text.', '', '</Callout>', '',
      '<HttpExchange title="The handshake">', '', '<HttpMessage from="client" note="First try.">', '', '```http', 'GET / HTTP/1.1', '```', '', '</HttpMessage>', '', '</HttpExchange>', '',
      `<IisProviderChange site="Contoso" provider="Negotiate" ${SOURCE} />`, '',
      `<IisProviderOrder site="Contoso" first="NTLM" ${SOURCE} />`,
    ].join('\n');
    expect(problemsOf(body)).toEqual([]);
  });
});
