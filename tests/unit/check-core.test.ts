import { describe, expect, it } from 'vitest';
import { align, AS_RUNS, WORD_BY_WORD } from '../../server/check/align.ts';
import { checkAttribution, citedAuthor, namesakeStated, statedDates, statedPages, statedTimeline } from '../../server/check/attribution.ts';
import { buildWorkNames, isTitle, namesCapitalised, statedWork, titledIn, worksTitleBegins } from '../../server/retrieval/work-names.ts';
import { verdictOf, DEFAULT_CHECK } from '../../server/check/check.ts';
import { buildQuoteIndex, candidateParagraphs } from '../../server/check/corpus-index.ts';
import { extractClaims } from '../../server/check/extract.ts';
import { fold, originalSpan, words } from '../../server/check/fold.ts';
import { matchQuotation, quotationPieces } from '../../server/check/match.ts';
import { titleAsWritten } from '../../server/check/titles.ts';
import type { Paragraph, Work } from '../../server/corpus/types.ts';

const work = (id: string, year: number, title: string, extra: Partial<Work> = {}): Work => ({
  id,
  title,
  date: `${year}-06-09`,
  year,
  author: 'Kim Il Sung',
  file: 'x.txt',
  ...extra,
});
const WORKS = [
  work('w1974', 1974, 'Talk to the director of the Ecuadorian publishing house Voluntad'),
  work('w1987', 1987, 'Let us develop South-South cooperation', { occasion: 'Congratulatory Speech at the Extraordinary Ministerial Conference of Non-Aligned Countries' }),
  work('w1982', 1982, 'Answers to questions raised by the director of the Syrian magazine Jeich al Shaab'),
  work('w1979', 1979, 'Answers to questions raised by the director of the research department of Benin'),
  work('w1971', 1971, "Answers to questions raised by the Iraqi journalists' delegation"),
];
const para = (workId: string, position: number, text: string): Paragraph => ({ id: `${workId}-p${position}`, workId, position, text });
const PARAGRAPHS = [
  para('w1974', 1, 'You said our country has been industrialized and highly developed, but it is a young country. We have only just laid the foundations enabling us to stand on our own feet and to develop the country through our own efforts.'),
  para('w1987', 1, 'The developing countries have   abundant manpower and “natural resources” which can be exchanged amongst them. South-South cooperation is an urgent matter.'),
  para('w1982', 1, 'We went out among the workers and other labouring people to inform them of the country’s difficult situation.'),
  para('w1979', 2, 'Answer: Self-reliance is, in brief, a revolutionary spirit of independent people who shape their own destiny themselves.'),
];
const index = buildQuoteIndex(WORKS, PARAGRAPHS);
const quoteOf = (q: string) => {
  const m = matchQuotation(index, q)!;
  return { ...m, source: m.paragraph.paragraph.text.slice(m.span.start, m.span.end), verdict: verdictOf(m, DEFAULT_CHECK) };
};

