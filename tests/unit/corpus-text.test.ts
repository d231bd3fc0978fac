/** The building blocks of ingestion: title casing, dates, slugs, paragraphing rules, shape detection. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLexicon, sentenceCase } from '../../server/corpus/casing.ts';
import { parseFrontMatterDate, parsePrintedDate } from '../../server/corpus/dates.ts';
import { NO_OVERRIDES } from '../../server/corpus/overrides.ts';
import { blockParagraphs, wrappedParagraphs } from '../../server/corpus/paragraphs.ts';
import { detectKind, parseCorpusFile, uniqueSlug, workSlug } from '../../server/corpus/parse.ts';
import { decodeText, joinPieces } from '../../server/corpus/text.ts';

const corpusDir = path.resolve(import.meta.dirname, '../../corpus');

describe('sentence case', () => {
  const lexicon = buildLexicon([
    'We met the Party and the Government of the Republic in Korea. The party was long.',
    'Our Party spoke of South-South cooperation for us; the US imperialists disagree with us and us.',
    'Comrade Premier, the premier said. The Premier left.',
  ]);

  it('keeps words the text capitalises mid-sentence, lowercases the rest, capitalises the first word', () => {
    expect(sentenceCase('LET US DEVELOP SOUTH-SOUTH COOPERATION', lexicon)).toBe('Let us develop South-South cooperation');
    expect(sentenceCase('ANSWERS TO THE PARTY OF KOREA', lexicon)).toBe('Answers to the Party of Korea');
    expect(sentenceCase("THE REPUBLIC'S GOVERNMENT", lexicon)).toBe("The Republic's Government");
  });

  it('does not capitalise a word more often written in lowercase, nor part of a hyphenated common word', () => {
    expect(sentenceCase('TALK TO US AND THE EX-PREMIER', lexicon)).toBe('Talk to us and the ex-premier');
  });

  it('writes override phrases exactly, keeping inner lowercase words', () => {
    expect(sentenceCase('THE SYRIAN MAGAZINE *JEICH AL SHAAB*'.replace(/\*/g, ''), lexicon, ['Jeich al Shaab', 'Syrian'])).toBe(
      'The Syrian magazine Jeich al Shaab',
    );
  });

  it('keeps curly quotes and parentheses around words', () => {
    expect(sentenceCase('North Korea’s Choice of “Self-reliant Heavy Industrialization” (1945-1956)', lexicon)).toBe(
      'North Korea’s choice of “self-reliant heavy industrialization” (1945-1956)',
    );
  });
});

describe('dates', () => {
  it('reads printed date lines and rejects impossible ones', () => {
    expect(parsePrintedDate('December 1, 1961')).toBe('1961-12-01');
    expect(parsePrintedDate('June 9, 1987')).toBe('1987-06-09');
    expect(parsePrintedDate('February 30, 1987')).toBeNull();
    expect(parsePrintedDate('October 11, 197117')).toBeNull();
    expect(parsePrintedDate('On December 1, 1961 we met')).toBeNull();
  });

  it('reads front-matter dates', () => {
    expect(parseFrontMatterDate('1987-06-09')).toEqual({ ok: true, date: '1987-06-09', year: 1987 });
    expect(parseFrontMatterDate('1987')).toEqual({ ok: true, date: null, year: 1987 });
    expect(parseFrontMatterDate('')).toEqual({ ok: true, date: null, year: null });
    for (const bad of ['1987-13-45', '1987-02-29', 'last year', '87', '1987/06/09']) expect(parseFrontMatterDate(bad).ok, bad).toBe(false);
  });
});

describe('ids', () => {
  it('makes `${year}-${six title words}` slugs, ASCII and unique', () => {
    expect(workSlug('Let us develop South-South cooperation', 1987)).toBe('1987-let-us-develop-south-south-cooperation');
    expect(workSlug('North Korea’s choice of “self-reliant heavy industrialization”', null)).toBe('undated-north-koreas-choice-of-self-reliant');
    expect(workSlug('Réponses à Oslobođenje', 1986)).toBe('1986-reponses-a-oslobodenje');
    const taken = new Set(['1981-answers-to-questions-raised-by-the']);
    expect(uniqueSlug('Answers to questions raised by the editor', 1981, taken)).toBe('1981-answers-to-questions-raised-by-the-editor');
    expect(uniqueSlug('A b', 1990, new Set(['1990-a-b']))).toBe('1990-a-b-2');
  });
});

