import { Suspense, type ReactNode } from 'react';
import { FocusHeadingOnNavigation } from '@/components/focus-heading-on-navigation';

const LIST_HEADING_ID = 'list-heading';

/**
 * The heading of a paged list. Moving to another page within the app focuses it, so a keyboard
 * user who pressed "Next page" starts at the new page's top, even on the last page, where that
 * link is gone.
 */
export function ListHeading({ children }: { children: ReactNode }) {
  return (
    <>
      <h1 id={LIST_HEADING_ID} tabIndex={-1} className="mt-2 text-3xl font-bold focus:outline-none">
        {children}
      </h1>
      <Suspense fallback={null}>
        <FocusHeadingOnNavigation headingId={LIST_HEADING_ID} />
      </Suspense>
    </>
  );
}
