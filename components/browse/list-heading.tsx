import type { ReactNode } from 'react';

/**
 * The heading of a paged list. Its pages are linked with plain links, so moving to another page is
 * a page load: focus and scroll start at the top of the new page, as the browser does it.
 */
export function ListHeading({ children }: { children: ReactNode }) {
  return <h1 className="mt-2 text-3xl font-bold">{children}</h1>;
}
