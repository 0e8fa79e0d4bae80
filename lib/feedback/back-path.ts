import { articlePath, localizePath, parseAnswersParam, parseSitePath, splitLanguagePath, stepPath } from '@/lib/paths';
import { isKebabId } from '@/lib/wizard/ids';

/**
 * The page a no-JavaScript form post returns to, when it is one of ours: an article or a
 * troubleshooter step in any of the site's languages, written exactly as the site writes it. Anything else (another host,
 * `//evil`, a script URL, a path with `..`) is dropped, so the redirect can never be used to send
 * someone elsewhere.
 */
export function safeBackPath(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const [pathname = '', query, ...rest] = value.split('?');
  if (rest.length > 0) return undefined;
  const { language, path } = splitLanguagePath(pathname);
  const route = parseSitePath(path);
  const written = (sitePath: string) => localizePath(language, sitePath) === value;
  if (route?.kind === 'article' && query === undefined) return isKebabId(route.slug) && written(articlePath(route.slug)) ? value : undefined;
  if (route?.kind !== 'step' || !isKebabId(route.treeId) || !isKebabId(route.stepId)) return undefined;
  const answers = query === undefined ? undefined : new URLSearchParams(query).get('answers');
  const parsed = parseAnswersParam(answers);
  return parsed.ok && written(stepPath(route.treeId, route.stepId, parsed.answers)) ? value : undefined;
}
