import { describe, expect, it } from 'vitest';
import { failFast } from '../../../server/src/store/neo4j/fail-fast';

const after = <T>(ms: number, value: T) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('reads that fail fast while Neo4j is down', () => {
  it('settles as the read does while the server answers', async () => {
    let pings = 0;
    const ping = async () => {
      pings += 1;
      return true;
    };
    await expect(
      failFast(after(120, 'rows'), { ping, uri: 'bolt://x', checkEveryMs: 20 }),
    ).resolves.toBe('rows');
    expect(pings).toBeGreaterThan(0);
  });

  it('rejects with STORE_UNAVAILABLE when a check finds the server gone, though the read never ends', async () => {
    const never = new Promise<string>(() => undefined);
    await expect(
      failFast(never, { ping: async () => false, uri: 'bolt://x', checkEveryMs: 30 }),
    ).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });

  it('passes the read’s own failure on unchanged', async () => {
    const failing = Promise.reject(new Error('syntax error'));
    await expect(failFast(failing, { ping: async () => true, uri: 'bolt://x' })).rejects.toThrow(
      'syntax error',
    );
  });

  it('stops checking once the read has settled', async () => {
    let pings = 0;
    await failFast(Promise.resolve(1), {
      ping: async () => {
        pings += 1;
        return true;
      },
      uri: 'bolt://x',
      checkEveryMs: 10,
    });
    await after(60, null);
    expect(pings).toBe(0);
  });
});
