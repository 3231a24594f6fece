import { describe, expect, it } from 'vitest';
import { articleId, normaliseText } from '../../../server/src/ingest/normalise';

describe('article ids', () => {
  it('are the SHA-256 of the normalised text', () => {
    expect(articleId('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('ignore line ends, runs of spaces and surrounding blank space', () => {
    expect(articleId('Russland liefert.\r\nNordkorea  erhält.\n')).toBe(
      articleId('  Russland liefert.\nNordkorea erhält.'),
    );
  });

  it('treat composed and decomposed umlauts alike', () => {
    expect(normaliseText('Bu\u0308ndnis')).toBe(normaliseText('B\u00fcndnis'));
  });

  it('keep different words apart', () => {
    expect(articleId('Russland liefert.')).not.toBe(articleId('Russland liefert nicht.'));
  });
});
