/**
 * The vector store: one Vectra LocalIndex (protobuf format) per index generation, wrapped behind a typed
 * interface. Vectra is pinned; its quirks (positional queryItems, silent truncation of mismatched vectors)
 * stay in this file.
 */
import { LocalIndex, ProtobufCodec } from 'vectra';
import type { UnitKind } from './units.ts';

export interface StoredVector {
  id: string;
  kind: UnitKind;
  /** Hash of the embedded text: a vector is reused only for the same text and model. */
  hash: string;
  paragraphId?: string;
  workId?: string;
  vector: Float32Array;
}

type ItemMetadata = { kind: string; hash: string; paragraphId?: string; workId?: string };

function openVectra(folder: string): LocalIndex<ItemMetadata> {
  return new LocalIndex<ItemMetadata>(folder, undefined, undefined, new ProtobufCodec());
}

/** Writes all vectors as a new Vectra index in `folder` (which must not exist yet), in one batch. */
export async function writeVectors(folder: string, vectors: readonly StoredVector[], dimensions: number): Promise<void> {
  const index = openVectra(folder);
  await index.createIndex({ version: 1, deleteIfExists: true });
  await index.batchInsertItems(
    vectors.map((v) => {
      if (v.vector.length !== dimensions) throw new Error(`vector ${v.id} has ${v.vector.length} dimensions, expected ${dimensions}`);
      const metadata: ItemMetadata = { kind: v.kind, hash: v.hash };
      if (v.paragraphId) metadata.paragraphId = v.paragraphId;
      if (v.workId) metadata.workId = v.workId;
      return { id: v.id, vector: Array.from(v.vector), metadata };
    }),
  );
}

/** Reads every vector of the Vectra index in `folder`; throws if it is missing or unreadable. */
export async function readVectors(folder: string, dimensions: number): Promise<StoredVector[]> {
  const index = openVectra(folder);
  if (!(await index.isIndexCreated())) throw new Error(`no Vectra index in ${folder}`);
  const items = await index.listItems();
  return items.map((item) => {
    if (item.vector.length !== dimensions) throw new Error(`item ${item.id} has ${item.vector.length} dimensions, expected ${dimensions}`);
    const { kind, hash, paragraphId, workId } = item.metadata;
    const stored: StoredVector = { id: item.id, kind: kind as UnitKind, hash, vector: Float32Array.from(item.vector) };
    if (paragraphId) stored.paragraphId = paragraphId;
    if (workId) stored.workId = workId;
    return stored;
  });
}
