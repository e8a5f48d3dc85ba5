/**
 * `npm run test:reliability`: the slow reliability tests that run the built service as child
 * processes (two instances on one database, kill -9 during an intake load). The fast ones
 * (test/reliability/*.spec.ts) are part of `npm test`.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/reliability/processes'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: '<rootDir>/test/reliability/processes/global-setup.ts',
  testTimeout: 180000,
  maxWorkers: 1,
};
