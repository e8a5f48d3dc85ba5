export * from './resolving-authority';
