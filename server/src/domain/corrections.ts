// User corrections of extraction: merged actors and added aliases. Stored apart from extracted
// data, so they survive re-extraction; the extraction side reads them back to apply them.

import type { Language } from './article';

/** `from` was merged into `to`: mentions of `from` are stored under `to`. */
export interface ActorMerge {
  from: string;
  to: string;
}

export interface ActorAlias {
  actorId: string;
  alias: string;
  /** The language the alias belongs to, or null for any language. */
  lang: Language | null;
}

export interface Corrections {
  /** Sorted by `from`. Chains are flattened: `to` is always an actor that still exists. */
  merges: ActorMerge[];
  /** Sorted by actorId, alias, then lang (null first). */
  aliases: ActorAlias[];
}
