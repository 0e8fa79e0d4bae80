// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Callout, type CalloutType } from '@/components/mdx/callout';

describe('Callout', () => {
  it.each([
    ['note', 'Note'],
    ['warning', 'Warning'],
    ['danger', 'Danger'],
  ] as const)('labels a %s callout "%s" and styles it by type', (type, label) => {
    render(
      <Callout type={type}>
        <p>Body text.</p>
      </Callout>,
    );
    const note = screen.getByRole('note', { name: label });
    expect(note).toHaveTextContent(`${label}Body text.`);
    expect(note).toHaveClass(`callout-${type}`);
  });

  it('is a note when no type is given', () => {
    render(<Callout>Plain.</Callout>);
    expect(screen.getByRole('note', { name: 'Note' })).toHaveClass('callout-note');
  });

  it('renders an unknown type as a note', () => {
    render(<Callout type={'tip' as CalloutType}>Hint.</Callout>);
    const note = screen.getByRole('note', { name: 'Note' });
    expect(note).toHaveClass('callout-note');
    expect(note).toHaveTextContent('Hint.');
  });

  it('shows the title alongside the type', () => {
    render(
      <Callout type="warning" title="Back up the registry first">
        Export the key.
      </Callout>,
    );
    const note = screen.getByRole('note', { name: 'Warning: Back up the registry first' });
    expect(note).toHaveTextContent('Warning: Back up the registry first');
  });
});
