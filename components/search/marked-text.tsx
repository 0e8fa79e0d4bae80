import type { SnippetPart } from '@/lib/search/snippet';

/**
 * Text with the words a search matched in `<mark>`. Every part is rendered as a React text node, so
 * whatever an article contains (`<script>`, `&amp;`) is escaped, never interpreted.
 */
export function MarkedText({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.marked ? (
          <mark key={index} className="rounded-sm bg-[var(--color-highlight)] px-0.5 font-semibold text-inherit">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
