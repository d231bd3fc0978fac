import { describe, expect, it } from 'vitest';
import { americanSpelling, contentTokens, normalizeSpace, sentenceSpans, stem, tokenize } from '../../server/retrieval/text.ts';
import { actionOfDoctrine, doctrineForms } from '../../server/retrieval/inflections.ts';

describe('tokenize', () => {
  it('lowercases, stems and keeps character offsets into the original text', () => {
    const text = 'Electrifying the Railways';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(['electrifying', 'the', 'railways']);
    expect(tokens[2]!.term).toBe('railwai');
    for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.word);
  });

  it('treats curly and straight apostrophes alike and drops the possessive for the term', () => {
    expect(tokenize('one’s')[0]!.term).toBe(tokenize("one's")[0]!.term);
    expect(tokenize("country's")[0]!.term).toBe(tokenize('country')[0]!.term);
  });

  it('keeps content words and drops stopwords', () => {
    expect(contentTokens('What did he say about the fertilizer?').map((t) => t.word)).toEqual(['fertilizer']);
    // Words of the asker's present, as "now" is: no topic.
    expect(contentTokens('What does he say about trade today, and nowadays?').map((t) => t.word)).toEqual(['trade']);
    // Words that stand for anything: "Give me everything from the 1960s" names no topic.
    expect(contentTokens('Did he say anything, something or everything about trade?').map((t) => t.word)).toEqual(['trade']);
    // "never", as "not" and "no", is a function word: "they will never be able to …" is no answer to whether he never did.
    expect(contentTokens('Is it true that he never accepted aid?').map((t) => t.word)).toEqual(['true', 'accepted', 'aid']);
  });

  it('reads a function word written in capitals as an acronym, a term of its own, unless the whole text is in capitals', () => {
    const [us] = contentTokens('What did he say about the US?');
    expect(us).toMatchObject({ word: 'us', term: 'US' });
    expect(tokenize('the US imperialists').find((t) => t.word === 'us')!.term).toBe('US');
    expect(tokenize('they help us').find((t) => t.word === 'us')!.term).not.toBe('US');
    expect(contentTokens('Let us develop it')).toEqual([expect.objectContaining({ word: 'develop' })]);
    expect(contentTokens('LET US DEVELOP SOUTH-SOUTH COOPERATION').map((t) => t.word)).toEqual(['develop', 'south', 'south', 'cooperation']);
  });

  it('gives a British and an American spelling one term, and keeps the word as typed', () => {
    for (const [british, american] of [
      ['industrialisation', 'industrialization'],
      ['industrialised', 'industrialized'],
      ['mechanise', 'mechanization'],
      ['analyse', 'analyze'],
      ['labour', 'labor'],
      ['labouring', 'laboring'],
      ['favourable', 'favorable'],
    ]) {
      expect(stem(british!), british).toBe(stem(american!));
    }
    expect(tokenize('labour')[0]).toMatchObject({ word: 'labour', term: stem('labor') });
  });

  it('leaves words that only look British alone: short stems, plurals of "-is", "-our" after one or two letters', () => {
    for (const word of ['rise', 'raise', 'arise', 'crises', 'four', 'hour', 'your', 'tour', 'analysis']) expect(americanSpelling(word), word).toBe(word);
  });
  it('stems a doctrine in "-al" with its followers, apart from its adjective', () => {
    expect(new Set(['nationalism', 'nationalist', 'nationalists'].map(stem)).size).toBe(1);
    expect(stem('nationalism')).not.toBe(stem('national'));
    expect(stem('capitalism')).not.toBe(stem('capital'));
    expect(stem('socialists')).toBe(stem('socialism'));
  });
  it('reads verbs of proposing and arguing as words that ask about a text, as "say" and "describe", not a topic', () => {
    expect(contentTokens('What did he propose, suggest or argue about debt?').map((t) => t.word)).toEqual(['debt']);
    expect(contentTokens('He suggested proposals').map((t) => t.word)).toEqual(['proposals']);
  });
  it('stems a noun in "-sis" with its plural in "-ses", which Porter keeps apart, and the plural with its verb', () => {
    expect(stem('crisis')).toBe(stem('crises'));
    expect(stem('analysis')).toBe(stem('analyze'));
    expect(stem('emphasis')).toBe(stem('emphasise'));
    // Not as a function word: "theses" stems as "these".
    expect(stem('thesis')).not.toBe(stem('these'));
  });
  it('stems a verb in "-ify" with its noun in "-ification", which Porter keeps apart', () => {
    for (const forms of [
      ['reunify', 'reunified', 'reunifying', 'reunification'],
      ['electrify', 'electrifies', 'electrifying', 'electrification'],
      ['diversify', 'diversified', 'diversification'],
    ]) {
      expect(new Set(forms.map(stem)).size, forms[0]).toBe(1);
    }
    expect(stem('unify')).not.toBe(stem('reunify'));
  });
  it('finds the forms the texts write of a doctrine they do not write as typed', () => {
    const texts = new Set(['imperialist', 'imperialists', 'communism', 'communist', 'defeatism']);
    const inTheTexts = (w: string) => texts.has(w);
    expect(doctrineForms('imperialism', inTheTexts)).toEqual(['imperialist', 'imperialists']);
    expect(doctrineForms('defeatists', inTheTexts)).toEqual(['defeatism']);
    expect(doctrineForms('communists', inTheTexts)).toEqual([]);
    expect(doctrineForms('assist', inTheTexts)).toEqual([]);
    expect(doctrineForms('trade', inTheTexts)).toEqual([]);
  });
  it('finds the action a doctrine of one is of, when the texts write the noun: "isolationist" → "isolation"', () => {
    const inTheTexts = (w: string) => ['isolation', 'nation'].includes(w);
    expect(actionOfDoctrine('isolationist', inTheTexts)).toBe('isolation');
    expect(actionOfDoctrine('Isolationism', inTheTexts)).toBe('isolation');
    expect(actionOfDoctrine('isolationists', inTheTexts)).toBe('isolation');
    expect(actionOfDoctrine('protectionism', inTheTexts)).toBeNull();
    expect(actionOfDoctrine('nationalism', inTheTexts)).toBeNull();
    expect(actionOfDoctrine('isolation', inTheTexts)).toBeNull();
  });

  it('reads an initialism written with dots as one word: "the U.S." is "the US"', () => {
    const text = 'What did he say about the U.S. and the U.N.?';
    expect(contentTokens(text).map((t) => [t.word, t.term, text.slice(t.start, t.end)])).toEqual([
      ['us', 'US', 'U.S.'],
      ['un', 'un', 'U.N.'],
    ]);
    expect(tokenize('A. B. Smith').map((t) => t.word)).toEqual(['a', 'b', 'smith']);
  });
});

describe('sentenceSpans', () => {
  it('splits at sentence ends before a capital, keeping closing quotes with their sentence', () => {
    const text = 'He said “we can.” Then he left! Did he? Yes.';
    const sentences = sentenceSpans(text).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(['He said “we can.”', 'Then he left!', 'Did he?', 'Yes.']);
  });

  it('does not split at an omission mark followed by lowercase text or at abbreviations', () => {
    const text = 'This is ... only the beginning. We met Mr. Kim there.';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['This is ... only the beginning.', 'We met Mr. Kim there.']);
  });

  it('returns spans that are verbatim substrings', () => {
    const text = '  First one.   Second one.  ';
    for (const s of sentenceSpans(text)) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
  });
});

describe('normalizeSpace', () => {
  it('folds every whitespace run, line breaks included, to one space', () => {
    expect(normalizeSpace(' a\n\tb  c ')).toBe('a b c');
  });
});
