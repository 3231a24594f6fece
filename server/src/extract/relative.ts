// The role of a relative clause's antecedent: "…, die gegen die Ukraine kämpfen" (subject) versus
// "…, den Russland unterstützt" (object), read from the case of the relative pronoun.

import type { SentenceContext } from './context';
import type { Clause } from './types';

const OBJECT_PRONOUNS = new Set(['den', 'dem', 'denen', 'welchen', 'welchem', 'whom']);
const POSSESSIVE_PRONOUNS = new Set(['deren', 'dessen', 'whose']);

export function relativeRole(ctx: SentenceContext, clause: Clause): 'subject' | 'object' | null {
  if (clause.kind !== 'relative') return null;
  const pronoun = ctx.tokens[clause.start]?.norm ?? '';
  if (POSSESSIVE_PRONOUNS.has(pronoun)) return null;
  return OBJECT_PRONOUNS.has(pronoun) ? 'object' : 'subject';
}
