/** `decodeURIComponent`, or undefined for text that is not valid percent-encoding (a link cut short). */
export function safeDecodeURIComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
