import { describe, expect, it } from 'vitest';
import { coalesce } from '../../../server/src/store/neo4j/version';

/** A read whose answers the test releases by hand, counting how many were started. */
function manualRead() {
  const pending: ((value: string) => void)[] = [];
  let started = 0;
  const read = () =>
    new Promise<string>((resolve) => {
      started += 1;
      pending.push(resolve);
    });
  return { read, started: () => started, release: (value: string) => pending.shift()!(value) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('coalesced data-version reads', () => {
  it('gives callers arriving during a read the next read, shared among them', async () => {
    const manual = manualRead();
    const version = coalesce(manual.read);
    const first = version();
    const second = version();
    const third = version();
    expect(manual.started()).toBe(1);
    manual.release('v1');
    expect(await first).toBe('v1');
    await tick();
    expect(manual.started()).toBe(2);
    manual.release('v2');
    expect(await second).toBe('v2');
    expect(await third).toBe('v2');
  });

  it('starts a new read for a caller arriving when none runs', async () => {
    const manual = manualRead();
    const version = coalesce(manual.read);
    const first = version();
    manual.release('v1');
    expect(await first).toBe('v1');
    const later = version();
    expect(manual.started()).toBe(2);
    manual.release('v2');
    expect(await later).toBe('v2');
  });

  it('passes a failed read on to its callers and reads again for the next', async () => {
    let fail = true;
    const version = coalesce(() =>
      fail ? Promise.reject(new Error('down')) : Promise.resolve('up'),
    );
    await expect(version()).rejects.toThrow('down');
    fail = false;
    await expect(version()).resolves.toBe('up');
  });
});
