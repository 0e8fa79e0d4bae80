/**
 * Links in a sentence-like list ("a, b, c"), still a real list for screen readers. `lang` and
 * `translate` say when the labels are not in the page's language, or are names never translated.
 */
export function InlineLinkList({ items, lang, translate }: { items: { href: string; label: string }[]; lang?: string; translate?: 'no' }) {
  return (
    <ul className="inline" lang={lang} translate={translate}>
      {items.map((item, index) => (
        <li key={item.href} className="inline">
          {index > 0 ? ', ' : null}
          <a href={item.href}>{item.label}</a>
        </li>
      ))}
    </ul>
  );
}
