// Month arithmetic for the timeline brush (UTC, YYYY-MM-DD strings).

/** `2024-11-01` → `2024-11`. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

/** Every month from `first` to `last` inclusive, padded by `pad` on each side. */
export function monthRange(first: string, last: string, pad = 0): string[] {
  const out: string[] = [];
  const end = addMonths(last, pad);
  for (let m = addMonths(first, -pad); m <= end && out.length < 600; m = addMonths(m, 1)) {
    out.push(m);
  }
  return out;
}

export function firstDay(month: string): string {
  return `${month}-01`;
}

export function lastDay(month: string): string {
  const next = addMonths(month, 1);
  const d = new Date(Date.parse(`${next}-01T00:00:00Z`) - 86_400_000);
  return d.toISOString().slice(0, 10);
}
