// Actors: the states, organisations, regions and persons that relations connect.

export const ACTOR_KINDS = ['STATE', 'ORGANISATION', 'REGION', 'PERSON'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Actor {
  /** ISO 3166-1 alpha-3 for states, stable upper-case codes for the rest (NATO, EU, EUR). */
  id: string;
  /** English display name. */
  name: string;
  kind: ActorKind;
  /** Wikidata item id (Q…), when known. */
  wikidata: string | null;
}
