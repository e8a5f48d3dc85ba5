/** Exponential backoff: base, 2×base, 4×base, … seconds after the 1st, 2nd, 3rd … failed attempt, capped at max. */
export function retryDelaySeconds(failedAttempts: number, baseSeconds: number, maxSeconds: number): number {
  const exponent = Math.max(0, failedAttempts - 1);
  return Math.min(maxSeconds, baseSeconds * 2 ** Math.min(exponent, 30));
}
