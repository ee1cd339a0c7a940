export const log = (message: string) => console.error(`[bench] ${message}`);

/** The promise's value, or null when it takes longer than ms (the promise itself keeps running). */
export async function within<T>(promise: Promise<T>, ms: number): Promise<{ value: T } | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((r) => (timer = setTimeout(() => r(null), ms)));
  try {
    return await Promise.race([promise.then((value) => ({ value })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** performance.now() after which no new phase starts, so the whole run stays within --max-minutes. */
let deadline = Number.POSITIVE_INFINITY;
export const pastDeadline = () => performance.now() > deadline;

export function setDeadline(ms: number): void {
  deadline = ms;
}
