/**
 * What Vectra's own insert path costs: batchInsertItems checks every new id against all earlier items, so
 * building N items takes O(N²) time. Measured at a few sizes to show the growth (the index writes its
 * Vectra file through Vectra's codec instead).
 */
import { rmSync } from 'node:fs';
import { prng } from './synthetic.ts';

export async function vectraInsertCost(sizes: readonly number[], dir: string, dimensions = 100): Promise<{ items: number; seconds: number; bytesPerItem: number }[]> {
  const { LocalIndex, ProtobufCodec } = await import('vectra');
  const { statSync } = await import('node:fs');
  const random = prng(1);
  const out = [];
  for (const items of sizes) {
    const folder = `${dir}-${items}`;
    rmSync(folder, { recursive: true, force: true });
    const index = new LocalIndex(folder, undefined, undefined, new ProtobufCodec());
    await index.createIndex({ version: 1, deleteIfExists: true });
    const batch = Array.from({ length: items }, (_, i) => ({
      id: `s:1987-let-us-develop-south-south-cooperation-p${i}:${i % 5}`,
      vector: Array.from({ length: dimensions }, () => random() - 0.5),
      metadata: { kind: 'sentence', hash: 'a1b2c3d4e5f6a1b2c3d4e5f6' },
    }));
    const started = performance.now();
    await index.batchInsertItems(batch);
    const seconds = Math.round((performance.now() - started) / 10) / 100;
    out.push({ items, seconds, bytesPerItem: Math.round(statSync(`${folder}/index.pb`).size / items) });
    rmSync(folder, { recursive: true, force: true });
  }
  return out;
}
