/** The build checkpoint file: records survive a reopen, a torn last record is cut off, another model's records are dropped. */
import { readFileSync, statSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCheckpoint } from '../../server/index/checkpoint.ts';
import { contentHash } from '../../server/index/units.ts';
import { tempDir } from '../support/deps.ts';

const work = tempDir('checkpoint-');
afterAll(() => work.remove());
const D = 4;
const HASH_BYTES = contentHash('').length / 2;
let files = 0;
const freshFile = () => path.join(work.dir, `checkpoint-${++files}.bin`);
const entry = (text: string, seed: number) => [contentHash(text), Float32Array.from({ length: D }, (_, i) => seed + i / 10)] as const;

describe('the build checkpoint', () => {
  it('gives back every record appended before, after the file is closed and opened again', async () => {
    const file = freshFile();
    const first = await openCheckpoint(file, 'model-a', D, HASH_BYTES);
    expect(first.recorded.size).toBe(0);
    await first.append([entry('one', 1), entry('two', 2)]);
    await first.append([entry('three', 3)]);
    await first.close();
    const again = await openCheckpoint(file, 'model-a', D, HASH_BYTES);
    expect(again.recorded.size).toBe(3);
    expect(Array.from(again.recorded.get(contentHash('three'))!)).toEqual(Array.from(entry('three', 3)[1]));
    await again.close();
  });

  it('cuts off a record torn by a kill mid-write, and appends after the last whole one', async () => {
    const file = freshFile();
    const first = await openCheckpoint(file, 'model-a', D, HASH_BYTES);
    await first.append([entry('one', 1), entry('two', 2), entry('three', 3)]);
    await first.close();
    truncateSync(file, statSync(file).size - 5);
    const torn = await openCheckpoint(file, 'model-a', D, HASH_BYTES);
    expect([...torn.recorded.keys()]).toEqual([contentHash('one'), contentHash('two')]);
    await torn.append([entry('four', 4)]);
    await torn.close();
    const after = await openCheckpoint(file, 'model-a', D, HASH_BYTES);
    expect([...after.recorded.keys()]).toEqual([contentHash('one'), contentHash('two'), contentHash('four')]);
    expect(Array.from(after.recorded.get(contentHash('four'))!)).toEqual(Array.from(entry('four', 4)[1]));
    await after.close();
  });

  it('drops the records of another model or vector size and starts the file again', async () => {
    const file = freshFile();
    const a = await openCheckpoint(file, 'model-a', D, HASH_BYTES);
    await a.append([entry('one', 1)]);
    await a.close();
    const b = await openCheckpoint(file, 'model-b', D, HASH_BYTES);
    expect(b.recorded.size).toBe(0);
    await b.close();
    expect(readFileSync(file).includes(Buffer.from('model-a'))).toBe(false);
    const wider = await openCheckpoint(file, 'model-b', D + 1, HASH_BYTES);
    expect(wider.recorded.size).toBe(0);
    await wider.close();
  });

  it('refuses a vector of the wrong size or a hash that is not hex of the right length', async () => {
    const cp = await openCheckpoint(freshFile(), 'model-a', D, HASH_BYTES);
    await expect(cp.append([[contentHash('x'), new Float32Array(D + 1)]])).rejects.toThrow(/dimensions/);
    await expect(cp.append([['abc', new Float32Array(D)]])).rejects.toThrow(/not \d+ bytes of hex/);
    await cp.close();
  });
});
