export * from './media-type';
export * from './indicators';
