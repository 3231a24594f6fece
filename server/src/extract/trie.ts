// A trie over token sequences: the gazetteer, triggers and cues are all matched with it, longest first.

import { tokenize } from './tokens';
import type { Token } from './types';

interface Entry<T> {
  value: T;
  /** Per key token: the exact text required (acronyms like "US" must not match "us"), or null. */
  exact: (string | null)[];
}

interface Node<T> {
  children: Map<string, Node<T>>;
  entries: Entry<T>[];
}

export interface TrieMatch<T> {
  start: number;
  end: number;
  values: T[];
}

const ACRONYM = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

function newNode<T>(): Node<T> {
  return { children: new Map(), entries: [] };
}

export class TokenTrie<T> {
  private readonly root: Node<T> = newNode();

  /** Adds a phrase; all-capital words in it (US, UN, ISW) must match exactly, the rest ignores case. */
  add(phrase: string, value: T, caseSensitive = false): void {
    const keys = tokenize(phrase);
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.children.get(key.norm);
      if (!child) {
        child = newNode();
        node.children.set(key.norm, child);
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
    accept: (value: T) => boolean = () => true,
  ): TrieMatch<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: TrieMatch<T> | null = null;
    for (let j = i; j < tokens.length && node; j++) {
      const token = tokens[j]!;
      node = node.children.get(token.norm);
      if (!node || node.entries.length === 0) continue;
      const values = node.entries
        .filter((entry) =>
          entry.exact.every(
            (text, k) => text === null || tokens[i + k]?.text.replace(/'s$|’s$/, '') === text,
          ),
        )
        .map((entry) => entry.value)
        .filter(accept);
      if (values.length > 0) best = { start: i, end: j + 1, values };
    }
    return best;
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
