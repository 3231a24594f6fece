// The types every layer shares.
export * from './actor';
export * from './article';
export * from './graph';
export * from './detail';
export * from './corrections';
export * from './stats';
export * from './relation';
export * from './errors';
export * from './ids';
