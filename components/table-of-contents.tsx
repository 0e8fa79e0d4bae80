import { useTranslations } from 'next-intl';
import type { Anchor } from '@/lib/content/remark-anchors';

/** "On this page": the article's sections, each a link to its anchor; `contentLang` marks headings that are not in the page's language. */
export function TableOfContents({ anchors, contentLang }: { anchors: Anchor[]; contentLang?: string }) {
  const t = useTranslations('Article');
  const sections = anchors.filter((anchor) => anchor.kind === 'heading' && (anchor.level === 2 || anchor.level === 3));
  if (sections.length === 0) return null;
  return (
    <nav aria-labelledby="toc-heading" className="site-chrome rounded-lg border border-border p-4 text-sm">
      <h2 id="toc-heading" className="font-semibold">
        {t('onThisPage')}
      </h2>
      <ol className="mt-2 space-y-1" lang={contentLang}>
        {sections.map((section) => (
          <li key={section.id} className={section.level === 3 ? 'pl-4' : undefined}>
            <a href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
