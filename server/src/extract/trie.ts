// A trie over token sequences: the gazetteer, triggers and cues are all matched with it, longest first.

import { tokenize } from './tokens';
import type { Token } from './types';

interface Entry<T> {
  value: T;
  /** Per key token: the exact text required (acronyms like "US" must not match "us"), or null. */
  exact: (string | null)[];
}

interface Node<T> {
  children: Map<number, Node<T>>;
  entries: Entry<T>[];
  /** The values of all entries, shared by the matches that accept them all (read-only). */
  values: T[];
  /** No entry requires an exact spelling. */
  free: boolean;
}

export interface TrieMatch<T> {
  start: number;
  end: number;
  /** Shared between matches: never modified. */
  values: readonly T[];
}

const POSSESSIVE = /['’]s$/;
const ACRONYM = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

function acceptAll(): boolean {
  return true;
}

function newNode<T>(): Node<T> {
  return { children: new Map(), entries: [], values: [], free: true };
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
  private readonly root: Node<T> = newNode();
  /**
   * 1 at the word ids that start a phrase: most tokens start none, and a typed-array read rejects
   * them faster than a map lookup. Ids registered after the last `add` start nothing here.
   */
  private starts = new Uint8Array(0);

  /** Adds a phrase; all-capital words in it (US, UN, ISW) must match exactly, the rest ignores case. */
  add(phrase: string, value: T, caseSensitive = false): void {
    const keys = tokenize(phrase, 0, true);
    if (keys.length === 0) return;
    const first = keys[0]!.id;
    if (first >= this.starts.length) {
      const grown = new Uint8Array(Math.max(first + 1, this.starts.length * 2));
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[first] = 1;
    let node = this.root;
    for (const key of keys) {
      let child = node.children.get(key.id);
      if (!child) {
        child = newNode();
        node.children.set(key.id, child);
      }
      node = child;
    }
    const exact = keys.map((key) => (caseSensitive || ACRONYM.test(key.text) ? key.text : null));
    node.entries.push({ value, exact });
    node.values.push(value);
    if (exact.some((e) => e !== null)) node.free = false;
  }

  /** The longest phrase starting at token `i` with at least one accepted value, or null. */
  longestAt(
    tokens: readonly Token[],
    i: number,
    accept: (value: T) => boolean = acceptAll,
  ): TrieMatch<T> | null {
    const first = tokens[i];
    // Most tokens start no phrase: answer those with one array read (-1, a word no lexicon uses,
    // is tested first: a negative index would leave the typed-array fast path).
    if (first === undefined || first.id < 0 || this.starts[first.id] !== 1) return null;
    let node: Node<T> | undefined = this.root;
    let end = -1;
    let best: readonly T[] | null = null;
    for (let j = i; j < tokens.length && node; j++) {
      const token = tokens[j]!;
      if (token.id < 0) break;
      node = node.children.get(token.id);
      if (!node || node.entries.length === 0) continue;
      // Without spelling or caller conditions every entry matches: the node's own list serves.
      if (node.free && accept === acceptAll) {
        best = node.values;
        end = j + 1;
        continue;
      }
      // Plain loops: this runs for every token against several tries, so no temporary arrays.
      let values: T[] | null = null;
      for (const entry of node.entries) {
        if (!exactMatch(entry, tokens, i) || !accept(entry.value)) continue;
        (values ??= []).push(entry.value);
      }
      if (values) {
        best = values;
        end = j + 1;
      }
    }
    return best ? { start: i, end, values: best } : null;
  }

  /** All non-overlapping longest matches, left to right. */
  scan(tokens: readonly Token[], accept?: (value: T) => boolean): TrieMatch<T>[] {
    const matches: TrieMatch<T>[] = [];
    const starts = this.starts;
    for (let i = 0; i < tokens.length;) {
      // The start test of `longestAt`, repeated here to spare the call for the many tokens it rejects.
      const id = tokens[i]!.id;
      if (id < 0 || starts[id] !== 1) {
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
