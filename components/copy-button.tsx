'use client';

import { useEffect, useState } from 'react';
import { ENGLISH_COPY_WORDS, type CopyWords } from '@/lib/i18n/messages/copy-words';

/** Props of {@link CopyButton}: copy `text`, or the absolute URL of `href`. */
export type CopyButtonProps = {
  text?: string;
  href?: string;
  /** Accessible name, e.g. "Copy link to step 3: Clear the cache". */
  label: string;
  /** The visible word(s) before copying, when "Copy" or "Copy link" would not say what is copied; `label` must contain them. */
  idleText?: string;
  /** "Copy", "Copy link" and the status words in the page's language (components/wizard/wizard-words.ts `useCopyWords`). */
  words?: CopyWords;
};

type CopyStatus = 'idle' | 'copied' | 'failed';

const RESET_AFTER_MS = 2000;

/**
 * The one client island of the article widgets. It copies a string or a link to the clipboard,
 * falling back to `execCommand('copy')` where the async Clipboard API is missing or refused
 * (plain-http intranet mirrors, some embedded browsers).
 */
export function CopyButton({ text, href, label, idleText, words = ENGLISH_COPY_WORDS }: CopyButtonProps) {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const [copiedValue, setCopiedValue] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), RESET_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [status]);

  async function handleClick() {
    const value = href === undefined ? (text ?? '') : new URL(href, window.location.href).href;
    // Set before the (possibly slow or refused) write so tests and users can see what was meant.
    setCopiedValue(value);
    const ok = await copyToClipboard(value);
    setStatus(ok ? 'copied' : 'failed');
  }

  const shownWhenIdle = idleText ?? (href === undefined ? words.copy : words.copyLink);
  const statusText = status === 'copied' ? words.copied : status === 'failed' ? words.failed : '';

  // The status word is both the visible text and the live region, so it is announced once and
  // exists once in the DOM; the idle text sits outside the region, so resetting is silent.
  return (
    <button
      type="button"
      className="copy-button"
      aria-label={label}
      data-copied-value={copiedValue}
      data-copy-status={status}
      onClick={handleClick}
    >
      {status === 'idle' ? shownWhenIdle : null}
      <span aria-live="polite">{statusText}</span>
    </button>
  );
}

async function copyToClipboard(value: string): Promise<boolean> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(value);
      return true;
    } catch {
      // Permission refused or document not focused: try the legacy path below.
    }
  }
  return copyWithTextarea(value);
}

function copyWithTextarea(value: string): boolean {
  const previousFocus = document.activeElement;
  const textarea = document.createElement('textarea');
  textarea.value = value;
  textarea.setAttribute('readonly', '');
  textarea.style.position = 'fixed';
  textarea.style.top = '0';
  textarea.style.left = '-9999px';
  textarea.style.opacity = '0';
  document.body.append(textarea);
  textarea.select();
  let ok: boolean;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  textarea.remove();
  if (previousFocus instanceof HTMLElement) previousFocus.focus();
  return ok;
}
