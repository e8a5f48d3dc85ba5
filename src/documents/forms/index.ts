export * from './common';
export * from './receipt';
export * from './supplement-request';
export * from './refusal';
export * from './apology';
export * from './stop-notice';
export * from './control-slip';
export * from './register';
