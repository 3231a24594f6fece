// Synthetic news articles for bulk-ingest tests and benchmarks: deterministic (seeded PRNG),
// German and English sentences built from actor names and relation verbs the extractor knows.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GeneratedArticle {
  /** Stable file stem, e.g. `article-00042`. */
  name: string;
  lang: 'de' | 'en';
  title: string;
  source: string;
  author: string;
  url: string;
  publishedAt: string;
  text: string;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Every actor of the lexicon: German subject form, German object form (with article where
 * needed), English form. Listed by popularity: the article generator draws them with Zipf
 * weights (the n-th is 1/n as likely as the first), as a news archive names a few actors often
 * and most rarely.
 */
const ACTORS: readonly (readonly [string, string, string])[] = [
  ['Russland', 'Russland', 'Russia'],
  ['Nordkorea', 'Nordkorea', 'North Korea'],
  ['China', 'China', 'China'],
  ['Die USA', 'die USA', 'The USA'],
  ['Die Ukraine', 'die Ukraine', 'Ukraine'],
  ['Kanada', 'Kanada', 'Canada'],
  ['Deutschland', 'Deutschland', 'Germany'],
  ['Frankreich', 'Frankreich', 'France'],
  ['Japan', 'Japan', 'Japan'],
  ['Indien', 'Indien', 'India'],
  ['Iran', 'Iran', 'Iran'],
  ['Polen', 'Polen', 'Poland'],
  ['Die Türkei', 'die Türkei', 'Turkey'],
  ['Taiwan', 'Taiwan', 'Taiwan'],
  ['Südkorea', 'Südkorea', 'South Korea'],
  ['Norwegen', 'Norwegen', 'Norway'],
  ['Die Nato', 'die Nato', 'NATO'],
  ['Die EU', 'die EU', 'The EU'],
  ['Grossbritannien', 'Grossbritannien', 'Britain'],
  ['Israel', 'Israel', 'Israel'],
  ['Syrien', 'Syrien', 'Syria'],
  ['Belarus', 'Belarus', 'Belarus'],
  ['Die Niederlande', 'die Niederlande', 'The Netherlands'],
  ['Die UNO', 'die UNO', 'The United Nations'],
  ['Europa', 'Europa', 'Europe'],
  ['Italien', 'Italien', 'Italy'],
  ['Australien', 'Australien', 'Australia'],
  ['Brasilien', 'Brasilien', 'Brazil'],
  ['Saudi-Arabien', 'Saudi-Arabien', 'Saudi Arabia'],
  ['Mexiko', 'Mexiko', 'Mexico'],
  ['Indonesien', 'Indonesien', 'Indonesia'],
  ['Argentinien', 'Argentinien', 'Argentina'],
  ['Südafrika', 'Südafrika', 'South Africa'],
  ['Die G7', 'die G7', 'The G7'],
  ['Die IAEA', 'die IAEA', 'The IAEA'],
  ['Die Afrikanische Union', 'die Afrikanische Union', 'The African Union'],
  ['Der Indo-Pazifik', 'den Indo-Pazifik', 'The Indo-Pacific'],
  ['Die Sowjetunion', 'die Sowjetunion', 'The Soviet Union'],
  ['Das ISW', 'das ISW', 'The ISW'],
];

/** Cumulative Zipf weights over ACTORS, for drawing by popularity. */
const ACTOR_CUMULATIVE: readonly number[] = (() => {
  let total = 0;
  const sums = ACTORS.map((_, rank) => (total += 1 / (rank + 1)));
  return sums.map((sum) => sum / total);
})();

const GOODS_DE = ['Raketen', 'Munition', 'Drohnen', 'Panzer', 'Artilleriegranaten'];
const GOODS_EN = ['missiles', 'ammunition', 'drones', 'tanks', 'artillery shells'];

type Template = (s: string, t: string, pick: <T>(items: readonly T[]) => T) => string;

// Each template states one relation; a few are hedged, negated or questions.
const GERMAN: readonly Template[] = [
  (s, t, pick) => `${s} liefert ${t} ${pick(GOODS_DE)}.`,
  (s, t) => `${s} bedroht ${t}.`,
  (s, t) => `${s} unterstützt ${t}.`,
  (s, t) => `${s} sanktioniert ${t}.`,
  (s, t) => `${s} verurteilt ${t}.`,
  (s, t) => `${s} kämpft gegen ${t}.`,
  (s, t, pick) => `${s} liefert vermutlich ${t} ${pick(GOODS_DE)}.`,
  (s, t) => `${s} bedroht ${t} nicht.`,
  (s, t) => `Bedroht ${s.replace(/^(Die|Der|Das) /, (article) => article.toLowerCase())} ${t}?`,
];

