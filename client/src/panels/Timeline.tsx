// The mentions-per-month histogram with a brush: drag across the bars to set the date range.

import { useCallback, useMemo, useRef, useState } from 'react';
import { fetchTimeline } from '../api/graph';
import { toGraphFilter, type Filters } from '../state/filters';
import { firstDay, lastDay, monthOf, monthRange } from '../state/months';
import { useQuery } from '../state/useQuery';
import { TimelineHandles } from './TimelineHandles';

const WIDTH = 248;
const HEIGHT = 64;

export function Timeline({
  filters,
  onRange,
}: {
  filters: Filters;
  onRange: (from: string | null, to: string | null) => void;
}) {
  // The histogram ignores the date range itself, so the brush can widen it again.
  const filter = useMemo(() => toGraphFilter({ ...filters, from: null, to: null }), [filters]);
  const key = JSON.stringify(filter);
  const fetcher = useCallback((signal: AbortSignal) => fetchTimeline(filter, signal), [filter]);
  const [state, , latest] = useQuery(key, fetcher);
  const ready = state.status === 'ready' ? state.data : null;

  const { months, counts, max } = useMemo(() => {
    const buckets = ready ?? latest ?? [];
    const byMonth = new Map(buckets.map((b) => [monthOf(b.start), b.mentions]));
    const dated = [...byMonth.keys()].sort();
    const first = dated[0];
    const last = dated.at(-1);
    const ms = first && last ? monthRange(first, last, 2) : [];
    const cs = ms.map((m) => byMonth.get(m) ?? 0);
    return { months: ms, counts: cs, max: Math.max(1, ...cs) };
  }, [ready, latest]);

  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  const indexAt = (clientX: number) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || months.length === 0) return 0;
    const i = Math.floor(((clientX - box.left) / box.width) * months.length);
    return Math.max(0, Math.min(months.length - 1, i));
  };
  const barW = months.length > 0 ? WIDTH / months.length : WIDTH;
  const selected = (() => {
    if (drag) return { lo: Math.min(drag.a, drag.b), hi: Math.max(drag.a, drag.b) };
    if (!filters.from && !filters.to) return null;
    const lo = filters.from ? months.findIndex((m) => m >= monthOf(filters.from!)) : 0;
    const hiRaw = filters.to
      ? months.findLastIndex((m) => m <= monthOf(filters.to!))
      : months.length - 1;
    return { lo: lo < 0 ? months.length : lo, hi: hiRaw };
  })();

  return (
    <div className="timeline">
      {months.length === 0 ? (
        <p className="muted small">No dated evidence under these filters.</p>
      ) : (
        <svg
          ref={svg}
          className="timeline-chart"
          data-testid="timeline"
          width={WIDTH}
          height={HEIGHT + 16}
          viewBox={`0 0 ${WIDTH} ${HEIGHT + 16}`}
          role="group"
          aria-label={`Mentions per month, ${months[0]} to ${months.at(-1)}; drag, or move its ends with the arrow keys, to choose a date range`}
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture(e.pointerId);
            const i = indexAt(e.clientX);
            setDrag({ a: i, b: i });
          }}
          onPointerMove={(e) => {
            if (drag) setDrag({ a: drag.a, b: indexAt(e.clientX) });
          }}
          onPointerUp={() => {
            if (!drag) return;
            const lo = months[Math.min(drag.a, drag.b)];
            const hi = months[Math.max(drag.a, drag.b)];
            setDrag(null);
            if (lo && hi) onRange(firstDay(lo), lastDay(hi));
          }}
        >
          {selected && selected.hi >= selected.lo && (
            <rect
              className="timeline-brush"
              data-testid="timeline-brush"
              x={selected.lo * barW}
              y={0}
              width={(selected.hi - selected.lo + 1) * barW}
              height={HEIGHT}
            />
          )}
          {counts.map((c, i) => {
            const h = c === 0 ? 0 : Math.max(2, (c / max) * (HEIGHT - 6));
            return (
              <rect
                key={months[i]}
                className="timeline-bar"
                x={i * barW + 1}
                y={HEIGHT - h}
                width={Math.max(1, barW - 2)}
                height={h}
              >
                <title>{`${months[i]}: ${c} mentions`}</title>
              </rect>
            );
          })}
          <TimelineHandles
            months={months}
            lo={Math.min(selected?.lo ?? 0, months.length - 1)}
            hi={Math.max(0, selected?.hi ?? months.length - 1)}
            barW={barW}
            height={HEIGHT}
            onChange={(lo, hi) => {
              const a = months[lo];
              const b = months[hi];
              if (a && b) onRange(firstDay(a), lastDay(b));
            }}
          />
          <text x={0} y={HEIGHT + 12} className="timeline-axis">
            {months[0]}
          </text>
          <text x={WIDTH} y={HEIGHT + 12} className="timeline-axis" textAnchor="end">
            {months.at(-1)}
          </text>
        </svg>
      )}
      <div className="date-inputs">
        <label>
          From
          <input
            type="date"
            data-testid="date-from"
            value={filters.from ?? ''}
            onChange={(e) => onRange(e.target.value || null, filters.to)}
          />
        </label>
        <label>
          To
          <input
            type="date"
            data-testid="date-to"
            value={filters.to ?? ''}
            onChange={(e) => onRange(filters.from, e.target.value || null)}
          />
        </label>
        {(filters.from || filters.to) && (
          <button type="button" className="link small" onClick={() => onRange(null, null)}>
            All dates
          </button>
        )}
      </div>
    </div>
  );
}
