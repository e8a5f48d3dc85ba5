export * from './issuer';
export * from './numbering';
