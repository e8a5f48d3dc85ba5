/** The security module's public surface: other modules import only from here (eslint boundaries). */
export { assertDemoNotExposed, assertNoPublishedPasswordReachable, reachabilityLine } from './exposure';
export { NoStoreInterceptor } from './no-store.interceptor';
export { PgThrottlerStorage } from './pg-throttler-storage';
