/**
 * The Windows Authentication `<providers>` collection as IIS resolves it for one site: the
 * server-level list in applicationHost.config, then the `<add>`, `<remove>` and `<clear>`
 * directives in the site's own `<location>`. Microsoft's configuration reference documents those
 * three child elements, and its delegation guide says `<clear>` drops everything inherited from
 * above; the rest of this model (an `<add>` lands after the inherited entries, a duplicate is
 * refused) is how IIS collections behave in practice, written down so the tests can show what
 * each generated command leaves behind.
 */

/** One child element of a site-level `<providers>`. */
export type ProviderDirective = { kind: 'add'; value: string } | { kind: 'remove'; value: string } | { kind: 'clear' };

/** The server-level list and each site's own directives (a site absent from `sites` inherits). */
export interface ProvidersConfig {
  server: readonly string[];
  sites: Readonly<Record<string, readonly ProviderDirective[]>>;
}

/** A change IIS would refuse, such as adding a provider twice or leaving none. */
export class ProvidersConfigError extends Error {}

/** A server whose providers are the documented default, with no site-level changes. */
export function defaultProvidersConfig(server: readonly string[] = ['Negotiate', 'NTLM']): ProvidersConfig {
  return { server: [...server], sites: {} };
}

/** The providers the site offers, in order: the server list with the site's directives applied. */
export function effectiveProviders(config: ProvidersConfig, site: string): string[] {
  return resolve(config.server, config.sites[site] ?? []);
}

/** True when the site has no providers directives of its own, so server-level changes reach it. */
export function inheritsServerList(config: ProvidersConfig, site: string): boolean {
  return (config.sites[site] ?? []).length === 0;
}

/** Removes a provider: drops the site's own `<add>` for it, or writes a `<remove>` for an inherited one. */
export function removeProvider(config: ProvidersConfig, site: string, value: string): ProvidersConfig {
  const directives = config.sites[site] ?? [];
  if (!includes(effectiveProviders(config, site), value)) throw new ProvidersConfigError(`${value} is not a provider of ${site}`);
  const ownAdd = directives.findIndex((directive) => directive.kind === 'add' && same(directive.value, value));
  const next = ownAdd >= 0 ? directives.filter((_, index) => index !== ownAdd) : [...directives, { kind: 'remove' as const, value }];
  return withSite(config, site, next);
}

/** Adds a provider after everything the site already has, as an `<add>` in the site's location. */
export function appendProvider(config: ProvidersConfig, site: string, value: string): ProvidersConfig {
  return withSite(config, site, [...(config.sites[site] ?? []), { kind: 'add', value }]);
}

/**
 * Inserts a provider at a place in the effective list. A site cannot reorder entries it inherits
 * with `<add>` and `<remove>` alone, so anywhere but the end the site must list every provider
 * itself after a `<clear>`. We could not confirm from Microsoft's documentation exactly which
 * elements IIS writes; every way of writing it leaves the site with a list of its own.
 */
export function insertProviderAt(config: ProvidersConfig, site: string, value: string, index: number): ProvidersConfig {
  const current = effectiveProviders(config, site);
  if (index < 0 || index > current.length) throw new ProvidersConfigError(`index ${index} is outside the list of ${current.length}`);
  if (index === current.length) return appendProvider(config, site, value);
  const wanted = [...current.slice(0, index), value, ...current.slice(index)];
  return withSite(config, site, [{ kind: 'clear' }, ...wanted.map((provider) => ({ kind: 'add' as const, value: provider }))]);
}

/** Deletes the site's own directives, so it inherits the server-level list again. */
export function resetSite(config: ProvidersConfig, site: string): ProvidersConfig {
  const sites = Object.fromEntries(Object.entries(config.sites).filter(([name]) => name !== site));
  return { ...config, sites };
}

/** Replaces the server-level list, as an administrator editing applicationHost.config would. */
export function setServerProviders(config: ProvidersConfig, server: readonly string[]): ProvidersConfig {
  const next = { ...config, server: [...server] };
  for (const site of Object.keys(next.sites)) effectiveProviders(next, site);
  return next;
}

function withSite(config: ProvidersConfig, site: string, directives: readonly ProviderDirective[]): ProvidersConfig {
  const next = { ...config, sites: { ...config.sites, [site]: directives } };
  // Resolving checks the change the way IIS would before it commits it.
  const providers = effectiveProviders(next, site);
  if (providers.length === 0) throw new ProvidersConfigError('Windows authentication requires at least one provider');
  return next;
}

function resolve(server: readonly string[], directives: readonly ProviderDirective[]): string[] {
  let list = [...server];
  for (const directive of directives) {
    if (directive.kind === 'clear') list = [];
    else if (directive.kind === 'remove') list = list.filter((provider) => !same(provider, directive.value));
    else if (includes(list, directive.value)) throw new ProvidersConfigError(`${directive.value} is already a provider`);
    else list.push(directive.value);
  }
  return list;
}

// IIS compares collection keys without regard to case, as Microsoft's C# sample does.
function same(left: string, right: string): boolean {
  return left.toLowerCase() === right.toLowerCase();
}

function includes(list: readonly string[], value: string): boolean {
  return list.some((provider) => same(provider, value));
}
