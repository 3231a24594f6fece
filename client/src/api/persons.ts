// Which actor each person acts for (Actor.actsFor, from the lexicon's offices): the map the
// "collapse persons" filter folds person nodes along.

import { request } from './client';
import type { ActorKind } from './types';

export interface ActsFor {
  id: string;
  name: string;
  kind: ActorKind;
}

const PERSONS = /* GraphQL */ `
  query ExplorerPersons($after: String) {
    actors(kinds: [PERSON], first: 200, after: $after) {
      nodes {
        id
        actsFor {
          id
          name
          kind
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface PersonsPage {
  actors: {
    nodes: { id: string; actsFor: ActsFor | null }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** Person id → the actor it acts for; persons without an office are left out. */
export async function fetchActsFor(signal?: AbortSignal): Promise<Map<string, ActsFor>> {
  const out = new Map<string, ActsFor>();
  let after: string | null = null;
  // A bounded walk: the lexicon's persons fit in a few pages.
  for (let page = 0; page < 20; page += 1) {
    const data: PersonsPage = await request<PersonsPage, { after: string | null }>(
      PERSONS,
      { after },
      signal,
    );
    for (const p of data.actors.nodes) if (p.actsFor) out.set(p.id, p.actsFor);
    if (!data.actors.pageInfo.hasNextPage) break;
    after = data.actors.pageInfo.endCursor;
  }
  return out;
}
