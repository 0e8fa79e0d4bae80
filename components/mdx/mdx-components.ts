import type { ComponentType } from 'react';
import { ContentLink } from '@/components/i18n/content-link';
import type { MARKDOWN_ELEMENT_OVERRIDES, MdxComponentName } from '@/lib/content/mdx-component-specs';
import { Callout } from './callout';
import { Command } from './command';
import { H2, H3, H4 } from './headings';
import { HttpExchange } from './http-exchange';
import { HttpMessage } from './http-message';
import { IisProviderChange } from './iis-provider-change';
import { IisProviderOrder } from './iis-provider-order';
import { RegistryValue } from './registry-value';
import { ScrollingTable } from './scrolling-table';
import { Step } from './step';
import { Steps } from './steps';

/**
 * Everything an article's MDX may use; pass as `components` to the component from `getMDXComponent`.
 * Exactly the components the content check accepts (mdx-component-specs.ts), plus the renderers of
 * Markdown headings: a name missing here or extra fails the type check.
 */
export const mdxComponents = {
  Steps,
  Step,
  Callout,
  RegistryValue,
  Command,
  HttpExchange,
  HttpMessage,
  IisProviderChange,
  IisProviderOrder,
  h2: H2,
  h3: H3,
  h4: H4,
  table: ScrollingTable,
  a: ContentLink,
  // Each takes its own props (never: any props type fits); the content check has held them to the specs.
} satisfies Record<MdxComponentName | (typeof MARKDOWN_ELEMENT_OVERRIDES)[number], ComponentType<never>>;
