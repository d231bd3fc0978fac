/** The section file: round trip of typed arrays as aligned views, and every kind of damage named. */
import { describe, expect, it } from 'vitest';
import { decodeSections, encodeSections, FormatMismatch } from '../../server/index/sections.ts';

const sections = {
  codes: Int8Array.from([1, -2, 3]),
  rows: Uint32Array.from([7, 8, 9, 4_000_000_000]),
  scales: Float32Array.from([0.5, -1.25]),
  words: new TextEncoder().encode('self-reliance\njuche'),
};
const file = () => Buffer.concat(encodeSections(3, sections));

describe('section files', () => {
  it('reads back every section with its values, as views of the file, from any offset', () => {
    for (const bytes of [file(), new Uint8Array([0, ...file()]).subarray(1)]) {
      const read = decodeSections(bytes, 3);
      expect(Array.from(read.int8('codes'))).toEqual([1, -2, 3]);
      expect(Array.from(read.uint32('rows'))).toEqual([7, 8, 9, 4_000_000_000]);
      expect(Array.from(read.float32('scales'))).toEqual([0.5, -1.25]);
      expect(new TextDecoder().decode(read.bytes('words'))).toBe('self-reliance\njuche');
    }
  });

  it('names what is wrong: not a section file, another format, a changed byte, a truncation, a missing section', () => {
    expect(() => decodeSections(new Uint8Array(16), 3)).toThrow('not a section file');
    expect(() => decodeSections(file(), 4)).toThrow('written in format 3; this version reads format 4');
    expect(() => decodeSections(file(), 4)).toThrow(FormatMismatch);
    const changed = file();
    changed[changed.length - 3]! ^= 0xff;
    expect(() => decodeSections(changed, 3)).toThrow('it does not match its checksum');
    expect(() => decodeSections(file().subarray(0, file().length - 8), 3)).toThrow('it does not match its checksum');
    expect(() => decodeSections(file(), 3).float32('center')).toThrow('it has no section center');
  });
});
