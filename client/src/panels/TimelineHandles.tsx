// The two ends of the timeline brush as keyboard sliders (the mouse drags across the chart):
// arrows move an end by a month, Page Up/Down by a year, Home/End to the first or last month.

import type { KeyboardEvent } from 'react';

export interface TimelineHandlesProps {
  months: readonly string[];
  lo: number;
  hi: number;
  barW: number;
  height: number;
  onChange: (lo: number, hi: number) => void;
}

function step(key: string, at: number, last: number): number | null {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return Math.max(0, at - 1);
    case 'ArrowRight':
    case 'ArrowUp':
      return Math.min(last, at + 1);
    case 'PageDown':
      return Math.max(0, at - 12);
    case 'PageUp':
      return Math.min(last, at + 12);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

export function TimelineHandles({ months, lo, hi, barW, height, onChange }: TimelineHandlesProps) {
  const last = months.length - 1;
  const handle = (end: 'from' | 'to') => {
    const at = end === 'from' ? lo : hi;
    const onKeyDown = (e: KeyboardEvent) => {
      const next = step(e.key, at, last);
      if (next === null) return;
      e.preventDefault();
      e.stopPropagation();
      if (end === 'from') onChange(Math.min(next, hi), hi);
      else onChange(lo, Math.max(next, lo));
    };
    return (
      <rect
        key={end}
        className="timeline-handle"
        data-testid={`timeline-${end}`}
        role="slider"
        tabIndex={0}
        aria-label={end === 'from' ? 'Start of the date range' : 'End of the date range'}
        aria-orientation="horizontal"
        aria-valuemin={0}
        aria-valuemax={last}
        aria-valuenow={at}
        aria-valuetext={months[at]}
        // Kept inside the chart, so the outer ends are not cut in half.
        x={Math.min(
          months.length * barW - 4,
          Math.max(0, (end === 'from' ? at : at + 1) * barW - 2),
        )}
        y={0}
        width={4}
        height={height}
        onKeyDown={onKeyDown}
      />
    );
  };
  return (
    <>
      {handle('from')}
      {handle('to')}
    </>
  );
}
