import { describe, expect, it } from 'vitest';
import { compileArticleBody } from '@/lib/content/compile.server';

const body = [
  'Read this first.',
  '',
  '## Confirm the cause {#confirm}',
  '',
  'Stop **Internet Explorer** from using `Negotiate`.',
  '',
  '<Callout type="warning" title="Which browsers read this">Only IE.</Callout>',
  '',
  '<Steps id="turn-off" title="Turn it off">',
  '',
  '<Step title="Set the value">',
  '',
  'Double-click **EnableNegotiate**.',
  '',
  '<RegistryValue hive="HKEY_CURRENT_USER" path="Software\\Microsoft" name="EnableNegotiate" type="REG_DWORD" data="0" />',
  '',
  '</Step>',
  '',
  '</Steps>',
  '',
  '### Command line',
  '',
  '```cmd',
  'appcmd.exe set config',
  '```',
  '',
  '<IisProviderChange site="Contoso" provider="Negotiate" />',
].join('\n');

describe('section text collected in the compile pass', () => {
  it('puts text under the anchor it follows, a step’s text (registry value included) under the step, and generated commands where they show', async () => {
    const { outline } = await compileArticleBody(body, { slug: 'example' });
    expect(outline.sections).toEqual([
      { anchorId: null, text: 'Read this first.' },
      { anchorId: 'confirm', text: 'Stop Internet Explorer from using Negotiate. Which browsers read this Only IE.' },
      { anchorId: 'turn-off', text: '' },
      { anchorId: 'set-the-value', text: 'Double-click EnableNegotiate. HKEY_CURRENT_USER Software\\Microsoft EnableNegotiate REG_DWORD 0' },
      { anchorId: 'command-line', text: expect.stringMatching(/^appcmd\.exe set config Removes Negotiate from .* appcmd .*restore backup .*Clear-WebConfiguration /) },
    ]);
  });

  it('leaves out the intro when an article starts with a heading', async () => {
    const { outline } = await compileArticleBody('## Only {#only}\n\nText.\n', { slug: 'example' });
    expect(outline.sections).toEqual([{ anchorId: 'only', text: 'Text.' }]);
  });
});