describe('paragraphing', () => {
  it('joins wrapped pieces with one space, and with none after a line-final hyphen', () => {
    expect(joinPieces(['in the interests of the newly-', 'emergent countries.'])).toBe('in the interests of the newly-emergent countries.');
    expect(joinPieces(['  South-South  ', '\tcooperation ', ''])).toBe('South-South cooperation');
  });

  it('rejoins blocks split by a page break; "..." is dropped and always a boundary', () => {
    const lines = ['Self-reliance is one of the important characteristics of', '', 'the communist spirit. It works.', '', 'An unfinished', '', '...', '', 'Next paragraph.', '', 'Done.'];
    expect(blockParagraphs(lines, { rejoinPageBreaks: true }).map((p) => p.text)).toEqual([
      'Self-reliance is one of the important characteristics of the communist spirit. It works.',
      'An unfinished',
      'Next paragraph.',
      'Done.',
    ]);
    expect(blockParagraphs(lines.slice(0, 3), { rejoinPageBreaks: false })).toHaveLength(2);
  });

  it('unwraps hard-wrapped lines at sentence ends and short lines, carrying pages', () => {
    const width = 'x'.repeat(50);
    const ps = wrappedParagraphs([
      { text: 'Comrades and friends,', page: 1 },
      { text: `Today ${width} the first`, page: 1 },
      { text: `of its kind ${width} strong.`, page: 1 },
      { text: `Next ${width} continues on`, page: 1 },
      { text: ` the next page ${width} here.`, page: 2 },
      { text: `Last ${width} line ends a sentence.`, page: 2 },
      { text: `but a lowercase start ${width} continues.`, page: 2 },
    ]);
    expect(ps).toEqual([
      { text: 'Comrades and friends,', page: 1 },
      { text: `Today ${width} the first of its kind ${width} strong.`, page: 1 },
      { text: `Next ${width} continues on the next page ${width} here.`, page: 1, pageEnd: 2 },
      { text: `Last ${width} line ends a sentence. but a lowercase start ${width} continues.`, page: 2 },
    ]);
  });
});

describe('decoding and shape detection', () => {
  it('rejects empty, binary and invalid UTF-8 input', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, message: 'empty file' });
    expect(decodeText(Uint8Array.from([0x61, 0x00]))).toMatchObject({ ok: false, message: /binary/ });
    expect(decodeText(Uint8Array.from([0x61, 0xff]))).toMatchObject({ ok: false, message: /UTF-8/ });
  });

  it('reads UTF-16 by its byte-order mark, as Windows Notepad saves "Unicode" text, either byte order', () => {
    const text = 'Self-reliance “means” standing on one’s own feet.\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(le)).toEqual({ ok: true, text: text.replace('\r\n', '\n') });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ ok: true, text: text.replace('\r\n', '\n') });
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x00, 0x00]))).toMatchObject({ ok: false, message: /binary/ });
  });

  it('detects the three source files without the overrides file', () => {
    const kinds = ['000_56fb048068fe53ee.txt', '001_a5ad83d4d40f98fa.txt', '002_62f1f77a2497351d.txt'].map((f) =>
      detectKind(readFileSync(path.join(corpusDir, f), 'utf8').split('\n')),
    );
    expect(kinds).toEqual(['collection', 'abstract', 'speech']);
    expect(detectKind(['---', 'title: x', '---'])).toBe('document');
    expect(detectKind(['just some text'])).toBeNull();
  });

  it('is pure: parsing the same bytes twice gives equal results', () => {
    const bytes = readFileSync(path.join(corpusDir, '002_62f1f77a2497351d.txt'));
    expect(parseCorpusFile('002_62f1f77a2497351d.txt', bytes, NO_OVERRIDES)).toEqual(parseCorpusFile('002_62f1f77a2497351d.txt', bytes, NO_OVERRIDES));
  });
});
