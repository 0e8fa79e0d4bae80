import { vi } from 'vitest';

/** Replaces the Clipboard API with a spy; returns it so a test can read what was copied. */
export function mockClipboard() {
  const writeText = vi.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

/** Removes the spy, so the next test starts without a clipboard unless it asks for one. */
export function removeClipboard() {
  Reflect.deleteProperty(navigator, 'clipboard');
}
