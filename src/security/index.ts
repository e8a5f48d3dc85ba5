/** The security module's public surface: other modules import only from here (eslint boundaries). */
export { assertDemoNotExposed, assertNoPublishedPasswordReachable, reachabilityLine } from './exposure';
export { addSecurityHeaders } from './security-headers';
export { PgThrottlerStorage } from './throttle-counters.repository';
