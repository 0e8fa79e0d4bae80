import Link from 'next/link';
import type { WizardOption } from '@/lib/wizard/schema';

const optionClass =
  'block rounded-lg border-2 border-border px-4 py-3 font-medium text-text no-underline hover:border-link focus-visible:border-link';

/**
 * A question's answers as real links, one per option, so the troubleshooter works as plain pages
 * without JavaScript. The server renders plain anchors (`enhanced` false): a click that lands
 * before hydration must still navigate, and a client-side Link would drop it. Once hydrated, the
 * client island renders Links that carry the answers so far. A step the server rendered with the
 * answers it checked keeps the plain anchors, which StepLinkNavigation makes move within the app.
 */
export function OptionList({
  options,
  hrefOf,
  enhanced,
  label,
  contentLang,
}: {
  options: readonly WizardOption[];
  hrefOf: (option: WizardOption) => string;
  enhanced: boolean;
  /** The list's name, "Answers" in the page's language. */
  label: string;
  /** 'en' when the answers are the English words of a tree with no translation in the page's language. */
  contentLang?: string;
}) {
  return (
    <ul className="mt-6 grid gap-3" aria-label={label} data-enhanced={enhanced || undefined} data-step-options="">
      {options.map((option) => (
        <li key={option.id} lang={contentLang}>
          {enhanced ? (
            <Link href={hrefOf(option)} data-option-id={option.id} className={optionClass}>
              {option.label}
            </Link>
          ) : (
            <a href={hrefOf(option)} data-option-id={option.id} className={optionClass} data-step-link="">
              {option.label}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
