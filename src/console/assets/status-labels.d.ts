/** Types of the module the service generates at start-up (console-assets.ts, statusModule()). */
export const STATUS_LABELS: Readonly<Record<string, string>>;
export const OPEN_STATUSES: readonly number[];
export const SATISFACTION_LABELS: Readonly<Record<string, string>>;
