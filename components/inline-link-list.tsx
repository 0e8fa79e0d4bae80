/** Links in a sentence-like list ("a, b, c"), still a real list for screen readers. */
export function InlineLinkList({ items }: { items: { href: string; label: string }[] }) {
  return (
    <ul className="inline">
      {items.map((item, index) => (
        <li key={item.href} className="inline">
          {index > 0 ? ', ' : null}
          <a href={item.href}>{item.label}</a>
        </li>
      ))}
    </ul>
  );
}