const ENGLISH: readonly Template[] = [
  (s, t, pick) => `${s} supplies ${t} with ${pick(GOODS_EN)}.`,
  (s, t) => `${s} threatens ${t}.`,
  (s, t) => `${s} supports ${t}.`,
  (s, t) => `${s} sanctions ${t}.`,
  (s, t) => `${s} condemns ${t}.`,
  (s, t) => `${s} sends troops to ${t}.`,
  (s, t, pick) => `${s} likely supplies ${t} with ${pick(GOODS_EN)}.`,
  (s, t) => `According to the ISW, ${s.replace(/^The /, 'the ')} threatens ${t}.`,
];

const PUBLISHERS = ['blue News', 'Der Kurier', 'The Daily Wire Service', 'Le Monde Digest', 'ORF'];
const AUTHORS = ['Anna Berger', 'Tom Hale', 'Jonas Keller', 'Maria Rossi', 'Lea Novak'];

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** Sentences with a relation per article (default 3–7). */
  minSentences?: number;
  maxSentences?: number;
}

export function generateArticles({
  count,
  seed = 42,
  minSentences = 3,
  maxSentences = 7,
}: GenerateOptions): GeneratedArticle[] {
  const random = prng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const pickActor = () => {
    const r = random();
    return ACTORS[ACTOR_CUMULATIVE.findIndex((sum) => r < sum)] ?? ACTORS[ACTORS.length - 1]!;
  };
  const base = Date.UTC(2022, 0, 1);
  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const lang = random() < 0.5 ? 'de' : 'en';
    const sentences: string[] = [];
    const n = minSentences + int(maxSentences - minSentences + 1);
    for (let k = 0; k < n; k++) {
      const s = pickActor();
      let t = pickActor();
      while (t === s) t = pickActor();
      sentences.push(
        lang === 'de'
          ? pick(GERMAN)(s[0], t[1], pick)
          : pick(ENGLISH)(s[2], t[2].replace(/^The /, 'the '), pick),
      );
    }
    // A numbered closing line keeps every text (and so every article id) distinct.
    sentences.push(
      lang === 'de'
        ? `Bericht Nr. ${i + 1} (Serie ${seed}).`
        : `Report no. ${i + 1} (series ${seed}).`,
    );
    const name = `article-${String(i + 1).padStart(5, '0')}`;
    const publishedAt = new Date(base + int(3 * 365) * 86_400_000 + int(86_400) * 1000);
    articles.push({
      name,
      lang,
      title: lang === 'de' ? `Lagebericht ${i + 1}` : `Situation report ${i + 1}`,
      source: pick(PUBLISHERS),
      author: pick(AUTHORS),
      url: `https://news.example.org/${seed}/${name}`,
      publishedAt: publishedAt.toISOString(),
      // Two sentences per paragraph, as news sites lay them out.
      text: paragraphs(sentences),
    });
  }
  return articles;
}

function paragraphs(sentences: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += 2) out.push(sentences.slice(i, i + 2).join(' '));
  return `${out.join('\n\n')}\n`;
}

export function toMarkdown(article: GeneratedArticle): string {
  return [
    '---',
    `title: "${article.title}"`,
    `source: "${article.source}"`,
    `author: "${article.author}"`,
    `url: "${article.url}"`,
    `publishedAt: "${article.publishedAt}"`,
    `lang: ${article.lang}`,
    '---',
    article.text,
  ].join('\n');
}

export function toJsonLine(article: GeneratedArticle): string {
  const { text, title, url, source, author, publishedAt, lang } = article;
  return JSON.stringify({ text, title, url, source, author, publishedAt, lang });
}

/** Writes one .md file per article into `dir` (created); returns the paths in order. */
export function writeMarkdownFiles(dir: string, articles: readonly GeneratedArticle[]): string[] {
  mkdirSync(dir, { recursive: true });
  return articles.map((article) => {
    const path = join(dir, `${article.name}.md`);
    writeFileSync(path, toMarkdown(article));
    return path;
  });
}

/** Writes all articles into one .jsonl file. */
export function writeJsonl(path: string, articles: readonly GeneratedArticle[]): string {
  writeFileSync(path, `${articles.map(toJsonLine).join('\n')}\n`);
  return path;
}
