/**
 * One binary file of named sections (typed arrays or bytes), read back as views of a single buffer: no
 * parsing per item at start. Layout: magic, header length, a JSON header (format, each section's offset and
 * length, the sha256 of everything after the header), then the sections, each on an 8-byte boundary.
 * Pure encode/decode; the caller reads and writes the file.
 */
import { createHash } from 'node:crypto';
import { endianness } from 'node:os';

const MAGIC = 0x31434553; // 'SEC1', little-endian
const ALIGN = 8;

export type Section = Uint8Array | Int8Array | Uint16Array | Uint32Array | Float32Array | Float64Array;

interface Header {
  format: number;
  sections: Record<string, [offset: number, byteLength: number]>;
  sha256: string;
}

const aligned = (n: number) => Math.ceil(n / ALIGN) * ALIGN;
const bytesOf = (s: Section) => new Uint8Array(s.buffer, s.byteOffset, s.byteLength);

/**
 * The file as a list of byte chunks to write in order (views of the sections, not copies: at 100k paragraphs
 * the sections are 260 MB, and one concatenated copy of them raised the build's peak memory by as much again).
 */
export function encodeSections(format: number, sections: Readonly<Record<string, Section>>): Uint8Array[] {
  if (endianness() !== 'LE') throw new Error('section files are little-endian; this machine is not');
  const layout: Header['sections'] = {};
  const body: Uint8Array[] = [];
  const hash = createHash('sha256');
  let bodyLength = 0;
  for (const [name, section] of Object.entries(sections)) {
    layout[name] = [bodyLength, section.byteLength];
    const padding = new Uint8Array(aligned(section.byteLength) - section.byteLength);
    for (const chunk of [bytesOf(section), padding]) {
      body.push(chunk);
      hash.update(chunk);
    }
    bodyLength += aligned(section.byteLength);
  }
  const header = Buffer.from(JSON.stringify({ format, sections: layout, sha256: hash.digest('hex') } satisfies Header));
  const head = new Uint8Array(aligned(8 + header.length));
  const view = new DataView(head.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, header.length, true);
  head.set(header, 8);
  return [head, ...body];
}

export interface DecodedSections {
  /** The bytes of a section, or an error naming it when the file has none. */
  bytes(name: string): Uint8Array;
  int8(name: string): Int8Array;
  uint32(name: string): Uint32Array;
  float32(name: string): Float32Array;
}

/** A sound file of another format: written by another version, not damaged. */
export class FormatMismatch extends Error {
  override name = 'FormatMismatch';
}

/** Checks the magic, the format and the checksum; throws a message naming what is wrong. */
export function decodeSections(file: Uint8Array, format: number): DecodedSections {
  // Typed-array views need aligned offsets; a Buffer from a file read may start anywhere in a shared pool.
  const bytes = file.byteOffset % ALIGN === 0 ? file : new Uint8Array(file);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error('not a section file');
  const headerLength = view.getUint32(4, true);
  if (8 + headerLength > bytes.byteLength) throw new Error('its header runs past the end of the file');
  let header: Header;
  try {
    header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 8, headerLength).toString('utf8')) as Header;
  } catch {
    throw new Error('its header is unreadable');
  }
  if (header.format !== format) throw new FormatMismatch(`written in format ${String(header.format)}; this version reads format ${format}`);
  const start = aligned(8 + headerLength);
  const body = bytes.subarray(start);
  if (createHash('sha256').update(body).digest('hex') !== header.sha256) throw new Error('it does not match its checksum');
  const section = (name: string, unit: number): [ArrayBufferLike, number, number] => {
    const entry = header.sections[name];
    if (!entry) throw new Error(`it has no section ${name}`);
    const [offset, length] = entry;
    if (offset + length > body.byteLength || length % unit !== 0) throw new Error(`section ${name} does not fit the file`);
    return [bytes.buffer, bytes.byteOffset + start + offset, length / unit];
  };
  return {
    bytes: (name) => new Uint8Array(...section(name, 1)),
    int8: (name) => new Int8Array(...section(name, 1)),
    uint32: (name) => new Uint32Array(...section(name, 4)),
    float32: (name) => new Float32Array(...section(name, 4)),
  };
}
