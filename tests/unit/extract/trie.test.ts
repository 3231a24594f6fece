// The token trie behind the gazetteer, triggers and cues: longest match first, exact spelling for
// acronyms, caller conditions, and phrases added after a lookup.

import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../server/src/extract/tokens';
import { TokenTrie } from '../../../server/src/extract/trie';

function matches(trie: TokenTrie<string>, text: string): string[] {
  const tokens = tokenize(text);
  return trie.scan(tokens).map(
    (m) =>
      `${tokens
        .slice(m.start, m.end)
        .map((t) => t.text)
        .join(' ')}=${m.values.join('+')}`,
  );
}

describe('the token trie', () => {
  it('prefers the longest phrase and falls back to a shorter one', () => {
    const trie = new TokenTrie<string>();
    trie.add('North', 'N');
    trie.add('North Korea', 'PRK');
    trie.add('North Korean army', 'ARMY');
    expect(matches(trie, 'North Korea and the North Korean navy, North')).toEqual([
      'North Korea=PRK',
      'North=N',
      'North=N',
    ]);
    expect(matches(trie, 'the North Korean army')).toEqual(['North Korean army=ARMY']);
  });

  it('keeps every value of a phrase, in the order they were added', () => {
    const trie = new TokenTrie<string>();
    trie.add('support', 'verb');
    trie.add('Support', 'noun');
    expect(matches(trie, 'They support it')).toEqual(['support=verb+noun']);
  });

  it('matches acronyms only as written, possessive included', () => {
    const trie = new TokenTrie<string>();
    trie.add('US', 'USA');
    trie.add('the US', 'USA-the');
    expect(matches(trie, 'Let us talk to the US and the US’s allies, US')).toEqual([
      'the US=USA-the',
      'the US’s=USA-the',
      'US=USA',
    ]);
    expect(matches(trie, 'the us')).toEqual([]);
  });

  it('keeps only the values the caller accepts, and a shorter match when none is left', () => {
    const trie = new TokenTrie<string>();
    trie.add('according', 'a');
    trie.add('according to', 'b');
    const tokens = tokenize('according to them');
    expect(trie.longestAt(tokens, 0)).toMatchObject({ start: 0, end: 2, values: ['b'] });
    expect(trie.longestAt(tokens, 0, (v) => v !== 'b')).toMatchObject({ end: 1, values: ['a'] });
    expect(trie.longestAt(tokens, 0, () => false)).toBeNull();
    expect(trie.longestAt(tokens, 2)).toBeNull();
    expect(trie.longestAt(tokens, 3)).toBeNull();
  });

  it('finds phrases added after earlier lookups', () => {
    const trie = new TokenTrie<string>();
    trie.add('Kiew', 'UKR');
    expect(matches(trie, 'Kiew und Charkiw')).toEqual(['Kiew=UKR']);
    trie.add('Charkiw', 'UKR-city');
    trie.add('Kiew und Charkiw', 'both');
    expect(matches(trie, 'Kiew und Charkiw, Charkiw')).toEqual([
      'Kiew und Charkiw=both',
      'Charkiw=UKR-city',
    ]);
  });
});
