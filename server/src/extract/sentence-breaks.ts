// Sentence boundaries as Intl.Segmenter finds them (ICU's Unicode sentence-break rules, UAX #29),
// for text made only of characters whose sentence-break class is listed here; for any other text
// the caller asks Intl.Segmenter. The rules only act at sentence stops, so a plain scan is far
// cheaper than a segmenter call, and tests hold it to Intl.Segmenter's answers.

const UNKNOWN = 0;
const OTHER = 1;
const SP = 2;
const LOWER = 3;
const UPPER = 4;
const NUMERIC = 5;
const ATERM = 6;
const STERM = 7;
const CLOSE = 8;
const SCONTINUE = 9;

/** Classes of U+0000–U+024F and of the few later characters news uses (quotes, dashes, €). */
const TABLE_SIZE = 0x250;
const table = new Uint8Array(TABLE_SIZE);

function set(chars: string, cls: number): void {
  for (const ch of chars) table[ch.charCodeAt(0)] = cls;
}

for (let c = 0x20; c < 0x7f; c++) table[c] = OTHER;
for (let c = 0x61; c <= 0x7a; c++) table[c] = LOWER;
for (let c = 0x41; c <= 0x5a; c++) table[c] = UPPER;
for (let c = 0x30; c <= 0x39; c++) table[c] = NUMERIC;
set(' \t\u00a0', SP);
set('.', ATERM);
set('!?', STERM);
set('"\'()[]{}\u00ab\u00bb', CLOSE);
set(',-:;', SCONTINUE);
set('\u00a7\u00b0', OTHER);
// Latin letters: upper or lower case by their general category; any other (ª, º, ǅ, ƻ) is unknown.
for (let c = 0xc0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  if (/^\p{Lu}$/u.test(ch)) table[c] = UPPER;
  else if (/^\p{Ll}$/u.test(ch)) table[c] = LOWER;
}

function classOf(code: number): number {
  if (code < TABLE_SIZE) return table[code]!;
  switch (code) {
    case 0x2013: // – en dash
    case 0x2014: // — em dash
      return SCONTINUE;
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201a: // ‚
    case 0x201c: // “
    case 0x201d: // ”
    case 0x201e: // „
    case 0x2039: // ‹
    case 0x203a: // ›
      return CLOSE;
    case 0x2026: // …
    case 0x20ac: // €
      return OTHER;
    default:
      return UNKNOWN;
  }
}

/** A character without a class here, as one regex: its native scan is cheaper than a loop. */
const UNLISTED = ((): RegExp => {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let ranges = '';
  for (let c = 0; c < TABLE_SIZE; c++) {
    if (table[c] === UNKNOWN) continue;
    let e = c;
    while (e + 1 < TABLE_SIZE && table[e + 1] !== UNKNOWN) e++;
    ranges += e > c ? `${hex(c)}-${hex(e)}` : hex(c);
    c = e;
  }
  for (let c = TABLE_SIZE; c <= 0x20ac; c++) if (classOf(c) !== UNKNOWN) ranges += hex(c);
  return new RegExp(`[^${ranges}]`);
})();

/**
 * Pushes to `out` (plus `base`) the starts of the sentences after the first, as Intl.Segmenter
 * finds them, and returns true; returns false (pushing nothing) when `text` has a character whose
 * class is not listed here. A boundary can only follow a full stop or "?"/"!" with their closing
 * quotes and spaces; the rules say which of those do not break.
 */
export function sentenceBreaks(text: string, base: number, out: number[]): boolean {
  if (UNLISTED.test(text)) return false;
  const n = text.length;
  for (let i = 0; i < n;) {
    const code = text.charCodeAt(i);
    // Of the listed characters only ".", "!" and "?" end sentences.
    if (code !== 46 && code !== 33 && code !== 63) {
      i++;
      continue;
    }
    const p = i;
    let j = p + 1;
    while (j < n && classOf(text.charCodeAt(j)) === CLOSE) j++;
    while (j < n && classOf(text.charCodeAt(j)) === SP) j++;
    if (j >= n) return true;
    const next = classOf(text.charCodeAt(j));
    i = j;
    // SB8a: a comma, colon, dash or another stop continues the sentence.
    if (next === SCONTINUE || next === ATERM || next === STERM) continue;
    if (code === 46) {
      if (j === p + 1) {
        // SB6: "3.5"; SB7: "U.S." (a letter, a full stop, an upper-case letter).
        if (next === NUMERIC) continue;
        if (next === UPPER && p > 0) {
          const before = classOf(text.charCodeAt(p - 1));
          if (before === UPPER || before === LOWER) continue;
        }
      }
      // SB8: no break when the next letter (before any other stop) is lower-case.
      let k = j;
      let c = next;
      while (c !== UPPER && c !== LOWER && c !== ATERM && c !== STERM && ++k < n)
        c = classOf(text.charCodeAt(k));
      if (k < n && c === LOWER) continue;
    }
    out.push(base + j);
  }
  return true;
}
