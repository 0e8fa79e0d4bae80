import { useLocale } from 'next-intl';
import type { AnchorHTMLAttributes } from 'react';
import { localizePath } from '@/lib/paths';

/**
 * A link written in content (an article's MDX, a troubleshooter's Markdown). Authors write the
 * site's English paths (`/articles/<slug>#<step>`) in every language; a page in another language
 * sends its readers to that language's page.
 */
export function ContentLink({ href, ...props }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const language = useLocale();
  return <a href={href === undefined ? undefined : localizePath(language, href)} {...props} />;
}
