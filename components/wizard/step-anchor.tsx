import Link from 'next/link';
import type { ReactNode } from 'react';
import { atStepHeading } from '@/lib/paths';

/**
 * A link to another troubleshooter step. Once the islands run (`enhanced`) it is Next's Link, which
 * moves without a page load and focuses the new heading. As the server writes it for use without
 * JavaScript it is a plain anchor that opens the step at its heading, so the first Tab there
 * reaches the answers instead of the site's header.
 */
export function StepAnchor({
  href,
  enhanced,
  onClick,
  label,
  children,
}: {
  href: string;
  enhanced: boolean;
  onClick?: () => void;
  /** Accessible name, when the text alone does not say enough. */
  label?: string;
  children: ReactNode;
}) {
  return enhanced ? (
    <Link href={href} onClick={onClick} aria-label={label}>
      {children}
    </Link>
  ) : (
    <a href={atStepHeading(href)} aria-label={label}>
      {children}
    </a>
  );
}
