// Scoring of extracted mentions against gold files lives with `entente eval`; the tests use it too.

export { score, tripleKey, type Score } from '../../../server/src/eval/score';
export type { Gold, GoldTriple } from '../../../server/src/eval/gold';
