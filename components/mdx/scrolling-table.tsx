import { useTranslations } from 'next-intl';
import type { ComponentProps } from 'react';

/**
 * A Markdown table inside a box that scrolls sideways on its own, so a wide comparison never makes a
 * phone's page scroll. The box takes keyboard focus, so a keyboard user can scroll it too; it is a
 * named group rather than a landmark, since an article may hold several.
 */
export function ScrollingTable(props: ComponentProps<'table'>) {
  const t = useTranslations('Mdx');
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={t('scrollingTable')}>
      <table {...props} />
    </div>
  );
}
