export * from './answer';
export * from './portal-time';
export * from './record';
