/** The dvcqg module's public surface: other modules import only from here (eslint boundaries). */
export { DvcqgSyncResponse } from './dto/outbox.response';
export { DvcqgOutboxStatus } from './outbox-status';
export { DvcqgOutboxRepository } from './dvcqg-outbox.repository';
