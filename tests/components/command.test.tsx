// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mockClipboard, removeClipboard } from './clipboard';
import { Command } from '@/components/mdx/command';

afterEach(removeClipboard);

const SCRIPT = 'Get-ChildItem -Path "HKCU:\\Software" |\n  Where-Object { $_.Name -like "*Edge*" }';

describe('Command', () => {
  it('copies exactly the text of a fenced-block child, without the trailing newline', async () => {
    const writeText = mockClipboard();
    render(
      <Command shell="powershell">
        <pre>
          <code className="language-powershell">{`${SCRIPT}\n`}</code>
        </pre>
      </Command>,
    );

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy PowerShell command' })));

    expect(writeText).toHaveBeenCalledWith(SCRIPT);
  });

  it('shows the command in a focusable, named code block', () => {
    render(<Command shell="cmd" code="ipconfig /flushdns" />);
    const block = screen.getByRole('group', { name: 'Command Prompt command' });
    expect(block.tagName).toBe('PRE');
    expect(block).toHaveAttribute('tabindex', '0');
    expect(block.querySelector('code')).toHaveTextContent('ipconfig /flushdns');
  });

  it.each([
    ['cmd', 'Command Prompt'],
    ['powershell', 'PowerShell'],
    ['bash', 'Bash'],
  ] as const)('labels the %s shell "%s"', (shell, label) => {
    render(<Command shell={shell} code="echo hi" />);
    expect(screen.getByText(label)).toBeInTheDocument();
  });

  it('prefers the code prop and shows the title, which also names its copy button', async () => {
    const writeText = mockClipboard();
    render(<Command shell="bash" title="Check the ticket cache" code="klist" />);
    expect(screen.getByText('Check the ticket cache')).toBeInTheDocument();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy Bash command: Check the ticket cache' })));

    expect(writeText).toHaveBeenCalledWith('klist');
  });
});
