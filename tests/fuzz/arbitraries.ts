// Generators for the fuzz suites: article-like text built from the words the extractor reacts to,
// mixed with the Unicode and control characters that break naive text code, plus broken front
// matter and hostile HTML. Shared by the extractor, parser and ingest-mutation properties.

import fc from 'fast-check';

/** Names, triggers and cues the lexicon knows, so generated texts do yield mentions. */
const WORDS = [
  'Russland',
  'Nordkorea',
  'China',
  'die USA',
  'Die Ukraine',
  'Putin',
  'Kim Jong-un',
  'Nato',
  'Mark Rutte',
  'Russia',
  'North Korea',
  'the EU',
  'Ukraine',
  'Iran',
  'Taiwan',
  'Moskau',
  'Pjöngjang',
  'Washington',
  'liefert',
  'bedroht',
  'unterstützt',
  'sanktioniert',
  'kämpft gegen',
  'erhalte',
  'nicht',
  'keine',
  'vermutlich',
  'sagt',
  'laut',
  'supplies',
  'threatens',
  'supports',
  'sanctions',
  'sends troops to',
  'denied',
  'likely',
  'according to',
  'said',
  'with missiles',
  'Raketen',
];

const PUNCTUATION = [
  ' ',
  ' ',
  ' ',
  '.',
  '. ',
  '? ',
  '! ',
  ', ',
  '; ',
  ': ',
  '"',
  '„',
  '“',
  '«',
  '»',
  '(',
  ')',
  ' – ',
  '…',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  'Dr.',
  'z. B.',
  'U.S.',
  '1.',
  '10.11.2024',
];

/** The characters that break naive text handling. */
const ODD = [
  '\uD800', // lone high surrogate
  '\uDC00', // lone low surrogate
  '\uDBFF\uDFFF', // highest astral code point
  'e\u0301', // combining acute
  'a\u0308\u0308\u0308', // stacked combining marks
  '\u202E', // right-to-left override
  '\u200F', // right-to-left mark
  'روسيا تزود كوريا الشمالية', // Arabic, RTL
  'רוסיה', // Hebrew
  '\u200B', // zero-width space
  '\u200D', // zero-width joiner
  '\uFEFF', // byte-order mark
  '🇷🇺',
  '👩‍👩‍👧',
  '🚀',
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001B[31m',
  '\u007F',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u00A0',
  'ß',
  'İ',
  'ﬁ',
  '\uFFFD',
  '\uFFFF',
];

export const oddChar = fc.constantFrom(...ODD);

/** One huge token: a run of one character or word with nothing to split it. */
export const hugeToken = fc
  .tuple(fc.constantFrom('a', 'Russland', '.', '-', '\u0301', 'x'.repeat(7), '"'), fc.nat(3000))
  .map(([unit, count]) => unit.repeat(count + 1));

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 3, arbitrary: oddChar },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

const ACTORS = WORDS.slice(0, 18);
const TRIGGERS = WORDS.slice(18, 35);
const CUES = [
  '',
  '',
  ' nicht',
  ' vermutlich',
  ', sagt Rutte',
  ', according to the ISW',
  ' likely',
  '?',
];
const SEPARATORS = [
  ' ',
  ' ',
  ' ',
  ' ',
  '  ',
  '\u00A0',
  ' \u200B',
  '\u0301 ',
  ' \u202E',
  '\t',
  '\n',
];

/** A sentence shaped like a relation (actor, trigger, actor), with noise between the words. */
const relationSentence = fc
  .tuple(
    fc.constantFrom(...ACTORS),
    fc.constantFrom(...TRIGGERS),
    fc.constantFrom(...ACTORS),
    fc.constantFrom(...CUES),
    fc.array(fc.oneof(oddChar, fc.constantFrom(...SEPARATORS)), { minLength: 3, maxLength: 3 }),
    fc.constantFrom('.', '?', '!', '', '…', '."', '.»'),
  )
  .map(
    ([source, trigger, target, cue, [a, b, c], end]) =>
      `${source}${a ?? ' '}${trigger}${b ?? ' '}${target}${c ?? ''}${cue}${end}`,
  );

/** Words, punctuation and odd characters in any order. */
const noiseSentence = fc.array(fragment, { maxLength: 25 }).map((parts) => parts.join(' '));

const sentence = fc.oneof(
  { weight: 3, arbitrary: relationSentence },
  { weight: 2, arbitrary: noiseSentence },
);

