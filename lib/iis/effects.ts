import { IIS_EFFECTS_EN, type IisEffectKey } from '../i18n/messages/iis-effects-en';

export type { IisEffectKey };

/**
 * What a command does, as data: a message of the IisEffects catalogue and its parameters (site,
 * provider and backup names, never translated). lib/iis writes only these, so an article's page
 * says them in its own language.
 */
export interface IisEffect {
  key: IisEffectKey;
  params: Readonly<Record<string, string>>;
}

export const iisEffect = (key: IisEffectKey, params: IisEffect['params']): IisEffect => ({ key, params });

/** The effect in English: what the search index reads of an IIS component. Each parameter goes in once. */
export function englishIisEffect(effect: IisEffect): string {
  return IIS_EFFECTS_EN[effect.key].replace(/\{(\w+)\}/g, (whole, name: string) => effect.params[name] ?? whole);
}
