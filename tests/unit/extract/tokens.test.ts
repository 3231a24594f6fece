// The tokenizer is a hand-written scanner (for speed); it must cut exactly where the regex it
// replaced cuts, including astral letters, lone surrogates, gender stars and joining hyphens.

import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../server/src/extract/tokens';

const TOKEN = /[\p{L}\p{N}]+(?:[*_·]innen|['’][\p{L}]+)?|\S/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const HYPHENS = new Set(['-', '‑', '‐']);

/** The regex tokenizer the scanner replaced: surface, offsets, word and joined flags. */
function reference(text: string): string[] {
  const out: { text: string; start: number; end: number; word: boolean; joined: boolean }[] = [];
  let joinNext = false;
  for (const match of text.matchAll(TOKEN)) {
    const surface = match[0];
    const index = match.index;
    const word = WORD_CHAR.test(surface);
    const prev = out[out.length - 1];
    const next = text[index + 1];
    if (!word && HYPHENS.has(surface) && prev?.word && prev.end === index) {
      if (next !== undefined && WORD_CHAR.test(next)) {
        joinNext = true;
        continue;
      }
    }
    out.push({ text: surface, start: index, end: index + surface.length, word, joined: joinNext });
    joinNext = false;
  }
  return out.map((t) => `${t.text}@${t.start}-${t.end}${t.word ? 'w' : ''}${t.joined ? 'j' : ''}`);
}

function scanned(text: string): string[] {
  return tokenize(text).map(
    (t) => `${t.text}@${t.start}-${t.end}${t.word ? 'w' : ''}${t.joined ? 'j' : ''}`,
  );
}

// prettier-ignore
const PIECES = [
  'a', 'Z', 'ä', 'ß', '’', "'", '*', '_', '·', 'innen', '-', '‑', '‐', '—', ' ', '\u00a0',
  '\u2028', '\t', '1', '٣', '😀', '\ud83d', '\ude00', '𝐀', 'e\u0301', '.', '«', '»', 'İ', '\ufeff',
];

describe('tokenizer', () => {
  it('cuts like the word regex on composed news text', () => {
    const text =
      "Analyst*innen sagen, Russia's Putin-Kim-Bündnis didn't 1.000 US‑Städte «bedrohe».";
    expect(scanned(text)).toEqual(reference(text));
  });

  it('cuts like the word regex on random mixes of tricky characters', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const length = Math.floor(random() * 24);
      for (let k = 0; k < length; k++) text += PIECES[Math.floor(random() * PIECES.length)]!;
      expect(scanned(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
