/** The backup module's public surface: other modules import only from here (eslint boundaries). */
export { backupCommand, restoreCommand } from './backup-commands';
