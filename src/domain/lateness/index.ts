export * from './due-soon';
export * from './apology';
