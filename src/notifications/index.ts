/** The notifications module's public surface: other modules import only from here (eslint boundaries). */
export { retryDelaySeconds } from './backoff';
export { startIntervalJob } from './interval-job';
export { NotificationOutbox } from './notification-outbox';
export { appointmentMovedMessage } from './templates';
