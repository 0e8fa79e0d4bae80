import Link from 'next/link';
import type { ReactNode } from 'react';
import { atStepHeading } from '@/lib/paths';

/**
 * A link to another troubleshooter step. Once the islands run (`enhanced`) it is Next's Link, which
 * moves without a page load and focuses the new heading. As the server writes it for use without
 * JavaScript it is a plain anchor that opens the step at its heading, so the first Tab there
 * reaches the answers instead of the site's header; on a step the server rendered with its answers
 * it stays that anchor, and StepLinkNavigation moves within the app when it is clicked.
 */
export function StepAnchor({
  href,
  enhanced,
  onClick,
  restart,
  label,
  children,
}: {
  href: string;
  enhanced: boolean;
  onClick?: () => void;
  /** The link starts the troubleshooter over (StepLinkNavigation then forgets the tab's progress, as `onClick` does). */
  restart?: boolean;
  /** Accessible name, when the text alone does not say enough. */
  label?: string;
  children: ReactNode;
}) {
  return enhanced ? (
    <Link href={href} onClick={onClick} aria-label={label}>
      {children}
    </Link>
  ) : (
    <a href={atStepHeading(href)} aria-label={label} data-step-link="" data-restart={restart ? '' : undefined}>
      {children}
    </a>
  );
}
