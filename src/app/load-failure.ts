/**
 * Tells apart why a pane failed: its code chunk did not load (and whether the
 * app was redeployed since the page opened), or one of its parts named by the
 * pane itself (a map failure carries a `part`).
 */

const CHUNK_FAILURE =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

export function isChunkFailure(error: unknown): boolean {
  return error instanceof Error && CHUNK_FAILURE.test(error.message);
}

/** The address of the chunk a loading error names, if it names one. */
export function chunkUrl(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const m = /(https?:\/\/[^\s'"]+|\.{0,2}\/?assets\/[^\s'"]+)/.exec(error.message);
  return m ? m[1]! : null;
}

/** The message key for what failed: a part a renderer named, else the pane's code or the pane itself. */
export function failedPart(error: unknown, pane: 'map' | 'timeline'): string {
  const part = (error as { part?: unknown } | null)?.part;
  if (typeof part === 'string' && /^[a-z]+$/i.test(part)) return part;
  return isChunkFailure(error) ? `${pane}Code` : pane;
}

/**
 * A hashed chunk that is gone (404), or answered with a start page, means the
 * app was redeployed: only reloading the page brings matching chunks. A
 * network error is worth retrying instead.
 */
export async function wasRedeployed(error: unknown): Promise<boolean> {
  const url = chunkUrl(error);
  if (!url) return false;
  try {
    const r = await fetch(new URL(url, document.baseURI), {
      method: 'HEAD',
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    return r.status === 404 || r.status === 410 || /^text\/html\b/i.test(r.headers.get('content-type') ?? '');
  } catch {
    return false;
  }
}
