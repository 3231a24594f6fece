// The actor view: who it is, and its relations grouped by direction, each leading to its evidence.

import { useCallback } from 'react';
import { fetchActor } from '../api/operations';
import { SYMMETRIC_TYPES, type ActorRelation } from '../api/types';
import { KIND_ENCODING } from '../graph/palette';
import type { Selection } from '../state/selection';
import { useQuery } from '../state/useQuery';
import { ActorSentences } from './ActorSentences';
import { relationLabel } from './format';
import { KindGlyph, RelationGlyph } from './glyphs';
import { ErrorMessage, Loading } from './StatusViews';

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

export function ActorDetails({
  id,
  onSelect,
}: {
  id: string;
  onSelect: (selection: Selection) => void;
}) {
  const fetcher = useCallback((signal: AbortSignal) => fetchActor(id, signal), [id]);
  const [state, retry] = useQuery(id, fetcher);

  if (state.status === 'loading') return <Loading label="Loading actor…" />;
  if (state.status === 'error') {
    return <ErrorMessage title="Could not load this actor" error={state.error} onRetry={retry} />;
  }
  const actor = state.data;
  if (!actor) return <p className="muted">No actor with id {id}.</p>;
  const groups = groupRelations(actor.id, actor.relations);

  return (
    <article className="details" data-testid="actor-details" aria-label="Actor">
      <p className="eyebrow">
        <KindGlyph kind={actor.kind} size={14} /> {KIND_ENCODING[actor.kind].label}
      </p>
      <h2 className="actor-name">{actor.name}</h2>
      <dl className="facts">
        <div>
          <dt>Code</dt>
          <dd>
            <code>{actor.id}</code>
          </dd>
        </div>
        <div>
          <dt>Wikidata</dt>
          <dd>
            {actor.wikidata ? (
              <a
                href={`https://www.wikidata.org/wiki/${actor.wikidata}`}
                target="_blank"
                rel="noreferrer"
              >
                {actor.wikidata}
              </a>
            ) : (
              <span className="muted">none</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Relations</dt>
          <dd>{actor.relations.length}</dd>
        </div>
      </dl>
      {groups.length === 0 && <p className="muted">No asserted or hedged relations.</p>}
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
      <ActorSentences actor={actor} onSelect={onSelect} />
    </article>
  );
}
