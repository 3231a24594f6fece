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
}

export interface TrieMatch<T> {
  start: number;
  end: number;
  values: T[];
}

const POSSESSIVE = /['’]s$/;
const ACRONYM = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

function acceptAll(): boolean {
  return true;
}

function newNode<T>(): Node<T> {
  return { children: new Map(), entries: [] };
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

  /** Adds a phrase; all-capital words in it (US, UN, ISW) must match exactly, the rest ignores case. */
  add(phrase: string, value: T, caseSensitive = false): void {
    const keys = tokenize(phrase, 0, true);
    if (keys.length === 0) return;
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
  }

  /** The longest phrase starting at token `i` with at least one accepted value, or null. */
  longestAt(
    tokens: readonly Token[],
    i: number,
    accept: (value: T) => boolean = acceptAll,
  ): TrieMatch<T> | null {
    const first = tokens[i];
    // Most tokens start no phrase: answer those with one map lookup.
    if (first === undefined || first.id < 0 || !this.root.children.has(first.id)) return null;
    let node: Node<T> | undefined = this.root;
    let end = -1;
    let best: T[] | null = null;
    for (let j = i; j < tokens.length && node; j++) {
      const token = tokens[j]!;
      if (token.id < 0) break;
      node = node.children.get(token.id);
      if (!node || node.entries.length === 0) continue;
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
    for (let i = 0; i < tokens.length;) {
      const match = this.longestAt(tokens, i, accept);
      if (match) {
        matches.push(match);
        i = match.end;
      } else i++;
    }
    return matches;
  }
}
