export * from './step-deadline';
