import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from '@/components/mdx/mdx-components';
import { LRUCache } from 'lru-cache';

type MdxComponent = ReturnType<typeof getMDXComponent>;
// Bounded: a build renders every article once or twice, and a server only needs its busy pages.
const componentsByCode = new LRUCache<string, MdxComponent>({ max: 100 });

/** Evaluating compiled MDX is costly; the same code always yields the same component. */
function componentFor(code: string): MdxComponent {
  let component = componentsByCode.get(code);
  if (!component) {
    component = getMDXComponent(code);
    componentsByCode.set(code, component);
  }
  return component;
}

/** Compiled MDX rendered on the server with the authors' components, or a page's variant of them. */
export function MdxContent({ code, components = mdxComponents }: { code: string; components?: typeof mdxComponents }) {
  const Content = componentFor(code);
  return <Content components={components} />;
}
