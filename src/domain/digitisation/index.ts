export * from './media-type';
export * from './indicators';
export * from './shared-data';
