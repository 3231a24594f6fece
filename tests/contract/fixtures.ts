// Hand-built articles for the contract suite: three articles, every modality, claimants, a
// symmetric relation stated in both directions, and a relation type in both directions.

import { createHash } from 'node:crypto';
import type {
  Actor,
  Article,
  ArticleGraph,
  Modality,
  RelationMention,
  RelationType,
} from '../../server/src/domain';

export const ACTORS = {
  RUS: { id: 'RUS', name: 'Russia', kind: 'STATE', wikidata: 'Q159' },
  PRK: { id: 'PRK', name: 'North Korea', kind: 'STATE', wikidata: 'Q423' },
  USA: { id: 'USA', name: 'United States', kind: 'STATE', wikidata: 'Q30' },
  UKR: { id: 'UKR', name: 'Ukraine', kind: 'STATE', wikidata: 'Q212' },
  CHN: { id: 'CHN', name: 'China', kind: 'STATE', wikidata: 'Q148' },
  NATO: { id: 'NATO', name: 'NATO', kind: 'ORGANISATION', wikidata: 'Q7184' },
  ISW: { id: 'ISW', name: 'Institute for the Study of War', kind: 'ORGANISATION', wikidata: null },
} satisfies Record<string, Actor>;

export interface Fixture {
  article: Article;
  graph: ArticleGraph;
}

interface Statement {
  sentence: string;
  source: keyof typeof ACTORS;
  type: RelationType;
  target: keyof typeof ACTORS;
  modality: Modality;
  trigger: string;
  claimant?: keyof typeof ACTORS;
  claimantName?: string;
  confidence?: number;
}

/** Builds an article whose text is its sentences, with offsets computed, never typed by hand. */
export function buildFixture(
  meta: Omit<Article, 'id' | 'text' | 'ingestedAt'>,
  statements: Statement[],
  extraActors: Actor[] = [],
): Fixture {
  const text = [...new Set(statements.map((s) => s.sentence))].join(' ');
  const id = createHash('sha256').update(text).digest('hex');
  const mentions = statements.map((s): RelationMention => {
    const start = text.indexOf(s.sentence);
    return {
      source: s.source,
      type: s.type,
      target: s.target,
      claimant: s.claimant ?? null,
      claimantName: s.claimantName ?? null,
      modality: s.modality,
      sentence: s.sentence,
      start,
      end: start + s.sentence.length,
      trigger: s.trigger,
      confidence: s.confidence ?? 0.9,
    };
  });
  const ids = new Set(statements.flatMap((s) => [s.source, s.target, s.claimant ?? s.source]));
  const actors = [...ids].map((key) => ACTORS[key as keyof typeof ACTORS]);
  return {
    article: { ...meta, id, text, ingestedAt: '2024-12-01T09:00:00.000Z' },
    graph: { actors: [...actors, ...extraActors], mentions },
  };
}

/** German, 10 November 2024, NATO and ISW as claimants. */
export const BLUE_NEWS = buildFixture(
  {
    title: 'Bedroht Putin-Kim-Bündnis auch die USA?',
    url: 'https://www.bluewin.ch/de/news/international/putin-kim',
    source: 'blue News',
    author: 'Stefan Michel',
    publishedAt: '2024-11-10T20:45:00+01:00',
    lang: 'de',
  },
  [
    {
      sentence: '«Russland liefert Nordkorea die neuste Technologie», sagt Mark Rutte.',
      source: 'RUS',
      type: 'SUPPLIES',
      target: 'PRK',
      modality: 'ASSERTED',
      trigger: 'liefert',
      claimant: 'NATO',
      claimantName: 'Mark Rutte',
      confidence: 0.75,
    },
    {
      sentence: 'Das ISW hält es für wahrscheinlich, dass Nordkorea die USA bedroht.',
      source: 'PRK',
      type: 'THREATENS',
      target: 'USA',
      modality: 'HEDGED',
      trigger: 'bedroht',
      claimant: 'ISW',
      claimantName: 'Das ISW',
    },
    {
      sentence: 'Russland ist ein enger Verbündeter Nordkoreas.',
      source: 'RUS',
      type: 'ALLIES_WITH',
      target: 'PRK',
      modality: 'ASSERTED',
      trigger: 'Verbündeter',
    },
    {
      sentence: 'Nordkorea hat einige tausend Soldaten nach Russland geschickt.',
      source: 'PRK',
      type: 'SENDS_TROOPS_TO',
      target: 'RUS',
      modality: 'ASSERTED',
      trigger: 'geschickt',
      confidence: 1,
    },
  ],
);