describe('finding quotations in pasted text', () => {
  it('takes spans of four words or more in straight and curly, double and single marks', () => {
    const text = `He said "we must rely on ourselves" and “the country is young now”. Then 'our own efforts come first' and ‘one two three four’. A "short one" too.`;
    expect(extractClaims(text).quotations.map((q) => q.text)).toEqual([
      'we must rely on ourselves',
      'the country is young now',
      'our own efforts come first',
      'one two three four',
    ]);
  });

  it('takes quotations in the marks other languages write: „…“, „…”, «…» and »…«, not pairing „…” with a “ that opens another', () => {
    const text = 'One „we must rely on ourselves“ two «the country is young now» three »our own efforts come first« four „one two three four” and “five six seven eight”.';
    expect(extractClaims(text).quotations.map((q) => q.text)).toEqual([
      'we must rely on ourselves',
      'the country is young now',
      'our own efforts come first',
      'one two three four',
      'five six seven eight',
    ]);
  });

  it('leaves apostrophes inside words and plural possessives alone', () => {
    const text = `The workers' party said 'we don't rely on the big countries' help at all' and Korea’s people agreed.`;
    const [q] = extractClaims(text).quotations;
    expect(q!.text).toBe("we don't rely on the big countries' help at all");
    expect(text.slice(q!.start, q!.end)).toBe(q!.text);
    // But a quotation ending "s’" before a lowercase word closes there when no other mark would close it before the
    // next opening one, or its paragraph's end.
    const texts = (t: string) => extractClaims(t).quotations.map((x) => x.text);
    expect(texts('He called it ‘a great and miraculous success’ and said the workers ‘succeeded in building excellent furnaces’.')).toEqual([
      'a great and miraculous success',
      'succeeded in building excellent furnaces',
    ]);
    expect(texts('He praised the workers’ ‘redoubled energy and devotion of the masses’ for the upsurge.')).toEqual(['redoubled energy and devotion of the masses']);
  });

  it('ends a sentence at a line that closes before a line opening a quotation (a list, one a line), not at other line breaks', () => {
    const list = '"we must rely on ourselves" — Kim, 1961\n- "the country is young now" (1974)\n"our own efforts come first" (Kim 1987)';
    const sentences = extractClaims(list).quotations.map((q) => list.slice(q.sentence.start, q.sentence.end));
    expect(sentences).toEqual(['"we must rely on ourselves" — Kim, 1961', '- "the country is young now" (1974)', '"our own efforts come first" (Kim 1987)']);
    // Prose pasted with its line breaks stays one sentence.
    const prose = 'In 1961 he said that\n"we must rely on ourselves" and\nwent on.';
    const [q] = extractClaims(prose).quotations;
    expect(prose.slice(q!.sentence.start, q!.sentence.end)).toBe(prose);
  });

  it('follows a quotation over a line break but not over a blank line', () => {
    expect(extractClaims('He said "we must rely\non ourselves alone" then.').quotations.map((q) => q.text)).toEqual(['we must rely\non ourselves alone']);
    expect(extractClaims('He said "we must rely\n\non ourselves alone" then "one two three four".').quotations.map((q) => q.text)).toEqual(['one two three four']);
  });

  it('splits the rest into sentences, never inside a quotation, and gives each quotation its sentence', () => {
    const text = 'Self-reliance was central to his thought. He said: "We build. We do it ourselves." Critics disagreed with this view.';
    const { quotations, sentences } = extractClaims(text);
    expect(quotations).toHaveLength(1);
    expect(text.slice(quotations[0]!.sentence.start, quotations[0]!.sentence.end)).toBe('He said: "We build. We do it ourselves."');
    expect(sentences.map((s) => s.text)).toEqual(['Self-reliance was central to his thought.', 'Critics disagreed with this view.']);
  });

  it('ends a sentence at a blank line, with or without a full stop, and not at "vol."', () => {
    const text = '"one two three four" — Kim, 1974\n\n"five six seven eight" (Kim, Works, vol. 15, p. 300).';
    const { quotations, sentences } = extractClaims(text);
    expect(quotations.map((q) => text.slice(q.sentence.start, q.sentence.end))).toEqual(['"one two three four" — Kim, 1974', '"five six seven eight" (Kim, Works, vol. 15, p. 300).']);
    expect(sentences).toEqual([]);
  });

  it('gives a quotation the citation right after it, in its sentence, even after a full stop inside the marks', () => {
    const text = 'He said "we do it all ourselves." (Kim 1987, p. 52). Then "one two three four" (Kim 9) and "five six seven eight", he added (p. 3).';
    const { quotations, sentences } = extractClaims(text);
    const cited = quotations.map((q) => q.citation && text.slice(q.citation.start, q.citation.end));
    expect(cited).toEqual(['(Kim 1987, p. 52)', '(Kim 9)', undefined]);
    expect(text.slice(quotations[0]!.sentence.start, quotations[0]!.sentence.end)).toBe('He said "we do it all ourselves." (Kim 1987, p. 52).');
    expect(sentences).toEqual([]);
  });

  it('gives a quotation the footnote its marker points to, as a superscript, plain digits against the mark or a bracketed number', () => {
    const text = [
      'He said "we do it all ourselves."¹ Then "one two three four."2 In 1961 he added that "five six seven eight" in the same breath. [3] Later, "nine ten eleven twelve" (1987).',
      '',
      '¹ Kim Il Sung, "All Efforts," 1961, 2.',
      '2. Ibid., 3.',
      '[3] Kim Il Sung, "All Efforts," 1961.',
    ].join('\n');
    const { quotations, sentences } = extractClaims(text);
    expect(quotations.map((q) => q.note && text.slice(q.note.start, q.note.end))).toEqual(['Kim Il Sung, "All Efforts," 1961, 2.', 'Ibid., 3.', 'Kim Il Sung, "All Efforts," 1961.', undefined]);
    // A marker ends the sentence before it; the notes are no sentences of the text.
    expect(text.slice(quotations[0]!.sentence.start, quotations[0]!.sentence.end)).toBe('He said "we do it all ourselves."');
    expect(sentences).toEqual([]);
  });

  it('reads a paragraph indented under a less indented one as a block quotation, introduced by the sentence before it', () => {
    const text = 'In 1961 he put it plainly:\n\n    We do it all ourselves. We ask\n    nobody for anything. (Kim 1961, 2)\n\nThat was new.';
    const { quotations, sentences } = extractClaims(text);
    expect(quotations.map((q) => q.text)).toEqual(['We do it all ourselves. We ask\n    nobody for anything.']);
    const [block] = quotations;
    expect(text.slice(block!.citation!.start, block!.citation!.end)).toBe('(Kim 1961, 2)');
    expect(text.slice(block!.sentence.start, block!.sentence.end)).toBe(`In 1961 he put it plainly:\n\n    ${block!.text} (Kim 1961, 2)`);
    expect(sentences.map((s) => s.text)).toEqual(['In 1961 he put it plainly:', 'That was new.']);
    // Every paragraph opening with a tab sets none off; a block in quotation marks is one quotation.
    expect(extractClaims('\tHe spoke.\n\n\tWe do it all ourselves every day.').quotations).toEqual([]);
    expect(extractClaims('He said:\n\n    "We do it all ourselves every day."').quotations.map((q) => q.text)).toEqual(['We do it all ourselves every day.']);
  });

  it('checks no heading: a line of its own, with no end mark, in title case', () => {
    const essay = "Kim Il Sung's Juche and the Limits of Self-Reliance\n\nAid in the 1960s\nHe accepted aid from fraternal countries.\n\nKim opposed all foreign aid\n\nThe Seven-Year Plan Was Fulfilled Early.";
    expect(extractClaims(essay).sentences.map((s) => s.text)).toEqual(['He accepted aid from fraternal countries.', 'Kim opposed all foreign aid', 'The Seven-Year Plan Was Fulfilled Early.']);
  });

  it('checks no sentence of the list of works cited after the text, under its heading; a heading over the text heads none', () => {
    const essay = 'He said "we do it all ourselves" (Kim 2). He meant trade as well.\n\nWorks Cited\n\nKim Il Sung. "All Efforts to Attain the Six Goals." Foreign Languages Publishing House, 2022.';
    const { quotations, sentences } = extractClaims(essay);
    expect(quotations.map((q) => q.text)).toEqual(['we do it all ourselves', 'All Efforts to Attain the Six Goals.']);
    expect(sentences.map((s) => s.text)).toEqual(['He meant trade as well.']);
    expect(extractClaims(essay.replace('Works Cited', 'Bibliography:')).sentences.map((s) => s.text)).toEqual(['He meant trade as well.']);
    const notes = 'Notes:\n\nHe valued trade with the socialist countries. He feared dependence on the great powers.';
    expect(extractClaims(notes).sentences.map((s) => s.text)).toEqual(['He valued trade with the socialist countries.', 'He feared dependence on the great powers.']);
  });

  it('reads no footnote without a marker before it, nor a year or a number in the text as a marker', () => {
    const list = '1. "we do it all ourselves" (1961)\n2. "one two three four" (1987)';
    expect(extractClaims(list).quotations.map((q) => q.note)).toEqual([undefined, undefined]);
    const numbers = 'He said "we do it all ourselves"1961 and "one two three four" 12 times.\n\n12 Kim Il Sung, 1961.';
    expect(extractClaims(numbers).quotations.map((q) => q.note)).toEqual([undefined, undefined]);
    expect(extractClaims(numbers).sentences.map((s) => s.text)).toContain('12 Kim Il Sung, 1961.');
  });
});

