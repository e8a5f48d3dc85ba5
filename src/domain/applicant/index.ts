export * from './validation';
export { maskName } from './full-name';
