// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Step } from '@/components/mdx/step';
import { Steps } from '@/components/mdx/steps';

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

function renderProcedure(title?: string) {
  return render(
    <Steps id="fix-it" title={title}>
      <Step id="clear-cache" number={1} href="/articles/edge-401#clear-cache" title="Clear the cache">
        <p>Open settings.</p>
      </Step>
      <Step id="restart" number={2} href="/articles/edge-401#restart" title="Restart Edge">
        <p>Close every window.</p>
      </Step>
    </Steps>,
  );
}

describe('Steps and Step', () => {
  it('renders an ordered list named by its title, anchored by its id', () => {
    renderProcedure('Fix the prompt');
    const list = screen.getByRole('list', { name: 'Fix the prompt' });
    expect(list.tagName).toBe('OL');
    expect(list).toHaveAttribute('id', 'fix-it');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
  });

  it('is named "Procedure" without a title', () => {
    renderProcedure();
    expect(screen.getByRole('list', { name: 'Procedure' })).toBeInTheDocument();
  });

  it('shows each step number and title, and its body', () => {
    renderProcedure();
    const [first, second] = screen.getAllByRole('listitem');
    expect(first).toHaveTextContent('Step 1: Clear the cache');
    expect(first).toHaveTextContent('Open settings.');
    expect(second).toHaveTextContent('Step 2: Restart Edge');
  });

  it('gives each step its anchor id and the .step class that :target highlights', () => {
    renderProcedure();
    const [first] = screen.getAllByRole('listitem');
    expect(first).toHaveAttribute('id', 'clear-cache');
    expect(first).toHaveClass('step');
  });

  it('does not make the step title a heading', () => {
    renderProcedure();
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('links to the step with a visible, named link', () => {
    renderProcedure();
    const link = screen.getByRole('link', { name: 'Link to step 2: Restart Edge' });
    expect(link).toHaveAttribute('href', '/articles/edge-401#restart');
    expect(link).toHaveTextContent('Link to step 2');
  });

  it('shown outside its article, says that its link opens the article and leaves the troubleshooter', () => {
    render(
      <Steps id="fix-it">
        <Step id="restart" number={2} href="/articles/edge-401#restart" title="Restart Edge" outsideArticle />
      </Steps>,
    );
    const link = screen.getByRole('link', { name: /^Open step 2 in the article \(leaves the troubleshooter\)/ });
    expect(link).toHaveTextContent('Open step 2 in the article (leaves the troubleshooter)');
    expect(link).toHaveAccessibleName('Open step 2 in the article (leaves the troubleshooter): Restart Edge');
    expect(link).toHaveAttribute('href', '/articles/edge-401#restart');
    expect(screen.queryByRole('link', { name: /^Link to step/ })).toBeNull();
  });

  it('copies the absolute URL of the step', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderProcedure();

    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Copy link to step 1: Clear the cache' })),
    );

    expect(writeText).toHaveBeenCalledWith(new URL('/articles/edge-401#clear-cache', window.location.href).href);
  });
});
