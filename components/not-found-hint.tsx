'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/**
 * The 404 page is generated once for every missing path, so only the browser knows which link was
 * followed. For a troubleshooter step, say so and offer that troubleshooter's start first.
 */
export function NotFoundHint({ troubleshooters }: { troubleshooters: { id: string; title: string }[] }) {
  const treeId = /^\/wizard\/([a-z0-9-]+)\/[^/]+/.exec(usePathname() ?? '')?.[1];
  const tree = troubleshooters.find((candidate) => candidate.id === treeId);
  if (!tree) return null;
  return (
    <p role="note" className="mt-4 rounded border border-border bg-surface px-3 py-2">
      This link points to a step of <strong>{tree.title}</strong> that does not exist (any more).{' '}
      <Link href={`/wizard/${tree.id}`}>Start that troubleshooter from the beginning</Link>.
    </p>
  );
}