describe('titles in quotation marks', () => {
  const names = buildWorkNames(WORKS);

  it('reads a whole title or occasion, in any case and marks, as a title and not a quotation', () => {
    expect(isTitle('Let Us Develop South-South Cooperation,', names)).toBe(true);
    expect(isTitle('congratulatory speech at the extraordinary ministerial conference of non-aligned countries', names)).toBe(true);
    expect(isTitle('Let us develop South-South cooperation (Excerpts)', names)).toBe(true);
    expect(isTitle('Let us develop South-South trade', names)).toBe(false);
    expect(isTitle('develop South-South cooperation', names)).toBe(false);
    const text = 'In “Let Us Develop South-South Cooperation,” he said that "South-South cooperation is an urgent matter." Others wrote "we must do it all ourselves".';
    const { quotations, sentences } = extractClaims(text, (quoted) => isTitle(quoted, names));
    expect(quotations.map((q) => q.text)).toEqual(['South-South cooperation is an urgent matter.', 'we must do it all ourselves']);
    expect(text.slice(quotations[0]!.sentence.start, quotations[0]!.sentence.end)).toMatch(/^In “Let Us Develop South-South Cooperation,” he said/);
    // A sentence whose only marks hold a title is a sentence like any other.
    expect(extractClaims('His speech “Let us develop South-South cooperation” was given in Pyongyang.', (quoted) => isTitle(quoted, names)).sentences).toHaveLength(1);
  });

  it('reads the first words of a title, three or more, as the title shortened, and says which works it may be', () => {
    expect(worksTitleBegins('Talk to the Director,', names)).toEqual(new Set(['w1974']));
    expect(worksTitleBegins('Answers to Questions Raised by the Director', names)).toEqual(new Set(['w1982', 'w1979']));
    expect(worksTitleBegins('Let us', names)).toEqual(new Set());
    expect(worksTitleBegins('develop South-South cooperation', names)).toEqual(new Set());
    // The whole title is no shortening of it.
    expect(worksTitleBegins('Let us develop South-South cooperation', names)).toEqual(new Set());
  });

  it('says which work a whole title names as the title is written, not from the first to the last word naming it', () => {
    const text = 'The developing countries must "do it all" (Kim, “Let Us Develop South-South Cooperation,” 1987).';
    expect(statedWork(text, names)).toMatchObject({ workId: 'w1987', text: 'Let Us Develop South-South Cooperation' });
  });

  it('names the work whose whole title a question holds, of four words or more, and one work only', () => {
    expect(titledIn('Summarise let us develop South-South cooperation please', names)).toBe('w1987');
    expect(titledIn('What did he say about developing South-South cooperation?', names)).toBeNull();
    const short = buildWorkNames([work('s1', 1970, 'On self-reliance'), work('s2', 1971, 'Building a modern industry together')]);
    expect(titledIn('What did he say on self-reliance?', short)).toBeNull();
    expect(titledIn('What is "Building a modern industry together" about?', short)).toBe('s2');
  });
});

describe('names of titles typed in lower case', () => {
  const names = buildWorkNames(WORKS);
  const notEnglish = (word: string) => !['director', 'publishing', 'house', 'magazine'].includes(word);
  it('writes them with their capital in a question that writes capitals, names no common word, and in one all in lower case every name of the titles', () => {
    expect(namesCapitalised('When was the voluntad talk?', names, notEnglish)).toBe('When was the Voluntad talk?');
    expect(namesCapitalised('What did he tell the benin director?', names, notEnglish)).toBe('What did he tell the Benin director?');
    expect(namesCapitalised('Who was the director?', names, notEnglish)).toBe('Who was the director?');
    // All in lower case, the text says nothing by its case: its names are those of the titles, and their other forms,
    // whatever `isName` holds of them ("benin" is one letter from "begin"), so that an author's name written with its
    // capital ("Kim") leaves them read as names.
    const english = () => false;
    expect(namesCapitalised('when was the voluntad talk', names, notEnglish)).toBe('when was the Voluntad talk');
    expect(namesCapitalised('what did kim tell the benin official', names, english)).toBe('what did kim tell the Benin official');
    expect(namesCapitalised('when did kim talk to journalists from iraq', names, english)).toBe('when did kim talk to journalists from Iraq');
    expect(namesCapitalised('when was the director asked', names, english)).toBe('when was the director asked');
    // Part of a longer word is no name.
    expect(namesCapitalised('What about benins?', names, notEnglish)).toBe('What about benins?');
  });

  it('writes an author\'s name with its capital however the question is typed, not a word of it that is common English, nor one of another name', () => {
    const isName = (word: string) => ['kim', 'il', 'san', 'ho', 'jong'].includes(word);
    expect(namesCapitalised('when did kim say the country is young', names, isName)).toBe('when did Kim say the country is young');
    expect(namesCapitalised('what did kim il sung say', names, isName)).toBe('what did Kim Il sung say');
    expect(namesCapitalised('who is kim san ho', names, isName)).toBe('who is kim san ho');
  });
});

