import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUOTE_OPTIONS, mergeSpans, selectQuote, snapToWords, trimLongSentence } from '../../server/answer/quotes.ts';
import { checkQuote, inQuote, quoteText, STITCH } from '../../server/answer/verbatim.ts';
import { stem } from '../../server/retrieval/text.ts';

const term = (word: string, weight = 1) => ({ term: stem(word), weight });

const TEXT =
  'In conclusion, I must emphasize the need to display the spirit of self-reliance. Self-reliance means standing on one’s own feet. ' +
  'Of course, we are not opposed to aid from others. We would receive necessary assistance. But the main thing is self-reliance in construction.';

const snapOf = (sentence: string) => ({ start: TEXT.indexOf(sentence), end: TEXT.indexOf(sentence) + sentence.length });
const isBoundary = (text: string, i: number) => i === 0 || i === text.length || !/[\p{L}\p{N}]/u.test(text[i - 1]!) || !/[\p{L}\p{N}]/u.test(text[i]!);

describe('quote spans', () => {
  it('never cuts a quote inside a word, wherever the span falls', () => {
    fc.assert(
      fc.property(fc.nat(TEXT.length), fc.nat(TEXT.length), (a, b) => {
        const span = snapToWords(TEXT, { start: Math.min(a, b), end: Math.max(a, b) });
        if (span.end > span.start) {
          expect(isBoundary(TEXT, span.start)).toBe(true);
          expect(isBoundary(TEXT, span.end)).toBe(true);
          expect(TEXT.slice(span.start, span.end)).toBe(TEXT.slice(span.start, span.end).trim());
        }
      }),
    );
  });

  it('drops a leading omission mark of the source', () => {
    const text = '... the spirit of self-reliance matters.';
    expect(text.slice(...Object.values(snapToWords(text, { start: 0, end: text.length })))).toBe('the spirit of self-reliance matters.');
  });

  it('drops an interview’s "Answer:" or "Question:" label', () => {
    for (const label of ['Answer', 'Question']) {
      const text = `${label}: We have so far abided by the principle of self-reliance.`;
      const span = snapToWords(text, { start: 0, end: text.length });
      expect(text.slice(span.start, span.end)).toBe('We have so far abided by the principle of self-reliance.');
    }
  });

  it('places words found in the paragraph where they lie in the quote its spans make, across omission marks', () => {
    const spans = [snapOf('In conclusion, I must emphasize the need to display the spirit of self-reliance.'), snapOf('But the main thing is self-reliance in construction.')];
    const found = [...TEXT.matchAll(/self-reliance/gi)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const quote = quoteText(TEXT, spans);
    expect(quote).toContain(STITCH);
    // The second sentence ("Self-reliance means …") is not quoted: its word has no place in the quote.
    expect(inQuote(spans, found).map((m) => quote.slice(m.start, m.end))).toEqual(['self-reliance', 'self-reliance']);
    expect(inQuote(spans, found)[1]!.start).toBe(quote.lastIndexOf('self-reliance'));
  });

  it('merges overlapping and touching spans, keeps separate ones apart', () => {
    expect(mergeSpans('aaaa bbbb cccc dddd', [{ start: 0, end: 4 }, { start: 5, end: 9 }, { start: 15, end: 19 }, { start: 2, end: 6 }])).toEqual([
      { start: 0, end: 9 },
      { start: 15, end: 19 },
    ]);
  });
});

describe('selectQuote', () => {
  it('stitches two strong sentences of one paragraph with an ellipsis, each piece verbatim', () => {
    const first = { start: 0, end: TEXT.indexOf('Self-reliance means') - 1 };
    const quote = selectQuote(TEXT, first, [term('self'), term('reliance'), term('construction')]);
    expect(quote.text).toContain(STITCH);
    expect(quote.spans.length).toBe(2);
    expect(checkQuote(quote.text, TEXT, quote.spans)).toEqual({ ok: true, spans: quote.spans });
    // Something was left out between the two pieces.
    expect(TEXT.slice(quote.spans[0]!.end, quote.spans[1]!.start).trim()).not.toBe('');
  });

  it('merges adjacent sentences into one verbatim stretch without an ellipsis', () => {
    const first = { start: 0, end: TEXT.indexOf('Self-reliance means') - 1 };
    const quote = selectQuote(TEXT, first, [term('self'), term('reliance'), term('feet')]);
    expect(quote.text).not.toContain('…');
    expect(TEXT).toContain(quote.text);
  });

  it('goes on to the sentence after the one that matches, and takes no weaker one elsewhere', () => {
    const start = TEXT.indexOf('Of course');
    const quote = selectQuote(TEXT, { start, end: TEXT.indexOf('others.') + 7 }, [term('aid')]);
    expect(quote.text).toBe('Of course, we are not opposed to aid from others. We would receive necessary assistance.');
  });

  it('quotes what the passage says after setting out what the question restates', () => {
    const text = 'Coking coal is not produced in our country, and we had to import it. But our scientists succeeded in producing iron using anthracite. The weather was fine.';
    const quote = selectQuote(text, { start: 0, end: text.indexOf('import it.') + 10 }, [term('coking'), term('coal')]);
    expect(quote.text).toBe('Coking coal is not produced in our country, and we had to import it. But our scientists succeeded in producing iron using anthracite.');
  });

  it.each(['Therefore', 'Accordingly'])('adds the consequence the next sentence draws: %s', (marker) => {
    const text = `We could not afford to buy locomotives abroad. ${marker}, we built them ourselves. The weather was fine.`;
    const quote = selectQuote(text, { start: 0, end: 46 }, [term('locomotives')]);
    expect(quote.text).toBe(`We could not afford to buy locomotives abroad. ${marker}, we built them ourselves.`);
  });

  it('keeps the sentence alone when it ends the paragraph, or when the next would pass the words allowed', () => {
    const last = TEXT.indexOf('But the main thing');
    expect(selectQuote(TEXT, { start: last, end: TEXT.length }, [term('construction')]).text).toBe('But the main thing is self-reliance in construction.');
    const start = TEXT.indexOf('Of course');
    const brief = selectQuote(TEXT, { start, end: TEXT.indexOf('others.') + 7 }, [term('aid')], { ...DEFAULT_QUOTE_OPTIONS, maxWords: 12 });
    expect(brief.text).toBe('Of course, we are not opposed to aid from others.');
  });

  it('cuts an over-long sentence to its best clauses, still whole words', () => {
    const long = `${'we worked hard, '.repeat(30)}and the spirit of self-reliance won, ${'they said, '.repeat(10)}in the end.`;
    const span = trimLongSentence(long, { start: 0, end: long.length }, [term('reliance')], 20);
    const piece = long.slice(span.start, span.end);
    expect(piece).toContain('self-reliance');
    expect(piece.split(/\s+/).length).toBeLessThanOrEqual(20);
    expect(long).toContain(piece);
  });
});

describe('the verbatim check', () => {
  const SENTENCE = 'Of course, we are not opposed to aid from others.';
  const at = TEXT.indexOf(SENTENCE);
  const spans = [{ start: at, end: at + SENTENCE.length }];

  it('accepts a quote that is the text of its spans, and finds the spans of one given without', () => {
    expect(checkQuote(SENTENCE, TEXT, spans)).toEqual({ ok: true, spans });
    expect(checkQuote(SENTENCE, TEXT)).toEqual({ ok: true, spans });
  });

  it.each([
    ['invented words appended', `${SENTENCE} We reject all help.`],
    ['a dropped "not"', 'Of course, we are opposed to aid from others.'],
    ['a straightened apostrophe', "Self-reliance means standing on one's own feet."],
    ['an empty piece beside an omission mark', `${SENTENCE}${STITCH}`],
    ['an omission mark where nothing was left out', `Self-reliance means standing on one’s own feet.${STITCH}Of course, we are not opposed to aid from others.`],
    ['pieces out of order', `We would receive necessary assistance.${STITCH}Of course, we are not opposed to aid from others.`],
  ])('rejects a quote with %s', (_, quote) => {
    expect(checkQuote(quote, TEXT).ok).toBe(false);
  });

  it('rejects a quote whose spans say something else, or lie outside the paragraph', () => {
    expect(checkQuote(`${SENTENCE} Invented.`, TEXT, spans)).toEqual({ ok: false, reason: 'the quote is not the text of its spans' });
    expect(checkQuote(SENTENCE, TEXT, [{ start: TEXT.length - 5, end: TEXT.length + 40 }]).ok).toBe(false);
  });
});