/** Article-like text: relation sentences and noise, in paragraphs, with odd characters. */
export const articleText = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .array(fc.tuple(sentence, fc.constantFrom(' ', ' ', '\n', '\n\n', '\r\n', '')), {
        maxLength: 20,
      })
      .map((parts) => parts.map(([text, gap]) => text + gap).join('')),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(sentence, { maxLength: 4 }), hugeToken, fc.array(sentence, { maxLength: 4 }))
      .map(([before, huge, after]) => [...before, huge, ...after].join(' ')),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
);

/** Front matter, broken in as many ways as YAML allows, above an article text. */
const YAML_BITS = [
  'title: ',
  'title: "Russland"',
  'publishedAt: ',
  'publishedAt: 2024-11-10',
  'date: 2024-13-45',
  'date: 99999999999999',
  'lang: de',
  'lang: [en]',
  'url: ',
  'source: ',
  'author: ',
  ':',
  '- ',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '*alias',
  '&anchor ',
  '!!js/function "function () {}"',
  '!!binary',
  '!!timestamp x',
  '|',
  '>',
  '? ',
  '#',
  '%YAML 1.2',
  '<<: *a',
  '\t',
  '  ',
  '\n',
  '---',
  '...',
];

export const markdownFile = fc
  .tuple(
    fc.constantFrom('---\n', '---\r\n', '--- \n', '---', '', '\uFEFF---\n', '----\n'),
    fc.array(
      fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...YAML_BITS) },
        { weight: 1, arbitrary: oddChar },
        { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
      ),
      { maxLength: 30 },
    ),
    fc.constantFrom('\n---\n', '\n---', '\n', '\n...\n', ''),
    articleText,
  )
  .map(([open, yaml, close, body]) => `${open}${yaml.join('')}${close}${body}`);

const TAGS = [
  'div',
  'p',
  'span',
  'article',
  'section',
  'main',
  'table',
  'tr',
  'td',
  'ul',
  'li',
  'blockquote',
  'a',
  'b',
  'h1',
  'pre',
  'script',
  'style',
  'template',
  'svg',
  'noscript',
  'iframe',
  'title',
];

const ATTRIBUTES = [
  '',
  ' class="article-body"',
  ' id="content"',
  ' lang="de"',
  ' onerror="alert(1)"',
  ' style="display:none"',
  ' href="javascript:alert(1)"',
  ' x="\u0000"',
  ' unclosed="',
];

interface HtmlTree {
  html: string;
}

const { tree } = fc.letrec<{ tree: HtmlTree; node: HtmlTree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    articleText.map((text) => ({ html: text.replace(/</g, '&lt;') })),
    tie('node'),
  ),
  node: fc
    .tuple(
      fc.constantFrom(...TAGS),
      fc.constantFrom(...ATTRIBUTES),
      fc.array(tie('tree'), { maxLength: 4 }),
      fc.boolean(),
    )
    .map(([tag, attributes, children, closed]) => ({
      html: `<${tag}${attributes}>${children.map((c) => c.html).join('')}${closed ? `</${tag}>` : ''}`,
    })),
}));

const HEAD_BITS = [
  '<meta property="og:title" content="Waffen &amp; <Raketen>">',
  '<meta name="author" content="\u202EAnna">',
  '<meta property="article:published_time" content="not a date">',
  '<meta property="article:published_time" content="2024-11-10T08:00:00Z">',
  '<link rel="canonical" href="javascript:alert(1)">',
  '<title>Kim &amp; Putin',
  '<meta charset="utf-16">',
  '<base href="file:///etc/passwd">',
];

/** A web page: a random element tree, sometimes in a full document with metadata, sometimes not. */
export const htmlPage = fc.oneof(
  tree.map((t) => t.html),
  fc
    .tuple(
      fc.subarray(HEAD_BITS),
      tree,
      fc.constantFrom('<html>', '<html lang="de-CH">', '<HTML lang=en>'),
    )
    .map(
      ([head, body, open]) =>
        `<!doctype html>${open}<head>${head.join('')}</head><body>${body.html}</body></html>`,
    ),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** Nesting `depth` elements deep: what a hostile or broken page generator produces. */
export function nestedHtml(depth: number, tag = 'div'): string {
  return `<html><body>${`<${tag}>`.repeat(depth)}<p>Russland liefert Nordkorea Raketen.</p>${`</${tag}>`.repeat(depth)}</body></html>`;
}
