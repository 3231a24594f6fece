// Every sentence that states one of an actor's relations, each listed once with the relations it supports.

import { useState } from 'react';
import type { ActorDetails, ActorRelation, Evidence } from '../api/types';
import type { Selection } from '../state/selection';
import { formatDate, relationLabel } from './format';
import { RelationGlyph } from './glyphs';
import { Sentence } from './Sentence';

const PREVIEW = 6;

interface SentenceGroup {
  key: string;
  evidence: Evidence;
  triggers: string[];
  relations: ActorRelation[];
}

/** One entry per sentence of an article, however many relations it states. */
export function groupSentences(relations: ActorDetails['relations']): SentenceGroup[] {
  const groups = new Map<string, SentenceGroup>();
  for (const relation of relations) {
    for (const e of relation.evidence) {
      const key = `${e.article.id}:${e.start}:${e.end}`;
      const group = groups.get(key) ?? { key, evidence: e, triggers: [], relations: [] };
      group.triggers.push(e.trigger);
      if (!group.relations.some((r) => r.id === relation.id)) group.relations.push(relation);
      groups.set(key, group);
    }
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.relations.length - a.relations.length ||
      a.evidence.article.id.localeCompare(b.evidence.article.id) ||
      a.evidence.start - b.evidence.start,
  );
}

export function ActorSentences({
  actor,
  onSelect,
}: {
  actor: ActorDetails;
  onSelect: (selection: Selection) => void;
}) {
  const [showAll, setShowAll] = useState(false);
  const groups = groupSentences(actor.relations);
  if (groups.length === 0) return null;
  const shown = showAll ? groups : groups.slice(0, PREVIEW);
  return (
    <section>
      <h3 className="section-title">Sentences ({groups.length})</h3>
      <ol className="evidence-list">
        {shown.map((g) => (
          <li key={g.key} className="evidence evidence-compact" data-testid="evidence">
            <Sentence text={g.evidence.sentence} triggers={g.triggers} />
            <div className="evidence-relations">
              {g.relations.map((r) => (
                <button
                  key={r.id}
                  type="button"
                  className="chip"
                  onClick={() => onSelect({ kind: 'relation', id: r.id })}
                  title={`Show all evidence for ${r.source.name} ${relationLabel(r.type)} ${r.target.name}`}
                >
                  <RelationGlyph type={r.type} width={22} />
                  {r.source.name} {relationLabel(r.type)} {r.target.name}
                </button>
              ))}
            </div>
            <p className="evidence-source">
              <span className="evidence-meta">
                {[
                  g.evidence.claimantName ? `claimed by ${g.evidence.claimantName}` : null,
                  g.evidence.article.source,
                  formatDate(g.evidence.article.publishedAt),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </p>
          </li>
        ))}
      </ol>
      {groups.length > PREVIEW && (
        <button
          type="button"
          className="button button-quiet show-more"
          onClick={() => setShowAll((v) => !v)}
        >
          {showAll ? 'Show fewer' : `Show all ${groups.length} sentences`}
        </button>
      )}
    </section>
  );
}
