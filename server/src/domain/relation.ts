// Relation types, modalities and the relation mention: one relation stated in one sentence.

export const RELATION_TYPES = [
  'SUPPLIES',
  'THREATENS',
  'ALLIES_WITH',
  'FIGHTS',
  'SUPPORTS',
  'SENDS_TROOPS_TO',
  'SANCTIONS',
  'CONDEMNS',
  'RECOGNIZES',
  'TRADES_WITH',
  'SEVERS_TIES',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** CAMEO root code of each relation type. */
export const CAMEO: Record<RelationType, string> = {
  SUPPLIES: '07',
  THREATENS: '13',
  ALLIES_WITH: '06',
  FIGHTS: '19',
  SUPPORTS: '05',
  SENDS_TROOPS_TO: '07',
  SANCTIONS: '16',
  CONDEMNS: '11',
  RECOGNIZES: '05',
  TRADES_WITH: '06',
  SEVERS_TIES: '16',
};

/** Relation types where A→B means the same as B→A. */
export const SYMMETRIC_TYPES: ReadonlySet<RelationType> = new Set<RelationType>([
  'ALLIES_WITH',
  'TRADES_WITH',
  'SEVERS_TIES',
]);

export const MODALITIES = ['ASSERTED', 'HEDGED', 'NEGATED', 'QUESTION'] as const;
export type Modality = (typeof MODALITIES)[number];

/** What the explorer shows unless asked otherwise. */
export const DEFAULT_MODALITIES: readonly Modality[] = ['ASSERTED', 'HEDGED'];

/** One relation as one sentence states it; the unit of evidence. */
export interface RelationMention {
  source: string;
  type: RelationType;
  target: string;
  /** Actor who asserts the relation, or null when the text asserts it itself. */
  claimant: string | null;
  /** The words naming the claimant in the text (e.g. "Mark Rutte"), or null. */
  claimantName: string | null;
  modality: Modality;
  sentence: string;
  /** Character offsets of the sentence in the article text (after front matter). */
  start: number;
  end: number;
  trigger: string;
  confidence: number;
}
