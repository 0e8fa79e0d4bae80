import Link from 'next/link';
import type { WizardOption } from '@/lib/wizard/schema';

/**
 * A question's answers as real links, one per option, so the troubleshooter works as plain pages
 * without JavaScript. Used by the server (links without earlier answers) and by the client island
 * (links that carry the answers so far).
 */
export function OptionList({ options, hrefOf }: { options: readonly WizardOption[]; hrefOf: (option: WizardOption) => string }) {
  return (
    <ul className="mt-6 grid gap-3" aria-label="Answers">
      {options.map((option) => (
        <li key={option.id}>
          <Link
            href={hrefOf(option)}
            data-option-id={option.id}
            className="block rounded-lg border-2 border-border px-4 py-3 font-medium text-text no-underline hover:border-link focus-visible:border-link"
          >
            {option.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
