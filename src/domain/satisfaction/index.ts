export * from './levels';
export * from './rating';
