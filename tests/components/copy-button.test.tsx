// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyButton } from '@/components/copy-button';

function mockClipboard(writeText: (value: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(document, 'execCommand');
});

describe('CopyButton', () => {
  it('is a named button with visible text', () => {
    render(<CopyButton text="ipconfig /flushdns" label="Copy command" />);
    const button = screen.getByRole('button', { name: 'Copy command' });
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveTextContent('Copy');
  });

  it('shows the words it is given when "Copy" alone would not say what it copies', async () => {
    mockClipboard(vi.fn().mockResolvedValue(undefined));
    render(<CopyButton text="summary" label="Copy for the ticket, as Markdown" idleText="Copy for the ticket" />);
    const button = screen.getByRole('button', { name: 'Copy for the ticket, as Markdown' });
    expect(button).toHaveTextContent(/^Copy for the ticket$/);
    await act(async () => fireEvent.click(button));
    expect(button.querySelector('[aria-live="polite"]')).toHaveTextContent('Copied');
  });

  it('copies its text, then says Copied and announces it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    mockClipboard(writeText);
    render(<CopyButton text="ipconfig /flushdns" label="Copy command" />);
    const button = screen.getByRole('button', { name: 'Copy command' });

    await act(async () => fireEvent.click(button));

    expect(writeText).toHaveBeenCalledWith('ipconfig /flushdns');
    expect(button).toHaveTextContent('Copied');
    expect(button).toHaveAttribute('data-copied-value', 'ipconfig /flushdns');
    expect(button.querySelector('[aria-live="polite"]')).toHaveTextContent('Copied');
    // Exactly one element reads "Copied", so `getByText('Copied')` in browser tests is unambiguous.
    expect(screen.getByText('Copied')).toBeInTheDocument();
  });

  it('copies the absolute URL of an href', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    mockClipboard(writeText);
    render(<CopyButton href="/articles/kerberos-401#step-2" label="Copy link to step 2" />);
    const button = screen.getByRole('button', { name: 'Copy link to step 2' });
    expect(button).toHaveTextContent('Copy link');

    await act(async () => fireEvent.click(button));

    const expected = new URL('/articles/kerberos-401#step-2', window.location.href).href;
    expect(expected).toMatch(/^https?:\/\/.+\/articles\/kerberos-401#step-2$/);
    expect(writeText).toHaveBeenCalledWith(expected);
  });

  it('goes back to its idle text after about two seconds', async () => {
    vi.useFakeTimers();
    mockClipboard(vi.fn().mockResolvedValue(undefined));
    render(<CopyButton text="x" label="Copy x" />);
    const button = screen.getByRole('button', { name: 'Copy x' });

    await act(async () => fireEvent.click(button));
    expect(button).toHaveTextContent('Copied');

    act(() => vi.advanceTimersByTime(2100));
    expect(button).toHaveTextContent(/^Copy$/);
    expect(button.querySelector('[aria-live="polite"]')).toBeEmptyDOMElement();
  });

  it('falls back to execCommand when the Clipboard API is missing', async () => {
    const execCommand = vi.fn().mockReturnValue(true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    render(<CopyButton text="whoami" label="Copy whoami" />);
    const button = screen.getByRole('button', { name: 'Copy whoami' });

    await act(async () => fireEvent.click(button));

    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(button).toHaveTextContent('Copied');
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('falls back when the Clipboard API refuses, and reports a failure if that fails too', async () => {
    mockClipboard(vi.fn().mockRejectedValue(new Error('NotAllowedError')));
    Object.defineProperty(document, 'execCommand', { value: vi.fn().mockReturnValue(false), configurable: true });
    render(<CopyButton text="whoami" label="Copy whoami" />);
    const button = screen.getByRole('button', { name: 'Copy whoami' });

    await act(async () => fireEvent.click(button));

    expect(button).toHaveTextContent('Copy failed');
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent('Copy failed');
  });
});
