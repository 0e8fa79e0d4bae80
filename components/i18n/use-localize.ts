import { useLocale } from 'next-intl';
import { localizePath } from '@/lib/paths';

/**
 * For server components: turns the site's English-shaped paths into the page's language's. Client
 * islands are handed the language instead (next-intl's hooks need a provider there).
 */
export function useLocalize(): (path: string) => string {
  const language = useLocale();
  return (path) => localizePath(language, path);
}
