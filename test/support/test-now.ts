/**
 * The instant a test takes as "now" when it does not pin its own: MOTCUA_TEST_NOW (an ISO 8601
 * instant), else a fixed ordinary working morning. Never the real date: no test may depend on
 * today's date, weekday or hour. CI runs the specs that use it at several instants (a Friday
 * afternoon, a Saturday, a Sunday, the working day before Tết, 31 December): see .ci/run.
 * Test code only; the service reads "now" from its injected Clock.
 */
export const DEFAULT_TEST_NOW = '2026-11-24T02:15:00Z'; // Tuesday 24/11/2026 09:15 in Vietnam

export function testNow(): Date {
  const raw = process.env.MOTCUA_TEST_NOW?.trim();
  if (!raw) return new Date(DEFAULT_TEST_NOW);
  const at = new Date(raw);
  if (!/T\d{2}:\d{2}/.test(raw) || Number.isNaN(at.getTime())) {
    throw new Error(`MOTCUA_TEST_NOW=${raw} is not an ISO 8601 instant such as 2026-12-04T08:30:00Z`);
  }
  return at;
}
