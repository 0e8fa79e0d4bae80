'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Opens the map's diagram on its first question in browsers without CSS `scroll-initial-target`
 * (which does it with no script where it exists, see `TreeMapDiagram`): once on load, or when the
 * diagram is first shown on a phone, where it starts folded away.
 */
export function TreeMapStartInView({ children }: { children: ReactNode }) {
  const holder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (CSS.supports('scroll-initial-target', 'nearest')) return;
    const viewport = holder.current?.querySelector<HTMLElement>('[data-tree-map-viewport]');
    const mark = viewport?.querySelector<HTMLElement>('[data-tree-map-start]');
    if (!viewport || !mark) return;
    let done = false;
    const bringStartIntoView = () => {
      // Folded away, the viewport has no width yet; the reader may also have scrolled already.
      if (done || viewport.clientWidth === 0 || viewport.scrollLeft !== 0) return;
      done = true;
      const box = viewport.getBoundingClientRect();
      const start = mark.getBoundingClientRect();
      viewport.scrollLeft = start.left + start.width / 2 - (box.left + viewport.clientLeft + viewport.clientWidth / 2);
    };
    bringStartIntoView();
    const folder = viewport.closest('details');
    folder?.addEventListener('toggle', bringStartIntoView);
    return () => folder?.removeEventListener('toggle', bringStartIntoView);
  }, []);

  return <div ref={holder}>{children}</div>;
}
