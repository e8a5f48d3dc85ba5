/** The domain/rules module's public surface: other modules import only from here (eslint boundaries). */
export { ruleSetOn } from './rule-set';
