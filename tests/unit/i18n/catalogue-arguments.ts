import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

type Catalogue = { [key: string]: string | Catalogue };

/** Every message of a catalogue by its dotted key (`Search.results`), as next-intl looks it up. */
export function flattenCatalogue(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [inner, message] of flattenCatalogue(value, path)) flat.set(inner, message);
  }
  return flat;
}

/**
 * What a message needs from its caller and gives its component: argument names with their type
 * (`count:plural`, `query:argument`), plural/select cases, and tags, sorted. A translation that
 * changes one of these breaks the page or loses a link.
 */
export function messageShape(message: string): string[] {
  const shape = new Set<string>();
  const walk = (elements: readonly MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if (element.type === TYPE.tag) {
        shape.add(`<${element.value}>`);
        walk(element.children);
        continue;
      }
      shape.add(`${element.value}:${TYPE[element.type]}`);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const [option, { value }] of Object.entries(element.options)) {
          // Plural categories differ by language (German has no "few"); select cases must match.
          if (element.type === TYPE.select) shape.add(`${element.value}=${option}`);
          walk(value);
        }
      }
    }
  };
  walk(parse(message));
  return [...shape].sort();
}

/** The words of a message, every plural and select case included: what a reader sees of it. */
export function messageWords(message: string): string {
  const walk = (elements: readonly MessageFormatElement[]): string =>
    elements
      .map((element) => {
        if (element.type === TYPE.literal) return element.value;
        if (element.type === TYPE.tag) return walk(element.children);
        if (element.type === TYPE.plural || element.type === TYPE.select) return Object.values(element.options).map((option) => walk(option.value)).join(' ');
        return '';
      })
      .join('');
  return walk(parse(message));
}
