// Input no article should contain: the extractor finishes and gives sensible output. Timings are
// not asserted (machines differ); linear time is what the benchmark measures.

import { describe, expect, it } from 'vitest';
import { actorMentions, extract, sentencesOf } from '../../../server/src/extract';
import { MAX_SENTENCE_CHARS } from '../../../server/src/extract/sentences';

describe('bad input', () => {
  it('gives nothing for an empty or blank text', () => {
    expect(extract('')).toEqual({ lang: 'en', actors: [], mentions: [] });
    expect(extract(' \n\t\n ').mentions).toEqual([]);
  });

  it('reads around NUL bytes', () => {
    const text = 'Russland\u0000 liefert\u0000\u0000 Nordkorea Raketen.\u0000';
    const [m] = extract(text).mentions;
    expect(m).toMatchObject({ source: 'RUS', type: 'SUPPLIES', target: 'PRK' });
    expect(text.slice(m!.start, m!.end)).toBe(m!.sentence);
  });

  it('reads text decoded from invalid UTF-8 (replacement characters)', () => {
    const bytes = Buffer.concat([
      Buffer.from('Russia supplies '),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(' North Korea with missiles. \xed\xa0\x80', 'latin1'),
    ]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\uFFFD');
    expect(extract(text).mentions.map((m) => `${m.source} ${m.type} ${m.target}`)).toEqual([
      'RUS SUPPLIES PRK',
    ]);
  });

  it('reads a 5 MB single line of sentences', () => {
    const sentence = 'Russland liefert Nordkorea Raketen. ';
    const line = sentence.repeat(Math.ceil((5 * 1024 * 1024) / sentence.length));
    const result = extract(line);
    expect(result.mentions).toHaveLength(Math.ceil((5 * 1024 * 1024) / sentence.length));
    expect(new Set(result.mentions.map((m) => `${m.source} ${m.type} ${m.target}`))).toEqual(
      new Set(['RUS SUPPLIES PRK']),
    );
  }, 120_000);

  it('cuts a 5 MB line without any full stop into bounded sentences', () => {
    const words = 'Russland liefert Nordkorea Raketen und Drohnen ';
    const line = words.repeat(Math.ceil((5 * 1024 * 1024) / words.length));
    const sentences = sentencesOf(line);
    expect(sentences.length).toBeGreaterThan(5000);
    for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    // Run-on text gives run-on readings, but only of the actors and trigger it contains.
    const triples = new Set(extract(line).mentions.map((m) => `${m.source} ${m.type} ${m.target}`));
    expect([...triples].every((t) => /^(RUS|PRK) SUPPLIES (RUS|PRK)$/.test(t))).toBe(true);
  }, 120_000);

  it('reads a text naming 10,000 actors, in sentences and in one list', () => {
    const names = ['Russland', 'Nordkorea', 'China', 'Iran', 'Belarus'];
    const sentences = Array.from(
      { length: 5000 },
      (_, i) => `${names[i % 5]} bedroht ${names[(i + 1) % 5]}.`,
    ).join(' ');
    expect(extract(sentences).mentions).toHaveLength(5000);
    const list = `${Array.from({ length: 10_000 }, (_, i) => names[i % 5]).join(', ')} bedrohen Europa.`;
    expect(actorMentions(list)).toHaveLength(10_001);
    const triples = new Set(extract(list).mentions.map((m) => `${m.source} ${m.type} ${m.target}`));
    expect([...triples].every((t) => / THREATENS EUR$/.test(t))).toBe(true);
  }, 120_000);

  it('reads a paragraph of many sentences without quadratic work per sentence', () => {
    const text = 'Russia threatens Ukraine. '.repeat(20_000);
    expect(extract(text).mentions).toHaveLength(20_000);
  }, 120_000);
});
