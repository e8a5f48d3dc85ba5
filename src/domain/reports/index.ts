export * from './facts';
export * from './processing-report';
export * from './on-time-rate';
export * from './rubrics';
export * from './scoring';