describe('a title written otherwise', () => {
  const asWritten = (phrase: string) => titleAsWritten(phrase, WORKS, DEFAULT_CHECK);

  it('names the work whose title or occasion a phrase writes with a word changed, dropped or swapped, and shows the change', () => {
    expect(asWritten('Let us develop South-South trade')).toMatchObject({ work: { id: 'w1987' }, edits: 1 });
    expect(asWritten('Let us develop South-South trade')!.diff).toEqual([
      { op: 'equal', text: 'Let us develop South-South' },
      { op: 'delete', text: 'trade' },
      { op: 'insert', text: 'cooperation' },
    ]);
    expect(asWritten('Talk to the director of the Ecuadorian publishing house')).toMatchObject({ work: { id: 'w1974' }, edits: 1 });
    expect(asWritten('Talk to the director of the Ecuadorian house Voluntad publishing')).toMatchObject({ work: { id: 'w1974' } });
    expect(asWritten('Congratulatory Speech at the Extraordinary Ministerial Conference of the Non-Aligned Countries')).toMatchObject({
      work: { id: 'w1987' },
      title: 'Congratulatory Speech at the Extraordinary Ministerial Conference of Non-Aligned Countries',
    });
    // Hyphens and punctuation aside, the title itself.
    expect(asWritten('Let Us Develop South-South Co-operation')).toMatchObject({ work: { id: 'w1987' }, edits: 0 });
  });

  it('names none for a phrase further from every title, or only a part of one', () => {
    expect(asWritten('Let us develop trade among the developing countries')).toBeNull();
    expect(asWritten('the director of the Ecuadorian publishing')).toBeNull();
    expect(asWritten('South-South cooperation is an urgent matter')).toBeNull();
  });
});

describe('folding', () => {
  it('folds whitespace runs and quote characters and maps back to the original offsets', () => {
    const f = fold('a  “b”\n c');
    expect(f.text).toBe('a "b" c');
    expect(originalSpan(f, 2, 5)).toEqual({ start: 3, end: 6 });
    // A number's thousands, set apart by a space or a comma, are one number; a comma between numbers is kept.
    for (const typed of ['120 000 tons', '120,000 tons', '120000 tons']) expect(fold(typed).text, typed).toBe('120000 tons');
    expect(fold('In 1961, 200 workers').text).toBe('In 1961, 200 workers');
    expect(fold('In 1961 200 workers and 1 200 000 tons, or 1,200,000').text).toBe('In 1961 200 workers and 1200000 tons, or 1200000');
    expect(fold('pp. 1, 23 and 4567').text).toBe('pp. 1, 23 and 4567');
  });

  it('folds a dash typed in any form to one, with no space around it, and keeps a word’s hyphen', () => {
    const source = fold('Juche and self-reliance—these are the basic guarantees');
    for (const typed of ['Juche and self-reliance - these are', 'Juche and self-reliance -- these are', 'Juche and self-reliance – these are', 'Juche and self-reliance — these are']) {
      expect(source.text.startsWith(fold(typed).text), typed).toBe(true);
    }
    expect(fold('self-reliance').text).toBe('self-reliance');
    expect(fold('1945-1956').text).toBe('1945-1956');
    // Offsets still lead back to the original: the dash of "a -- b" is at 2.
    const f = fold('a -- b');
    expect(f.text).toBe('a—b');
    expect(originalSpan(f, 1, 3)).toEqual({ start: 2, end: 6 });
  });

  it('folds what a text copied from a PDF holds: ligatures, full-width letters, other hyphens, soft hyphens and zero-width spaces', () => {
    const f = fold('We bene\ufb01t from \uff33elf\u2011reli\u00adance, stand\u200bing');
    expect(f.text).toBe('We benefit from Self-reliance, standing');
    // "fi" leads back to the one ligature it was written as.
    expect(originalSpan(f, 3, 10)).toEqual({ start: 3, end: 9 });
    expect(words('bene\ufb01t self\u2011reli\u00adance').map((w) => w.key)).toEqual(['benefit', 'selfreliance']);
  });

  it('splits a quotation at every kind of omission mark, and around words the writer put in square brackets', () => {
    const pieces = (q: string) => quotationPieces(q).map((p) => [p.text, p.after]);
    expect(pieces('one two ... three four […] five six … seven [...] eight.')).toEqual([
      ['one two', null],
      ['three four', 'omission'],
      ['five six', 'omission'],
      ['seven', 'omission'],
      ['eight', 'omission'],
    ]);
    // A letter's case changed and "[sic]" are the source's words; bracketed words of the writer's own stand between pieces.
    expect(pieces('[t]he [North Korean] people [sic] must live [...] [on] Korean soil')).toEqual([
      ['the', null],
      ['people must live', 'inserted'],
      ['Korean soil', 'omission'],
    ]);
  });
});

