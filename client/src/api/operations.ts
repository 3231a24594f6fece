// The typed GraphQL operations for actors, relations, articles and search.

import type { GraphFilterInput } from '../state/filters';
import { request } from './client';
import type {
  ActorDetails,
  ArticleFull,
  ArticleSummary,
  RelationDetails,
  RelationType,
  SearchActor,
} from './types';

export { fetchGraph } from './graph';

const EVIDENCE_FIELDS = /* GraphQL */ `
  id sentence start end trigger modality confidence
  claimant { id name }
  claimantName
  article { id title source publishedAt url }
`;

const ACTOR = /* GraphQL */ `
  query ExplorerActor($id: ID!) {
    actor(id: $id) {
      id name kind wikidata aliases degree centrality
      relations {
        id type evidenceCount
        source { id name }
        target { id name }
        evidence { ${EVIDENCE_FIELDS} }
      }
    }
  }
`;

const RELATION = /* GraphQL */ `
  query ExplorerRelation($id: ID!, $filter: GraphFilter) {
    relation(id: $id, filter: $filter) {
      id type cameo evidenceCount articleCount publisherCount firstSeen lastSeen contested
      modalities { asserted hedged negated question }
      claimants { id name }
      source { id name }
      target { id name }
      evidence { ${EVIDENCE_FIELDS} }
    }
  }
`;

export async function fetchActor(id: string, signal?: AbortSignal): Promise<ActorDetails | null> {
  const data = await request<{ actor: ActorDetails | null }, { id: string }>(ACTOR, { id }, signal);
  return data.actor;
}

/** Splits `SOURCE:TYPE:TARGET`; actor ids never contain a colon. */
export function parseRelationId(
  id: string,
): { source: string; type: RelationType; target: string } | null {
  const parts = id.split(':');
  if (parts.length !== 3) return null;
  const [source, type, target] = parts as [string, string, string];
  return { source, type: type as RelationType, target };
}

/** The relation as the current filter counts it (so the evidence matches the canvas). */
export async function fetchRelation(
  id: string,
  filter: GraphFilterInput,
  signal?: AbortSignal,
): Promise<RelationDetails | null> {
  const data = await request<
    { relation: RelationDetails | null },
    { id: string; filter: GraphFilterInput }
  >(RELATION, { id, filter }, signal);
  return data.relation;
}

const ARTICLE = /* GraphQL */ `
  query ExplorerArticle($id: ID!) {
    article(id: $id) {
      id
      title
      source
      publishedAt
      url
      lang
      text
    }
  }
`;

export async function fetchArticle(id: string, signal?: AbortSignal): Promise<ArticleFull | null> {
  const data = await request<{ article: ArticleFull | null }, { id: string }>(
    ARTICLE,
    { id },
    signal,
  );
  return data.article;
}

const ARTICLES = /* GraphQL */ `
  query ExplorerArticles($search: String) {
    articles(search: $search, first: 100) {
      id
      title
      source
      publishedAt
      url
      lang
    }
  }
`;

export async function fetchArticles(
  search: string,
  signal?: AbortSignal,
): Promise<ArticleSummary[]> {
  const data = await request<{ articles: ArticleSummary[] }, { search: string | null }>(
    ARTICLES,
    { search: search.trim() || null },
    signal,
  );
  return data.articles;
}

const SEARCH = /* GraphQL */ `
  query ExplorerSearch($text: String!) {
    search(text: $text, first: 12) {
      actors {
        id
        name
        kind
        aliases
        degree
      }
    }
  }
`;

export async function searchActors(text: string, signal?: AbortSignal): Promise<SearchActor[]> {
  const data = await request<{ search: { actors: SearchActor[] } }, { text: string }>(
    SEARCH,
    { text },
    signal,
  );
  return data.search.actors;
}

const INGEST = /* GraphQL */ `
  mutation ExplorerIngest($input: ArticleInput!) {
    ingestArticle(input: $input) {
      created
      article {
        id
        title
        lang
      }
    }
  }
`;

export interface ArticleInput {
  text: string;
  title?: string;
  url?: string;
  source?: string;
  publishedAt?: string;
}

export async function ingestArticle(
  input: ArticleInput,
): Promise<{ created: boolean; article: { id: string; title: string | null; lang: string } }> {
  const data = await request<
    {
      ingestArticle: {
        created: boolean;
        article: { id: string; title: string | null; lang: string };
      };
    },
    { input: ArticleInput }
  >(INGEST, { input });
  return data.ingestArticle;
}
