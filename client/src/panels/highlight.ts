// Splits an evidence sentence around its trigger words so the UI can mark them.

export interface Segment {
  text: string;
  trigger: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Marks the first case-insensitive occurrence of each trigger (one sentence can state several
 * relations); overlapping matches keep the earlier one. No match leaves the sentence whole.
 */
export function splitOnTriggers(sentence: string, triggers: readonly string[]): Segment[] {
  const spans: { start: number; end: number }[] = [];
  for (const trigger of new Set(triggers.map((t) => t.trim()).filter(Boolean))) {
    const match = new RegExp(escapeRegExp(trigger), 'iu').exec(sentence);
    if (match) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);

  const segments: Segment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: sentence.slice(at, span.start), trigger: false });
    segments.push({ text: sentence.slice(span.start, span.end), trigger: true });
    at = span.end;
  }
  if (at < sentence.length || segments.length === 0) {
    segments.push({ text: sentence.slice(at), trigger: false });
  }
  return segments;
}

export function splitOnTrigger(sentence: string, trigger: string): Segment[] {
  return splitOnTriggers(sentence, [trigger]);
}
