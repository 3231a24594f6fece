// Splits article text into paragraphs (one per non-empty line) with absolute offsets.

export interface Paragraph {
  text: string;
  start: number;
  end: number;
}

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed !== '') {
      paragraphs.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    }
    start = end + 1;
  }
  return paragraphs;
}
