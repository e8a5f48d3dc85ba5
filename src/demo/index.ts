/** The demo module's public surface: other modules import only from here (eslint boundaries). */
export { demoHistoryNeeded, seedDemoHistory } from './demo-history';
export { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
export { ReplayClock } from './replay-clock';
export { seedDemo } from './seed-demo';
