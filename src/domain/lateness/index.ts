export * from './due-soon';
export * from './apology';
export * from './vi-time';
