import { describe, expect, it } from 'vitest';
import { InputError } from '../../../server/src/domain';
import { readItems } from '../../../server/src/ingest/items';
import { parseJsonLine } from '../../../server/src/ingest/jsonl';

describe('reading .jsonl lines', () => {
  it('reads text and metadata from one object per line', () => {
    expect(
      parseJsonLine('{"text":"China bedroht Taiwan.","title":"T","lang":"de","extra":1}'),
    ).toEqual({ text: 'China bedroht Taiwan.', title: 'T', lang: 'de' });
  });

  it('treats null fields as absent', () => {
    expect(parseJsonLine('{"text":"x","author":null}')).toEqual({ text: 'x' });
  });

  it.each([
    ['not JSON', 'not valid JSON'],
    ['[1,2]', 'expected a JSON object'],
    ['{"title":"no text"}', '"text" must be a string'],
    ['{"text":"x","title":5}', '"title" must be a string'],
  ])('refuses %s with an input error', (line, reason) => {
    expect(() => parseJsonLine(line)).toThrow(InputError);
    expect(() => parseJsonLine(line)).toThrow(reason);
  });

  it('yields one item per non-blank line, named file:line, bad lines as failures', async () => {
    const file = 'tests/fixtures/ingest/articles.jsonl';
    const items = [];
    for await (const item of readItems([file])) items.push(item);
    expect(items.map((item) => [item.path, 'reason' in item])).toEqual([
      [`${file}:1`, false],
      [`${file}:2`, false],
      [`${file}:4`, true],
      [`${file}:5`, true],
      [`${file}:6`, false],
      [`${file}:7`, false],
    ]);
  });
});
