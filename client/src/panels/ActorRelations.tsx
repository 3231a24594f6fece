// An actor's relations grouped by direction (outgoing, incoming, mutual), each leading to its evidence.

import { SYMMETRIC_TYPES, type ActorDetails, type ActorRelation } from '../api/types';
import type { Selection } from '../state/selection';
import { relationLabel } from './format';
import { RelationGlyph } from './glyphs';

interface Group {
  title: string;
  relations: ActorRelation[];
}

function groupRelations(actorId: string, relations: readonly ActorRelation[]): Group[] {
  const byCount = (a: ActorRelation, b: ActorRelation) =>
    b.evidenceCount - a.evidenceCount || a.id.localeCompare(b.id);
  const mutual = relations.filter((r) => SYMMETRIC_TYPES.has(r.type));
  const directed = relations.filter((r) => !SYMMETRIC_TYPES.has(r.type));
  return [
    { title: 'Outgoing', relations: directed.filter((r) => r.source.id === actorId).sort(byCount) },
    { title: 'Incoming', relations: directed.filter((r) => r.source.id !== actorId).sort(byCount) },
    { title: 'Mutual', relations: mutual.sort(byCount) },
  ].filter((g) => g.relations.length > 0);
}

export function ActorRelations({
  actor,
  onSelect,
}: {
  actor: ActorDetails;
  onSelect: (selection: Selection) => void;
}) {
  const groups = groupRelations(actor.id, actor.relations);
  if (groups.length === 0) return <p className="muted">No asserted or hedged relations.</p>;
  return (
    <>
      {groups.map((g) => (
        <section key={g.title}>
          <h3 className="section-title">{g.title}</h3>
          <ul className="relation-list">
            {g.relations.map((r) => {
              const other = r.source.id === actor.id ? r.target : r.source;
              return (
                <li key={r.id}>
                  <button
                    type="button"
                    className="relation-row"
                    onClick={() => onSelect({ kind: 'relation', id: r.id })}
                    title={`${r.source.name} ${relationLabel(r.type)} ${r.target.name}`}
                  >
                    <RelationGlyph type={r.type} width={30} />
                    <span className="relation-row-text">
                      {g.title === 'Incoming' ? (
                        <>
                          <strong>{other.name}</strong> {relationLabel(r.type)} {actor.name}
                        </>
                      ) : (
                        <>
                          {relationLabel(r.type)} <strong>{other.name}</strong>
                        </>
                      )}
                    </span>
                    <span className="count" title="Evidence sentences">
                      {r.evidenceCount}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
