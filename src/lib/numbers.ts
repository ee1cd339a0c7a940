/** Rounds to a number of decimals, so views written to links stay short and stable. */
export function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
