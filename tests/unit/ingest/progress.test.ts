import { describe, expect, it } from 'vitest';
import { createProgress, formatProgress } from '../../../server/src/ingest/progress';

describe('ingest progress without a terminal', () => {
  it('formats done, total, percentage, rate and ETA', () => {
    expect(formatProgress(250, 1000, 5)).toBe(
      'progress 250/1000 articles (25%), 50.0 articles/s, ETA 15 s',
    );
    expect(formatProgress(0, 10, 0)).toBe('progress 0/10 articles (0%), 0.0 articles/s, ETA ?');
  });

  it('writes a line every tenth of the way and one at the end', () => {
    const lines: string[] = [];
    let now = 0;
    const progress = createProgress({
      total: 95,
      tty: false,
      stream: process.stderr,
      line: (l) => lines.push(l),
      clock: () => now,
    });
    for (let i = 0; i < 95; i++) {
      now += 10;
      progress.tick();
    }
    progress.stop();
    expect(lines).toHaveLength(10);
    expect(lines.at(-1)).toMatch(/^progress 95\/95 articles \(100%\)/);
  });

  it('also writes when two seconds pass without reaching the next tenth', () => {
    const lines: string[] = [];
    let now = 0;
    const progress = createProgress({
      total: 1000,
      tty: false,
      stream: process.stderr,
      line: (l) => lines.push(l),
      clock: () => now,
    });
    now = 2500;
    progress.tick();
    expect(lines).toEqual(['progress 1/1000 articles (0%), 0.4 articles/s, ETA 2498 s']);
  });
});
