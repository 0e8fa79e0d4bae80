import type { MDXComponents } from 'mdx/types';
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

/** Everything an article's MDX may use; pass as `components` to the component from `getMDXComponent`. */
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
} satisfies MDXComponents;
