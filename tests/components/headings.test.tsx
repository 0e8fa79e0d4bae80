// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { H2, H3, H4 } from '@/components/mdx/headings';
import { mdxComponents } from '@/components/mdx/mdx-components';

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('H2, H3, H4', () => {
  it.each([
    [2, H2],
    [3, H3],
    [4, H4],
  ] as const)('renders an h%i with its id, named by its text first', (level, Heading) => {
    render(<Heading id="confirm-the-cause">Confirm the cause</Heading>);
    const heading = screen.getByRole('heading', { level, name: /^Confirm the cause/ });
    expect(heading).toHaveAttribute('id', 'confirm-the-cause');
  });

  it('has a visible # link to the section and a copy-link button inside the heading', () => {
    render(
      <H2 id="why">
        Why <code>401</code> appears
      </H2>,
    );
    const heading = screen.getByRole('heading', { level: 2 });
    const link = within(heading).getByRole('link', { name: 'Link to section: Why 401 appears' });
    expect(within(heading).getByRole('button', { name: 'Copy link to this section' })).toHaveTextContent('Copy link');
    expect(link).toHaveAttribute('href', '#why');
    expect(link).toHaveTextContent('#');
  });

  it('copies the absolute URL of the section', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<H3 id="fix">Fix</H3>);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link to this section' })));

    expect(writeText).toHaveBeenCalledWith(new URL('#fix', window.location.href).href);
  });

  it('renders a plain heading without link or button when it has no id', () => {
    render(<H2>Untitled</H2>);
    expect(screen.getByRole('heading', { level: 2, name: 'Untitled' })).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('mdxComponents', () => {
  it('maps the author-facing names, the heading elements and links (put in the page language)', () => {
    expect(Object.keys(mdxComponents).sort()).toEqual(
      ['Callout', 'Command', 'HttpExchange', 'HttpMessage', 'IisProviderChange', 'IisProviderOrder', 'RegistryValue', 'Step', 'Steps', 'a', 'h2', 'h3', 'h4', 'table'].sort(),
    );
    expect(mdxComponents.h2).toBe(H2);
  });
});
