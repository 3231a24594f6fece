// What the user is looking at: one actor, one relation, or nothing.

export type Selection = { kind: 'actor'; id: string } | { kind: 'relation'; id: string } | null;

export function sameSelection(a: Selection, b: Selection): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}
