import Markdown from 'react-markdown';
import { ContentLink } from '@/components/i18n/content-link';

/**
 * Help and outcome text written in Markdown, rendered on the server to plain HTML: the tree's
 * text is data, not code, so it is never compiled as MDX.
 */
export function MarkdownText({ markdown }: { markdown: string }) {
  return (
    <div className="prose max-w-none">
      <Markdown components={{ a: ({ node: _node, ...props }) => <ContentLink {...props} /> }}>{markdown}</Markdown>
    </div>
  );
}
