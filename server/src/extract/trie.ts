// A trie over token sequences: the gazetteer, triggers and cues are all matched with it, longest first.
// Nodes are numbers into flat arrays: a walk reads a few small arrays that stay in cache rather than
// a node object, its map and its entry list per token.

import { tokenize } from './tokens';
import type { Token } from './types';

interface Entry<T> {
  value: T;
  /** Per key token: the exact text required (acronyms like "US" must not match "us"), or null. */
  exact: (string | null)[];
}

export interface TrieMatch<T> {
  start: number;
  end: number;
  /** Shared between matches: never modified. */
  values: readonly T[];
}

const POSSESSIVE = /['’]s$/;
const ACRONYM = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** Node flags: a phrase ends here; no entry here requires an exact spelling; longer phrases go on. */
const ENTRIES = 1;
const FREE = 2;
const CHILDREN = 4;

function acceptAll(): boolean {
  return true;
}

/** True when the tokens from `i` on have the exact spelling the entry requires (acronyms). */
function exactMatch<T>(entry: Entry<T>, tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < entry.exact.length; k++) {
    const required = entry.exact[k];
    if (required === null || required === undefined) continue;
    const text = tokens[i + k]?.text;
    if (text === undefined) return false;
    if (text !== required && text.replace(POSSESSIVE, '') !== required) return false;
  }
  return true;
}

export class TokenTrie<T> {
  /** Per node (0 is the root): its flags, its entries, their values (shared, read-only), its children. */
  private readonly flags: number[] = [FREE];
  private readonly entries: Entry<T>[][] = [[]];
  private readonly values: T[][] = [[]];
  private readonly children: (Map<number, number> | null)[] = [null];
  /**
   * The node of each word id that starts a phrase, else -1: most tokens start none, and one array
   * read rejects them. Ids registered after the last `add` are past its end and start nothing.
   */
  private readonly firsts: number[] = [];

  private child(node: number, id: number): number {
    let map = this.children[node];
    if (!map) {
      map = new Map();
      this.children[node] = map;
      this.flags[node]! |= CHILDREN;
    }
    let next = map.get(id);
    if (next === undefined) {
      next = this.flags.length;
      this.flags.push(FREE);
      this.entries.push([]);
      this.values.push([]);
      this.children.push(null);
      map.set(id, next);
      if (node === 0) {
        // Grown by pushes, so the array stays dense (an index far past its end would make it sparse).
        while (this.firsts.length <= id) this.firsts.push(-1);
        this.firsts[id] = next;
      }
    }
    return next;
  }

  /** Adds a phrase; all-capital words in it (US, UN, ISW) must match exactly, the rest ignores case. */
  add(phrase: string, value: T, caseSensitive = false): void {
    const keys = tokenize(phrase, 0, true);
    if (keys.length === 0) return;
    let node = 0;
    for (const key of keys) node = this.child(node, key.id);
    const exact = keys.map((key) => (caseSensitive || ACRONYM.test(key.text) ? key.text : null));
    this.entries[node]!.push({ value, exact });
    this.values[node]!.push(value);
    this.flags[node]! |= ENTRIES;
    if (exact.some((e) => e !== null)) this.flags[node]! &= ~FREE;
  }

  /** The longest phrase starting at token `i` with at least one accepted value, or null. */
  longestAt(
    tokens: readonly Token[],
    i: number,
    accept: (value: T) => boolean = acceptAll,
  ): TrieMatch<T> | null {
    const first = tokens[i];
    // -1, a word no lexicon uses, is tested first: a negative index would leave the fast path.
    if (first === undefined || first.id < 0 || first.id >= this.firsts.length) return null;
    let node = this.firsts[first.id]!;
    if (node < 0) return null;
    const flags = this.flags;
    let end = -1;
    let best: readonly T[] | null = null;
    // `node` is the node of the phrase tokens[i..j]; most phrases are one word, so a node without
    // children ends the walk without a lookup.
    for (let j = i; ;) {
      const f = flags[node]!;
      if ((f & ENTRIES) !== 0) {
        if ((f & FREE) !== 0 && accept === acceptAll) {
          // Without spelling or caller conditions every entry matches: the node's own list serves.
          best = this.values[node]!;
          end = j + 1;
        } else {
          // Plain loops: this runs for every token against several tries, so no temporary arrays.
          let values: T[] | null = null;
          for (const entry of this.entries[node]!) {
            if (!exactMatch(entry, tokens, i) || !accept(entry.value)) continue;
            (values ??= []).push(entry.value);
          }
          if (values) {
            best = values;
            end = j + 1;
          }
        }
      }
      if ((f & CHILDREN) === 0 || ++j >= tokens.length) break;
      const id = tokens[j]!.id;
      if (id < 0) break;
      const next = this.children[node]!.get(id);
      if (next === undefined) break;
      node = next;
    }
    return best ? { start: i, end, values: best } : null;
  }

  /** All non-overlapping longest matches, left to right. */
  scan(tokens: readonly Token[], accept?: (value: T) => boolean): TrieMatch<T>[] {
    const matches: TrieMatch<T>[] = [];
    const firsts = this.firsts;
    for (let i = 0; i < tokens.length;) {
      // The start test of `longestAt`, repeated here to spare the call for the many tokens it rejects.
      const id = tokens[i]!.id;
      if (id < 0 || id >= firsts.length || firsts[id]! < 0) {
        i++;
        continue;
      }
      const match = this.longestAt(tokens, i, accept);
      if (match) {
        matches.push(match);
        i = match.end;
      } else i++;
    }
    return matches;
  }
}