describe('word alignment', () => {
  const keys = (s: string) => s.split(' ');
  const run = (q: string, s: string, gaps?: Set<number>) => align(keys(q), keys(s), keys(q), keys(s), gaps);
  // Word edits from the quotation to the source: words changed, added or swapped (a swap once), and words left out.
  const edits = (a: ReturnType<typeof run>) => a.wordsChanged + a.omitted;

  it('counts a changed word once and shows it as delete + insert', () => {
    const a = run('we rely on the others', 'now we rely on our own efforts');
    expect(edits(a)).toBeGreaterThan(1);
    const b = run('we rely on their efforts', 'now we rely on our efforts alone');
    expect(edits(b)).toBe(1);
    expect(b.diff).toEqual([
      { op: 'equal', text: 'we rely on' },
      { op: 'delete', text: 'their' },
      { op: 'insert', text: 'our' },
      { op: 'equal', text: 'efforts' },
    ]);
    expect(b.from).toBe(1);
    expect(b.to).toBe(6);
  });

  it('shows a changed last word as changed, not as dropped', () => {
    expect(run('vital to complete national independance', 'economic independence is vital to complete national independence').diff).toEqual([
      { op: 'equal', text: 'vital to complete national' },
      { op: 'delete', text: 'independance' },
      { op: 'insert', text: 'independence' },
    ]);
  });

  it('counts two neighbouring words swapped as one edit', () => {
    const a = run('stand on own our feet', 'to stand on our own feet today');
    expect(edits(a)).toBe(1);
    const words = (op: 'delete' | 'insert') => a.diff.filter((d) => d.op !== op).map((d) => d.text).join(' ');
    expect(words('insert')).toBe('stand on own our feet');
    expect(words('delete')).toBe('stand on our own feet');
  });

  it('counts a compound written open where the source joins it as one changed word, aligned with it', () => {
    // Keys as the check makes them: "Self-reliance" is "selfreliance".
    const a = align(['self', 'reliance', 'means', 'standing'], ['of', 'selfreliance', 'selfreliance', 'means', 'standing'], ['self', 'reliance', 'means', 'standing'], ['of', 'self-reliance.', 'Self-reliance', 'means', 'standing']);
    expect([a.wordsChanged, a.omitted, a.changes, a.from, a.to]).toEqual([1, 0, 1, 2, 5]);
    expect(a.diff).toEqual([
      { op: 'delete', text: 'self reliance' },
      { op: 'insert', text: 'Self-reliance' },
      { op: 'equal', text: 'means standing' },
    ]);
    // A compound of six words, one changed word too.
    const open = 'the let each machine tool make another movement'.split(' ');
    const b = align(open, ['opened', 'up', 'the', 'leteachmachinetoolmakeanother', 'movement'], open, ['opened', 'up', 'the', 'let-each-machine-tool-make-another', 'movement']);
    expect([b.wordsChanged, b.changes, b.from, b.to]).toEqual([1, 1, 2, 5]);
    expect(b.diff).toEqual([
      { op: 'equal', text: 'the' },
      { op: 'delete', text: 'let each machine tool make another' },
      { op: 'insert', text: 'let-each-machine-tool-make-another' },
      { op: 'equal', text: 'movement' },
    ]);
  });

  it('skips the source words at an omission mark for free', () => {
    expect(edits(run('we rely efforts alone', 'we rely on our own efforts alone', new Set([2])))).toBe(0);
  });

  it('reads source words left out without an omission mark as one change that keeps every quoted word', () => {
    const a = run('we rely efforts alone', 'we rely on our own efforts alone');
    expect([a.wordsChanged, a.omitted, a.changes]).toEqual([0, 3, 1]);
    expect(a.diff).toEqual([
      { op: 'equal', text: 'we rely' },
      { op: 'insert', text: 'on our own' },
      { op: 'equal', text: 'efforts alone' },
    ]);
    // Near the end too: the source's words are skipped rather than the quotation's last words dropped.
    const b = run('we have laid the foundations to own feet', 'we have laid the foundations to stand on our own feet');
    expect([b.wordsChanged, b.omitted, b.changes]).toEqual([0, 3, 1]);
  });

  it('weighs a phrase left out as one edit when asked to, so that a lone first word is not read as changed', () => {
    const [quote, source] = ['we laid the foundations', 'we have only just laid the foundations'];
    // Word by word, leaving three words out (1.5) costs more than changing one: "we" reads as "just" changed.
    const word = run(quote, source);
    expect([word.wordsChanged, word.omitted]).toEqual([1, 0]);
    const runs = align(keys(quote), keys(source), keys(quote), keys(source), undefined, AS_RUNS);
    expect([runs.wordsChanged, runs.omitted, runs.changes]).toEqual([0, 3, 1]);
    expect(runs.diff).toEqual([
      { op: 'equal', text: 'we' },
      { op: 'insert', text: 'have only just' },
      { op: 'equal', text: 'laid the foundations' },
    ]);
    // The same costs word by word as the default: an omission's first word at half a change.
    expect(align(keys(quote), keys(source), keys(quote), keys(source), undefined, WORD_BY_WORD)).toEqual(word);
  });
});

describe('matching quotations against the corpus', () => {
  it('finds the candidate paragraph by the rare words it shares with the quotation', () => {
    expect(candidateParagraphs(index, ['labouring', 'people', 'situation'], 1)).toEqual([2]);
  });

  it('calls a quotation exact despite folded whitespace, curly quotes and a lower-case first letter', () => {
    const m = quoteOf('abundant manpower and "natural resources" which can be exchanged');
    expect(m.verdict).toBe('exact');
    expect(m.source).toBe('abundant manpower and “natural resources” which can be exchanged');
    expect(quoteOf('we went out among the workers and other labouring people to inform them of the country\'s difficult situation.').verdict).toBe('exact');
    // The source's inner double marks written single, as the styles ask, an apostrophe within a word kept apart.
    expect(quoteOf("abundant manpower and 'natural resources' which can be exchanged").verdict).toBe('exact');
    expect(fold("the country's 'goal'").text).toBe(`the country's "goal"`);
    // Ending inside marks of the source's, the quotation's closing mark trimmed: the source's wording closes them.
    expect(quoteOf('The developing countries have abundant manpower and "natural resources"').source).toBe('The developing countries have   abundant manpower and “natural resources”');
  });

  it('accepts omission marks between pieces that stand in order in one paragraph, not out of order', () => {
    expect(quoteOf('We have only just laid the foundations … to develop the country through our own efforts').verdict).toBe('exact');
    expect(quoteOf('to develop the country through our own efforts ... We have only just laid the foundations').verdict).not.toBe('exact');
    // The pieces where they lie closest: the first piece's later place, not an earlier one sentences before.
    const repeated = buildQuoteIndex(WORKS, [para('w1974', 1, 'We relied on foreign assistance. This is all the more true today. Foreign assistance has limitations and can only play an auxiliary role.')]);
    const m = matchQuotation(repeated, 'foreign assistance ... can only play an auxiliary role')!;
    expect(m.paragraph.paragraph.text.slice(m.span.start, m.span.end)).toBe('Foreign assistance has limitations and can only play an auxiliary role');
  });

  it('accepts words in square brackets that stand for a few of the source’s, a letter’s case changed in brackets and “[sic]”', () => {
    for (const quotation of [
      '[w]e have only just laid the foundations',
      '[The Koreans] have only just laid the foundations enabling us',
      'We have only just laid [these] foundations enabling us',
      'We have only [sic] just laid the foundations',
      'to stand on [their] own feet and to develop the country',
      // "our own" stands first before "feet": its second place is the one the bracket fits.
      'our own [hard] efforts',
    ]) {
      expect(quoteOf(quotation).verdict, quotation).toBe('exact');
    }
    // Bracketed words stand for a few of the source's, not for a clause.
    expect(quoteOf('We [Koreans] develop the country through our own efforts').verdict).not.toBe('exact');
  });

  it('calls a one-word change close and gives the whole source sentence and the diff', () => {
    const m = quoteOf('We have only just laid the foundations enabling us to stand on our feet');
    expect(m.verdict).toBe('close');
    expect(m.source).toBe('We have only just laid the foundations enabling us to stand on our own feet and to develop the country through our own efforts.');
    expect(m.diff).toContainEqual({ op: 'insert', text: 'own' });
    expect(PARAGRAPHS[0]!.text).toContain(m.source);
    // An interview's "Answer:" label is not part of what to quote.
    const answer = quoteOf('a revolutionary spirit of independent people who shape their own destiny by themselves');
    expect(answer.verdict).toBe('close');
    expect(answer.source).toBe('Self-reliance is, in brief, a revolutionary spirit of independent people who shape their own destiny themselves.');
  });

  it('finds nothing close for a quotation the corpus does not hold', () => {
    const m = matchQuotation(index, 'the moon is made of green cheese and nothing else');
    expect(verdictOf(m, DEFAULT_CHECK)).toBe('not_found');
  });
});

