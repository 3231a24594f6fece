// The types every layer shares.
export * from './actor';
export * from './article';
export * from './graph';
export * from './relation';
export * from './errors';
export * from './ids';
