export * from './status';
export * from './channel';
export * from './state-machine';
export * from './agency-identifier';
export * from './dossier-code';