/** English, 1 November 2024 (older than BLUE_NEWS), with a denial. */
export const WIRE = buildFixture(
  {
    title: 'North Korea and Russia deepen their alliance',
    url: null,
    source: 'Wire',
    author: null,
    publishedAt: '2024-11-01T12:00:00Z',
    lang: 'en',
  },
  [
    {
      sentence: 'North Korea is allied with Russia.',
      source: 'PRK',
      type: 'ALLIES_WITH',
      target: 'RUS',
      modality: 'ASSERTED',
      trigger: 'allied',
    },
    {
      sentence: 'Moscow denied that Russia supplies North Korea with missile technology.',
      source: 'RUS',
      type: 'SUPPLIES',
      target: 'PRK',
      modality: 'NEGATED',
      trigger: 'supplies',
      claimant: 'RUS',
      claimantName: 'Moscow',
    },
    {
      sentence: 'North Korea has likely sent troops to Russia.',
      source: 'PRK',
      type: 'SENDS_TROOPS_TO',
      target: 'RUS',
      modality: 'HEDGED',
      trigger: 'sent',
    },
  ],
);

/** English, no date, no title: a question, a hedge, and the reverse of a directed relation. */
export const UNDATED = buildFixture(
  { title: null, url: null, source: null, author: null, publishedAt: null, lang: 'en' },
  [
    {
      sentence: 'Does China threaten the USA?',
      source: 'CHN',
      type: 'THREATENS',
      target: 'USA',
      modality: 'QUESTION',
      trigger: 'threaten',
    },
    {
      sentence: 'Russia probably supplies North Korea with oil.',
      source: 'RUS',
      type: 'SUPPLIES',
      target: 'PRK',
      modality: 'HEDGED',
      trigger: 'supplies',
    },
    {
      sentence: 'North Korea supplies Russia with shells.',
      source: 'PRK',
      type: 'SUPPLIES',
      target: 'RUS',
      modality: 'ASSERTED',
      trigger: 'supplies',
    },
    {
      sentence: 'Russia fights Ukraine.',
      source: 'RUS',
      type: 'FIGHTS',
      target: 'UKR',
      modality: 'ASSERTED',
      trigger: 'fights',
    },
  ],
);

export const ALL_FIXTURES = [BLUE_NEWS, WIRE, UNDATED] as const;

/** `count` distinct English articles, each asserting that Russia supplies North Korea. */
export function supplyReports(count: number): Fixture[] {
  return Array.from({ length: count }, (_, i) =>
    buildFixture(
      {
        title: `Report ${i}`,
        url: null,
        source: 'Wire',
        author: null,
        publishedAt: `2024-10-${String(i + 1).padStart(2, '0')}T08:00:00Z`,
        lang: 'en',
      },
      [
        {
          sentence: `Report ${i}: Russia supplies North Korea with fuel.`,
          source: 'RUS',
          type: 'SUPPLIES',
          target: 'PRK',
          modality: 'ASSERTED',
          trigger: 'supplies',
        },
        {
          sentence: `Report ${i}: North Korea is allied with Russia.`,
          source: i % 2 === 0 ? 'PRK' : 'RUS',
          type: 'ALLIES_WITH',
          target: i % 2 === 0 ? 'RUS' : 'PRK',
          modality: 'ASSERTED',
          trigger: 'allied',
        },
      ],
    ),
  );
}

/** An actor only the extra fixture names: North Korea under another code, to be merged. */
export const DPRK: Actor = {
  id: 'DPRK',
  name: 'Democratic People’s Republic of Korea',
  kind: 'STATE',
  wikidata: null,
};

/** English, 5 November 2024: the DPRK threatens the USA, and Ukraine allies with the USA. */
export const EXTRA = buildFixture(
  {
    title: 'Pyongyang and Kyiv',
    url: null,
    source: 'Extra',
    author: null,
    publishedAt: '2024-11-05T00:00:00Z',
    lang: 'en',
  },
  [
    {
      sentence: 'The DPRK threatens the United States.',
      source: 'USA',
      type: 'THREATENS',
      target: 'USA',
      modality: 'ASSERTED',
      trigger: 'threatens',
    },
    {
      sentence: 'Ukraine is allied with the United States.',
      source: 'UKR',
      type: 'ALLIES_WITH',
      target: 'USA',
      modality: 'ASSERTED',
      trigger: 'allied',
    },
  ],
);
// buildFixture only knows ACTORS; the DPRK is swapped in afterwards.
EXTRA.graph.actors.push(DPRK);
EXTRA.graph.mentions[0] = { ...EXTRA.graph.mentions[0]!, source: 'DPRK' };
