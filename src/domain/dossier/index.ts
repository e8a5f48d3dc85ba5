export * from './status';
export * from './channel';
export * from './state-machine';
export * from './agency-identifier';
export * from './dossier-code';
export { formatDossierCode, type DossierCodeFormat } from './dossier-code';
export { DossierStatus, isDossierStatus, isProcessingEnded, statusLabel } from './status';
