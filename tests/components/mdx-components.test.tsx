import { describe, expect, it } from 'vitest';
import { mdxComponents } from '@/components/mdx/mdx-components';
import { MARKDOWN_ELEMENT_OVERRIDES, MDX_COMPONENT_NAMES } from '@/lib/content/mdx-component-specs';

describe('the renderer’s MDX components', () => {
  // The check accepts exactly what the page can render: a name only one of them knows is an article
  // the check passes and the page fails, or a component no article can use.
  it('are exactly the components the content check accepts, plus the Markdown heading renderers', () => {
    expect(Object.keys(mdxComponents).sort()).toEqual([...MDX_COMPONENT_NAMES, ...MARKDOWN_ELEMENT_OVERRIDES].sort());
  });
});
