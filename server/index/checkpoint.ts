/**
 * The build checkpoint: an append-only binary file of (text hash → vector) records, synced to disk per batch,
 * so an interrupted build resumes without embedding again what was done. A header names the model and sizes;
 * a torn last record (the process killed mid-write) is cut off on open.
 */
import { open, readFile, rm, type FileHandle } from 'node:fs/promises';

const MAGIC = Buffer.from('SRCCKPT1', 'latin1');

export interface Checkpoint {
  /** Vectors recorded by earlier, interrupted builds with the same model (text hash → vector). */
  readonly recorded: ReadonlyMap<string, Float32Array>;
  /** Appends the records and syncs them to disk before resolving. */
  append(entries: readonly (readonly [hash: string, vector: Float32Array])[]): Promise<void>;
  close(): Promise<void>;
}

/** The file's header: magic, dimensions, hash length in bytes, the model. */
function header(model: string, dimensions: number, hashBytes: number): Buffer {
  const id = Buffer.from(model, 'utf8');
  const sizes = Buffer.alloc(12);
  sizes.writeUInt32LE(dimensions, 0);
  sizes.writeUInt32LE(hashBytes, 4);
  sizes.writeUInt32LE(id.length, 8);
  return Buffer.concat([MAGIC, sizes, id]);
}

/**
 * Opens (or starts) the checkpoint at `file` for this model (its name and digest). Records of another model,
 * dimension or hash size are discarded. `hashBytes` is the size of a text hash decoded from hex.
 */
export async function openCheckpoint(file: string, model: string, dimensions: number, hashBytes: number): Promise<Checkpoint> {
  const head = header(model, dimensions, hashBytes);
  const recordBytes = hashBytes + dimensions * 4;
  const existing = await readFile(file).catch(() => null);
  const recorded = new Map<string, Float32Array>();
  let keep = 0;
  if (existing && existing.length >= head.length && existing.subarray(0, head.length).equals(head)) {
    const count = Math.floor((existing.length - head.length) / recordBytes);
    const matrix = new Float32Array(count * dimensions);
    const bytes = new Uint8Array(matrix.buffer);
    for (let i = 0; i < count; i++) {
      const at = head.length + i * recordBytes;
      bytes.set(existing.subarray(at + hashBytes, at + recordBytes), i * dimensions * 4);
      recorded.set(existing.toString('hex', at, at + hashBytes), matrix.subarray(i * dimensions, (i + 1) * dimensions));
    }
    keep = head.length + count * recordBytes;
  }
  const handle: FileHandle = await open(file, keep ? 'r+' : 'w');
  if (keep) await handle.truncate(keep);
  else await handle.write(head);
  let position = keep || head.length;

  return {
    recorded,
    async append(entries) {
      if (!entries.length) return;
      const out = Buffer.alloc(entries.length * recordBytes);
      entries.forEach(([hash, vector], i) => {
        if (vector.length !== dimensions) throw new Error(`checkpoint: a vector of ${vector.length} dimensions, expected ${dimensions}`);
        const at = i * recordBytes;
        if (out.write(hash, at, hashBytes, 'hex') !== hashBytes) throw new Error(`checkpoint: hash ${hash} is not ${hashBytes} bytes of hex`);
        out.set(new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength), at + hashBytes);
      });
      await handle.write(out, 0, out.length, position);
      position += out.length;
      await handle.datasync();
    },
    close: () => handle.close(),
  };
}

export async function removeCheckpoint(file: string): Promise<void> {
  await rm(file, { force: true });
}
