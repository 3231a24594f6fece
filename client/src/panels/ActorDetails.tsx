// The actor view: who it is, and its relations grouped by direction, each leading to its evidence.
// What the canvas already knows (name, kind, code) shows at once; the rest when it has loaded.

import { useCallback } from 'react';
import { fetchActor } from '../api/operations';
import type { GraphNode } from '../api/types';
import { KIND_ENCODING } from '../graph/palette';
import type { Selection } from '../state/selection';
import { useQuery } from '../state/useQuery';
import { ActorRelations } from './ActorRelations';
import { ActorSentences } from './ActorSentences';
import { KindGlyph } from './glyphs';
import { ErrorMessage, Loading } from './StatusViews';

export function ActorDetails({
  id,
  known,
  onSelect,
}: {
  id: string;
  /** The actor as the drawn graph has it, shown while its details load. */
  known?: GraphNode | undefined;
  onSelect: (selection: Selection) => void;
}) {
  const fetcher = useCallback((signal: AbortSignal) => fetchActor(id, signal), [id]);
  const [state, retry] = useQuery(id, fetcher);

  if (state.status === 'error') {
    return <ErrorMessage title="Could not load this actor" error={state.error} onRetry={retry} />;
  }
  const actor = state.status === 'ready' ? state.data : null;
  if (state.status === 'ready' && !actor) return <p className="muted">No actor with id {id}.</p>;
  const head = actor ?? known;
  if (!head) return <Loading label="Loading actor…" />;
  const pending = <span className="muted">…</span>;

  return (
    <article className="details" data-testid="actor-details" aria-label="Actor">
      <p className="eyebrow">
        <KindGlyph kind={head.kind} size={14} /> {KIND_ENCODING[head.kind].label}
      </p>
      <h2 className="actor-name">{head.name}</h2>
      <dl className="facts">
        <div>
          <dt>Code</dt>
          <dd>
            <code>{head.id}</code>
          </dd>
        </div>
        <div>
          <dt>Wikidata</dt>
          <dd>
            {!actor && pending}
            {actor?.wikidata && (
              <a
                href={`https://www.wikidata.org/wiki/${actor.wikidata}`}
                target="_blank"
                rel="noreferrer"
              >
                {actor.wikidata}
              </a>
            )}
            {actor && !actor.wikidata && <span className="muted">none</span>}
          </dd>
        </div>
        <div>
          <dt>Relations</dt>
          <dd>{actor ? actor.relations.length : pending}</dd>
        </div>
      </dl>
      {actor ? (
        <>
          <ActorRelations actor={actor} onSelect={onSelect} />
          <ActorSentences actor={actor} onSelect={onSelect} />
        </>
      ) : (
        <Loading label="Loading relations…" />
      )}
    </article>
  );
}
