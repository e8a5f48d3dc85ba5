/** Statuses in which processing is still going on (the deadline matters). */
export const OPEN_STATUSES = [1, 2, 4, 5, 6];

/**
 * Open statuses in which the legal clock runs: while the applicant supplements (5) the deadline
 * waits (it restarts or resumes on receipt), so such a dossier is neither due soon nor overdue.
 */
export const CLOCK_RUNNING_STATUSES = OPEN_STATUSES.filter((status) => status !== 5);
