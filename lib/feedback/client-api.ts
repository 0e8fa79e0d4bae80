/**
 * What a widget learns from a POST: the JSON answer, or why not: the API's own `message` when it
 * sent one, else the HTTP status it answered with (`null`: the site did not answer), which the
 * widget puts into words in the page's language.
 */
export type PostResult<T> = { ok: true; data: T } | { ok: false; message: string | null; status: number | null };

/**
 * POSTs JSON to the feedback API from the browser. The API's own error message is shown as is:
 * it already says what went wrong in words a visitor can read.
 */
export async function postJson<T>(path: string, body: unknown): Promise<PostResult<T>> {
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
    const data = (await response.json().catch(() => undefined)) as (T & { message?: string }) | undefined;
    if (response.ok && data) return { ok: true, data };
    return { ok: false, message: data?.message ?? null, status: response.status };
  } catch {
    return { ok: false, message: null, status: null };
  }
}