describe('attribution', () => {
  const names = buildWorkNames(WORKS);

  it('reads a year, a month and year, and a full date, the most precise reading first', () => {
    expect(statedDates('On 9 June 1987 and in October 1974, and in 1961, but not the 1950-53 war or the 1960s').map((d) => [d.text, d.year, d.month ?? null, d.day ?? null])).toEqual([
      ['9 June 1987', 1987, 6, 9],
      ['October 1974', 1974, 10, null],
      ['1961', 1961, null, null],
      ['the 1960s', 1960, null, null],
    ]);
  });

  it('reads a run of years, a side of a year and a part of one, and checks a quotation against them', () => {
    expect(statedDates('In 1975-76, in 1971–1973, before 1970, pre-1970, until 1970, after 1980, since 1980, post-1980, and 1987-85').map((d) => [d.text, d.years ?? null])).toEqual([
      ['1975-76', [1975, 1976]],
      ['1971–1973', [1971, 1973]],
      ['before 1970', [1500, 1969]],
      ['pre-1970', [1500, 1969]],
      ['until 1970', [1500, 1970]],
      ['after 1980', [1981, 2099]],
      ['since 1980', [1980, 2099]],
      ['post-1980', [1981, 2099]],
      ['1987-85', null],
    ]);
    expect(statedDates('In mid-1975, in the summer of 1987 and early in 1961').map((d) => [d.text, d.year, d.months])).toEqual([
      ['mid-1975', 1975, [5, 6, 7, 8]],
      ['the summer of 1987', 1987, [6, 7, 8]],
      ['early in 1961', 1961, [1, 2, 3, 4]],
    ]);
    const source = WORKS[0]!;
    expect(source.date).toBe('1974-06-09');
    const agrees = (said: string) => checkAttribution(`${said}, he said:`, said.length + 10, source, names)?.ok;
    expect(['Before 1980', 'In 1973-75', 'Since 1974', 'In the summer of 1974', 'In mid-1974'].map(agrees)).toEqual([true, true, true, true, true]);
    expect(['Before 1974', 'In 1975-76', 'After 1974', 'In the winter of 1974', 'Early in 1974', 'In late 1974'].map(agrees)).toEqual([false, false, false, false, false, false]);
    // The years of a war the sentence speaks of are not the saying's.
    expect(checkAttribution('Recalling the 1950-53 war, he said:', 30, source, names)).toBeNull();
  });

  it('reads a decade or a part of one as its years, and a quotation of them as rightly or wrongly dated', () => {
    expect(statedDates('In the 1970s, the early 1980s and the mid-1960s, not the 1950-53 war').map((d) => [d.text, d.years])).toEqual([
      ['the 1970s', [1970, 1979]],
      ['the early 1980s', [1980, 1983]],
      ['the mid-1960s', [1964, 1966]],
    ]);
    const source = WORKS[0]!;
    expect(checkAttribution('In the 1970s, he said:', 3, source, names)).toEqual({ stated: 'the 1970s', actual: '9 June 1974', ok: true });
    expect(checkAttribution('In the early 1970s, he said:', 3, source, names)?.ok).toBe(false);
    // No year is counted from a decade.
    expect(statedTimeline('In the 1970s he spoke. Two years later he wrote.').map((d) => d.text)).toEqual(['the 1970s']);
  });

  it('reads a time stated from the date before it as the year it makes, and leaves out one with no date before', () => {
    const text = 'Two years later, no year. In 1969 he spoke. Two years later he wrote; the following year, and that same year, he spoke; three years earlier, and two years after the war, the year before.';
    expect(statedTimeline(text).map((d) => [d.text, d.year])).toEqual([
      ['1969', 1969],
      ['two years later (1971)', 1971],
      ['the following year (1972)', 1972],
      ['that same year (1972)', 1972],
      ['three years earlier (1969)', 1969],
      ['the year before (1968)', 1968],
    ]);
    // A decade counted, give or take the two years a writer rounds to it.
    expect(statedTimeline('In 1961 he spoke. A decade later he wrote; two decades later, he said.').map((d) => [d.text, d.years ?? null])).toEqual([
      ['1961', null],
      ['a decade later (1969–1973)', [1969, 1973]],
    ]);
    expect(statedTimeline('In 1961 he spoke. Two decades later he said.').map((d) => [d.text, d.years ?? null])).toEqual([
      ['1961', null],
      ['two decades later (1979–1983)', [1979, 1983]],
    ]);
  });

  it('recognises a work by its distinctive title or occasion words, not by words many titles share', () => {
    expect(statedWork('in his speech to the Non-Aligned ministers', names)?.workId).toBe('w1987');
    expect(statedWork('as he told Voluntad', names)?.workId).toBe('w1974');
    expect(statedWork('as the director said in answers to questions', names)).toBeNull();
    // Said in a short title in quotation marks, the whole of it; outside marks, the words that name it.
    expect(statedWork('(Kim, “Let Us Develop” 19)', names)).toMatchObject({ workId: 'w1987', text: 'Let Us Develop' });
    expect(statedWork('as he’s told Voluntad, it’s said', names)?.text).toBe('Voluntad');
  });

  it('reads no work in a name many titles share a word of ("North" of "North Korea")', () => {
    const korean = buildWorkNames([
      ...['Speech in Korea', 'Talk on Korea', 'Letter to Korea'].map((title, i) => work(`k${i}`, 1970 + i, title)),
      work('wabs', 2022, 'North Korea’s choice of heavy industry', { author: 'Zhang Chao' }),
    ]);
    expect(statedWork('In 1974, he said North Korea did', korean)).toBeNull();
    expect(statedWork('as the study of the choice of heavy industry says', korean)?.workId).toBe('wabs');
  });

  it('reads words in lower case as naming a work only together, as a phrase: one other word among them, not two', () => {
    const study = buildWorkNames([work('k1', 1970, 'Speech on the goals'), work('wabs', 2022, 'North Korea’s choice of heavy industrialization and development', { author: 'Zhang Chao' })]);
    expect(statedWork('as the heavy industrialization study says', study)?.workId).toBe('wabs');
    // A title misremembered by a word still names its work.
    expect(statedWork('as the study of heavy forced industrialization says', study)?.workId).toBe('wabs');
    // Words of the title that a sentence says apart, about something else, name nothing.
    expect(statedWork('he urged developing agriculture, light industry and trade', study)).toBeNull();
  });

  it('recognises a name of a title in another form: the country for its people, the people for their country', () => {
    expect(statedWork('as he told an Ecuador publisher', names)?.workId).toBe('w1974');
    expect(statedWork('speaking to journalists from Iraq', names)?.workId).toBe('w1971');
    expect(statedWork('in an interview for a Beninese ministry', names)?.workId).toBe('w1979');
    expect(statedWork('as he told the Korean people', names)).toBeNull();
    // In lower case among capitals, no name; typed all in lower case, case says nothing, and another form of a
    // title's name is read as one ("peruvian" for "Peru"), though not a word of a title itself ("the director").
    expect(statedWork('As he told an ecuador publisher', names)).toBeNull();
    expect(statedWork('as he told an ecuador publisher', names)?.workId).toBe('w1974');
    expect(statedWork('speaking to journalists from iraq', names)?.workId).toBe('w1971');
    expect(statedWork('as the director said', names)).toBeNull();
  });

  it('flags a wrong year and a wrong work, and confirms a right one', () => {
    const source = WORKS[0]!;
    expect(checkAttribution('In 1961, he said:', 3, source, names)).toEqual({ stated: '1961', actual: '9 June 1974', ok: false, wrong: ['date'] });
    expect(checkAttribution('In June 1974, he said:', 3, source, names)?.ok).toBe(true);
    expect(checkAttribution('In his speech to the Non-Aligned ministers he said', 3, source, names)).toMatchObject({ ok: false, wrong: ['work'], actual: `9 June 1974, ${source.title}` });
    expect(checkAttribution('He said:', 3, source, names)).toBeNull();
    // An undated source neither confirms nor contradicts a date: only what else is stated is checked.
    const undated = { ...work('z', 2020, 'Self-reliant heavy industrialization', { author: 'Zhang Chao' }), date: null, year: null };
    const withUndated = buildWorkNames([...WORKS, undated]);
    expect(checkAttribution('Zhang Chao argues that North Korea did so in the 1950s.', 20, undated, withUndated)).toEqual({ stated: 'Zhang Chao', actual: 'undated, by Zhang Chao', ok: true });
    expect(checkAttribution('In 1956, the state did so.', 3, undated, withUndated)).toBeNull();
    // A time's words name no work: "Six years later" is not "the six goals".
    const sixGoals = work('w1961', 1961, 'All efforts to attain the six goals', { occasion: "Concluding Speech at the Plenary Meeting of the Central Committee of the Workers' Party of Korea" });
    const direction = work('w1993', 1993, 'On the direction of socialist economic construction', { occasion: "Speech at the Plenary Meeting of the Central Committee of the Workers' Party of Korea" });
    const withSix = buildWorkNames([...WORKS, sixGoals, direction]);
    expect(checkAttribution('Six years later he told the Party:', 3, source, withSix)).toBeNull();
    expect(checkAttribution('In the Six Goals speech, he told the Party:', 3, source, withSix)).toMatchObject({ ok: false, wrong: ['work'] });
  });

  it('reads the pages stated, "p. 19", "pp. 19–20" anywhere and a citation’s closing number, never a year', () => {
    const at = (text: string, citation?: string) => statedPages(text, citation ? { start: text.indexOf(citation), end: text.indexOf(citation) + citation.length } : undefined).map((p) => [p.first, p.last, p.text]);
    expect(at('as he said on page 19 and pp. 19-20')).toEqual([
      [19, 19, 'p. 19'],
      [19, 20, 'pp. 19–20'],
    ]);
    expect(at('"…" (Kim 1987, 52).', '(Kim 1987, 52)')).toEqual([[52, 52, 'p. 52']]);
    expect(at('"…" (Kim 19–20).', '(Kim 19–20)')).toEqual([[19, 20, 'pp. 19–20']]);
    expect(at('"…" (Kim 1987).', '(Kim 1987)')).toEqual([]);
    // A number in parentheses that cites no quotation ("(2)" of a list) is no page.
    expect(at('(2) "…"')).toEqual([]);
  });

  it('compares a stated page with the paragraph’s page, else with the pages of the whole work', () => {
    const source = { ...WORKS[0]!, pages: '19-20' };
    const context = 'He said "                    " (Kim 21).';
    const citation = { start: context.indexOf('(Kim'), end: context.length - 1 };
    expect(checkAttribution(context, 9, source, names, { citation })).toEqual({ stated: 'p. 21', actual: '9 June 1974, pp. 19–20 for the whole work', ok: false, wrong: ['page'] });
    expect(checkAttribution('In 1974, on p. 20, he said', 3, source, names)).toEqual({ stated: '1974, p. 20', actual: '9 June 1974, pp. 19–20 for the whole work', ok: true });
    expect(checkAttribution('On p. 20 he said', 3, source, names, { pages: { page: 19 } })).toEqual({ stated: 'p. 20', actual: '9 June 1974, p. 19', ok: false, wrong: ['page'] });
    // A source that gives no pages is not checked for them, nor a page of a volume, another edition's.
    expect(checkAttribution('On p. 20 he said', 3, WORKS[0]!, names)).toBeNull();
    expect(checkAttribution('He said (Works, vol. 15, p. 300)', 3, source, names)).toBeNull();
  });

  it('reads a namesake of an author, by the first word of the name and one neither of it nor English', () => {
    const english = new Set(['president', 'university', 'said', 'as', 'in']);
    const isEnglish = (w: string) => english.has(w);
    const authors = ['Kim Il Sung', 'Zhang Chao'];
    expect(namesakeStated('As Kim Jong Il said,', authors, isEnglish)).toBe('Kim Jong Il');
    expect(namesakeStated('as Kim Jong-il said', authors, isEnglish)).toBe('Kim Jong-il');
    expect(namesakeStated('Zhang Wei-hua wrote', authors, isEnglish)).toBe('Zhang Wei-hua');
    for (const none of ['President Kim said', 'At Kim Il Sung University', "Kim's speech", 'kim jong il said', 'In Wonsan Kim said']) {
      expect(namesakeStated(none, authors, isEnglish), none).toBeNull();
    }
    const source = WORKS[0]!;
    expect(checkAttribution('As Kim Jong Il said:', 3, source, names, { isEnglish })).toEqual({ stated: 'Kim Jong Il', actual: '9 June 1974, by Kim Il Sung', ok: false, wrong: ['author'] });
  });

  it('flags an interviewer\'s question put in the author\'s mouth, and only when the text names him', () => {
    const source = WORKS[0]!;
    expect(checkAttribution('As Kim Il Sung said:', 3, source, names, { speaker: 'interviewer' })).toEqual({
      stated: 'Kim Il Sung',
      actual: '9 June 1974, asked by the interviewer, not said by Kim Il Sung',
      ok: false,
      wrong: ['author'],
    });
    expect(checkAttribution('As Kim Il Sung said:', 3, source, names)).toEqual({ stated: 'Kim Il Sung', actual: '9 June 1974, by Kim Il Sung', ok: true });
    expect(checkAttribution('In 1974, the interviewer asked:', 3, source, names, { speaker: 'interviewer' })).toEqual({ stated: '1974', actual: '9 June 1974', ok: true });
  });

  it('reads "the same speech" as the work of the quotation before, when it was found', () => {
    const [source, other] = [WORKS[0]!, WORKS[1]!];
    expect(checkAttribution('In the same speech he said', 3, source, names, { previous: source })).toEqual({ stated: `the same speech (${source.title})`, actual: `9 June 1974, ${source.title}`, ok: true, named: source.id });
    expect(checkAttribution('In the same speech he said', 3, source, names, { previous: other })?.ok).toBe(false);
    expect(checkAttribution('In the same speech he said', 3, source, names, { previous: null })).toBeNull();
  });

  it('reads the author a parenthetical citation names by one word of the name, its first capitalised word', () => {
    const authors = ['Kim Il Sung', 'Zhang Chao'];
    expect(citedAuthor('(Kim, 1987)', authors)).toEqual({ author: 'Kim Il Sung', as: 'Kim' });
    expect(citedAuthor('(Zhang 2022, 179)', authors)).toEqual({ author: 'Zhang Chao', as: 'Zhang' });
    expect(citedAuthor('(See also Kim 1987)', authors)).toEqual({ author: 'Kim Il Sung', as: 'Kim' });
    // A word of a name in lower case is no name ("(the songs sung)").
    for (const none of ['(1987, p. 3)', '(“All Efforts,” 2)', '(Pyongyang, 1987)', '(the songs sung, 1987)', '']) expect(citedAuthor(none, authors), none).toBeNull();
  });

  it('flags a quotation put in the mouth of another author of the collection, by every word of the name', () => {
    const withScholar = buildWorkNames([...WORKS, work('wabs', 2022, 'North Korea’s choice of heavy industrialization', { author: 'Zhang Chao' })]);
    const source = WORKS[0]!;
    expect(checkAttribution('As Zhang Chao wrote,', 3, source, withScholar)).toEqual({ stated: 'Zhang Chao', actual: '9 June 1974, by Kim Il Sung', ok: false, wrong: ['author'] });
    expect(checkAttribution('In 1974, Kim Il Sung said:', 3, source, withScholar)).toEqual({ stated: '1974, Kim Il Sung', actual: '9 June 1974, by Kim Il Sung', ok: true });
    expect(checkAttribution('As Kim Jong Il said:', 3, source, withScholar)).toBeNull();
  });
});
