import { readUIMessageStream, type UIMessageChunk } from 'ai';
import { describe, expect, it } from 'vitest';
import { answerChunks, conversationInput, textPieces, type ConversationMessage } from '../../server/answer/chat.ts';
import { asksElsewhere, asksForMore, moreFrom, resolveConversation, resolveFollowUp, topicWords, withoutYears, withTimeCounted } from '../../server/answer/followup.ts';
import { readIntent } from '../../server/answer/intent.ts';
import { searchText } from '../../server/answer/search-text.ts';
import { MORE_REQUEST, type AnswerResponse, type ChatMessage } from '../../server/contract.ts';

const user = (text: string, metadata?: ChatMessage['metadata']) => ({ role: 'user' as const, parts: [{ type: 'text', text }], ...(metadata ? { metadata } : {}) });
const assistant = (text: string) => ({ role: 'assistant' as const, parts: [{ type: 'text', text }] });

describe('follow-up questions', () => {
  it('reads "he" or "his" after "Who was X?" as X: "how did he lose his thumb?"', () => {
    const r = resolveConversation(['Who was Kim San Ho?', 'how did he lose his thumb?']);
    expect(r.followUp).toBe(true);
    expect(r.search).toContain('Kim San Ho');
    // "he" after a question of his own words is the author, asking of another topic.
    expect(resolveConversation(['What did he say about trade?', 'how did he view foreign aid?']).search).not.toContain('trade');
  });

  it('asks for the figures of the topic before: "what figures does he give?", "give the numbers he mentions"', () => {
    for (const follow of ['what figures does he give?', 'give the numbers he mentions']) {
      const r = resolveConversation(['What did he say about the textile industry?', follow]);
      expect(r.followUp, follow).toBe(true);
      expect(r.search, follow).toContain('textile industry');
      expect(searchText(r.search), follow).not.toMatch(/figures|numbers/);
    }
  });

  it('merges a bare time constraint with the previous question and turns it into a date filter', () => {
    const r = resolveConversation(['What did Kim Il Sung say about foreign trade?', 'and in the 1980s?']);
    expect(r.followUp).toBe(true);
    expect(r.search).toContain('foreign trade');
    expect(r.filters).toEqual({ from: '1980', to: '1989' });
    // A month with its year is a time too: the year becomes the filter, the month stays in the search text.
    const month = resolveConversation(['What did Kim Il Sung say about foreign trade in the 1960s?', 'and in June 1987?']);
    expect(month).toMatchObject({ search: 'What did Kim Il Sung say about foreign trade? and in June 1987?', filters: { from: '1987', to: '1987' }, followUp: true });
  });

  it('reads a follow-up setting a time or a kind aside ("Exclude 1987", "Not from interviews") as of the question before', () => {
    for (const q of ['Exclude 1987', 'Not from interviews', 'excluding the speeches please']) {
      const resolved = resolveConversation(['What did he say about self-reliance?', q]);
      expect(resolved.followUp, q).toBe(true);
      expect(resolved.search, q).toMatch(/self-reliance/);
    }
  });

  it('reads "How often?" alone as a count of the topic of the question before', () => {
    expect(resolveConversation(['What did he say about Juche?', 'How often?'])).toEqual({ search: 'What did he say about Juche? How often?', filters: {}, followUp: true, asks: 'How often?' });
    // A work named by its order is no topic: the question before, from that work.
    expect(resolveConversation(['quotes on trade', 'from the earliest work only'])).toMatchObject({ search: 'quotes on trade. from the earliest work only', followUp: true });
    // "the definition" of what was asked before names no topic of its own; "the definition of Juche" does.
    expect(resolveConversation(['What is self-reliance?', 'give me the 1961 definition'])).toMatchObject({ search: 'What is self-reliance? give me the 1961 definition', followUp: true });
    expect(resolveConversation(['What is self-reliance?', 'What is the definition of Juche?']).followUp).toBe(false);
    // A request's opening names no topic either.
    expect(resolveConversation(['quotes on trade', 'show me only the ones from the 1990s'])).toMatchObject({ followUp: true, filters: { from: '1990', to: '1999' } });
    expect(resolveConversation(['What did he say about Juche?', 'and how many times?']).asks).toBe('and how many times?');
    for (const q of ['How many are there?', 'How many of them?', 'How many are there in total?', 'How many is that?', 'How many are those?']) expect(readIntent(resolveConversation(['What did he say about Juche?', q]).asks!, []).counts, q).toBe(true);
  });

  it('reads "When did he first use it (the word)?" as asked of the word of the question before', () => {
    for (const q of ['When did he first use the word?', 'When did he first use it?', 'When did he stop using that term?', 'When did he first use the term?', 'Where did he use the expression?']) {
      const resolved = resolveConversation(['What does he say about flunkeyism?', q]);
      expect(resolved.followUp, q).toBe(true);
      expect(searchText(resolved.search), q).not.toMatch(/\b(?:use|using|word|term)\b/i);
    }
    expect(searchText('When did he use the word Juche?')).toBe('When did he Juche?');
  });

  it('reads "the ones" as what the answer before gave, no topic: "Just the ones from interviews" keeps the question before to them', () => {
    const kept = resolveConversation(['Find quotes about the masses', 'Just the ones from interviews']);
    expect(kept).toMatchObject({ followUp: true, search: 'Find quotes about the masses. Just the ones from interviews' });
    expect(searchText(kept.search)).toBe('about the masses. from interviews');
  });

  it('searches what a citation asked before was of, not the words that asked to cite it', () => {
    expect(resolveConversation(['Cite the 1974 talk in MLA', 'Is it on page 20?']).search).toBe('the 1974 talk in. Is it on page 20?');
    // A question that quotes a style's name asks no citation: its words stay.
    expect(resolveConversation(['What did he say about Chicago?', 'and in the 1980s?']).search).toContain('Chicago');
  });

  it('passes over a greeting or thanks in between: the follow-up follows the question before it', () => {
    // So too a request to save the quotes.
    expect(resolveConversation(['What did Kim Il Sung say about foreign trade?', 'Save these', 'and in the 1980s?']).search).toBe('What did Kim Il Sung say about foreign trade? and in the 1980s?');
    const r = resolveConversation(['What did Kim Il Sung say about foreign trade?', 'thanks!', 'and in the 1980s?']);
    expect(r).toEqual({
      search: 'What did Kim Il Sung say about foreign trade? and in the 1980s?',
      filters: { from: '1980', to: '1989' },
      followUp: true,
      asks: 'What did Kim Il Sung say about foreign trade?',
    });
  });

  it('passes over questions that ask only of the answer before: its quotes whole, which work came first, how to cite it', () => {
    const topic = 'What did he say about foreign aid?';
    const between = ['Which of these is the earliest?', 'Give me the full passage of the first quote', 'How do I cite it in MLA?'];
    expect(resolveConversation([topic, ...between, 'What about in the 1980s?'])).toEqual({
      search: `${topic} What about in the 1980s?`,
      filters: { from: '1980', to: '1989' },
      followUp: true,
      asks: topic,
    });
    for (const asked of between) expect(resolveConversation([topic, asked, 'and in the 1980s?']).asks, asked).toBe(topic);
    // A citation of a work it names, or points at by its kind, is what a follow-up may go on with.
    expect(resolveConversation([topic, 'How do I cite that speech?', 'What did he say in it about trade?']).search).toContain('speech');
    expect(resolveConversation([topic, 'Cite the 1974 talk in MLA', 'Is it on page 20?']).search).toContain('1974 talk');
  });

  it('replaces the earlier question’s years with the new ones', () => {
    const r = resolveConversation(['What did he say about trade in 1961?', 'What about 1987?']);
    expect(r.search).not.toContain('1961');
    expect(r.filters).toEqual({ from: '1987', to: '1987' });
    // A time bounded by a year replaces the earlier time too, and stays in the search text, where the ranking reads it.
    expect(resolveConversation(['What did he say about aid after 1961?', 'and before 1950?'])).toMatchObject({ search: 'What did he say about aid? and before 1950?', filters: {} });
    expect(resolveConversation(['What did he say about aid after 1961?', 'and in 1987?'])).toMatchObject({ search: 'What did he say about aid? and in 1987?', filters: { from: '1987', to: '1987' } });
  });

  it('continues the topic before when a follow-up asks only what he proposed, argued or suggested, or the main point', () => {
    for (const next of ['what did he propose?', 'What did he suggest?', 'what was the main point?', 'in his own words'])
      expect(resolveConversation(['What did he say about debt?', next]), next).toMatchObject({ followUp: true, asks: 'What did he say about debt?' });
    expect(resolveConversation(['What did he say about debt?', 'What is Juche?']).followUp).toBe(false);
  });

  it('keeps the time before beside a new one the follow-up compares with it ("Compare that with the 1960s")', () => {
    const r = resolveConversation(['What did he say about aid?', 'And in the 1980s?', 'Compare that with the 1960s']);
    expect(r).toMatchObject({ search: 'What did he say about aid? And in the 1980s? Compare that with the 1960s', filters: {}, followUp: true });
    // A time set against the others in a follow-up is set beside the time before, not against the whole collection.
    const defence = resolveConversation(['What did he say about defence?', 'and in the 1980s?', 'compare with the 1960s']);
    expect(defence.search).toBe('What did he say about defence? and in the 1980s? compare with the 1960s');
    expect(defence.filters).toEqual({});
    // Asked on its own, a new time replaces the one before.
    expect(resolveConversation(['What did he say about aid?', 'And in the 1980s?', 'What about the 1960s?']).filters).toEqual({ from: '1960', to: '1969' });
    // … until a comparison asked of no time sets the times asked side by side.
    expect(resolveConversation(['What did he say about aid in the 1960s?', 'What about the 1980s?', 'How do these compare?'])).toMatchObject({
      search: 'What did he say about aid? What about the 1980s? How do these compare? in the 1960s',
      filters: {},
    });
    // One time asked: the comparison keeps to it, as before; a bound replaced is not set beside another.
    expect(resolveConversation(['What did he say about aid in the 1960s?', 'How did it change?']).search).toBe('What did he say about aid in the 1960s? How did it change?');
    expect(resolveConversation(['What did he say about aid after 1961?', 'and before 1950?', 'Compare them']).search).not.toContain('1961');
  });

  it('merges a request for a quote that names only what kind of quote ("Give me a shorter quote")', () => {
    for (const kind of ['Give me a shorter quote', 'Do you have a better quote?']) {
      expect(resolveConversation(['What did he say about foreign aid?', kind]), kind).toMatchObject({ search: `What did he say about foreign aid? ${kind}`, followUp: true });
    }
  });

  it('merges a question that only points back ("when did he say that?")', () => {
    const r = resolveConversation(['What did he say about defeatism?', 'When did he say that?']);
    expect(r.search).toBe('What did he say about defeatism? When did he say that?');
    expect(r.filters).toEqual({});
  });

  it('merges a question of whom he addressed that names nothing else ("Who was he talking to?")', () => {
    expect(resolveConversation(['What did he say about the Nampho Barrage?', 'Who was he talking to?'])).toMatchObject({ search: 'What did he say about the Nampho Barrage? Who was he talking to?', followUp: true });
    expect(resolveConversation(['What did he say about the Nampho Barrage?', 'Who was he talking to about rice?']).followUp).toBe(false);
    // Of whom it asks ("which country", "what newspaper") is no topic either.
    for (const asked of ['Which country was he talking to?', 'What newspaper interviewed him?'])
      expect(resolveConversation(['What did he say about the Nampho Barrage?', asked]).followUp, asked).toBe(true);
    expect(resolveConversation(['What did he say about the Nampho Barrage?', 'Which country was he talking to about rice?']).followUp).toBe(false);
  });

  it('passes over a request to see a quote whole: a follow-up after it follows the question before it', () => {
    expect(resolveConversation(['What did he say about foreign aid?', 'Give me the full passage of the second one', 'Who said that?'])).toMatchObject({
      search: 'What did he say about foreign aid? Who said that?',
      asks: 'Who said that?',
    });
  });

  it('merges a question asking only which came first or last ("Which one is the earliest?"), with its own kind of answer', () => {
    const r = resolveConversation(['How did his view of trade change over time?', 'Which one is the earliest?']);
    expect(r).toMatchObject({ search: 'How did his view of trade change over time? Which one is the earliest?', followUp: true, asks: 'Which one is the earliest?' });
    expect(resolveConversation(['What did he say about trade?', 'And the most recent?']).followUp).toBe(true);
    // "his latest speech" names what it asks for: a new question.
    expect(resolveConversation(['What did he say about trade?', 'What was his latest speech?']).followUp).toBe(false);
  });

  it('keeps the previous time filter through a further follow-up', () => {
    const r = resolveConversation(['What did he say about trade?', 'and in the 1980s?', 'Give me a quote on that']);
    expect(r.filters).toEqual({ from: '1980', to: '1989' });
  });

  it('keeps "And oil?" to the works the question before named by their titles\' words, unless it names its own', () => {
    expect(resolveConversation(['What did he say about trade in the Peru talk?', 'and oil?']).search).toBe('and oil in the Peru talk?');
    expect(resolveConversation(['Compare the Ghana and Yugoslav interviews on self-reliance', 'and on Juche?']).search).toBe('and on Juche in the Ghana and Yugoslav interviews?');
    expect(resolveConversation(['What did he say about trade in the Peru talk?', 'and oil in the Benin interview?']).search).toBe('and oil in the Benin interview?');
    // A year alone is kept as a time.
    expect(resolveConversation(['What did he say about trade in the 1987 speech?', 'and oil?']).search).toBe('and oil in the 1987 speech?');
  });

  it('treats a question with its own topic as a new question', () => {
    const previous = { search: 'What did he say about trade?', filters: {}, followUp: false, asks: 'What did he say about trade?' };
    expect(resolveFollowUp(previous, 'What did he say about irrigation in 1969?')).toEqual({
      search: 'What did he say about irrigation in 1969?',
      filters: {},
      followUp: false,
      asks: 'What did he say about irrigation in 1969?',
    });
  });

  it('reads "Which of them mentions oil?" as a count of its own topic among the things before, not of the topic before', () => {
    const previous = { search: 'and to the Ecuadorian publisher?', filters: {}, followUp: false, asks: 'and to the Ecuadorian publisher?' };
    for (const question of ['Which of them mentions oil?', 'which of the two says more about oil?', 'Which one of these mentions oil most?'])
      expect(resolveFollowUp(previous, question), question).toMatchObject({ search: question, followUp: false });
    // Of no topic of its own, or of the topics before, it is the question before's.
    for (const question of ['Which of them mentions it?', 'Which of these topics does he mention most?']) expect(resolveFollowUp(previous, question).followUp, question).toBe(true);
  });

  it('counts each topic asked one after another for "Which of these topics does he mention most?"', () => {
    const resolved = resolveConversation(['What did he say about heavy industry?', 'and light industry?', 'and agriculture?', 'Which of these topics does he mention most?']);
    expect(resolved).toMatchObject({ search: 'Which of these topics does he mention most: heavy industry, light industry, agriculture?', followUp: true, asks: 'Which of these topics does he mention most?' });

    // "Which is mentioned more?", "which one does he mention more often?": one of those topics, chosen by how often.
    expect(resolveConversation(['What did he say about aid?', 'what about trade?', 'which is mentioned more?']).search).toBe('which is mentioned more: aid, trade?');
    expect(resolveConversation(['What did he say about heavy industry?', 'and light industry?', 'which one does he mention more often?']).search).toBe('which one does he mention more often: heavy industry, light industry?');
    // A question naming its own topics counts those.
    expect(resolveConversation(['What did he say about aid?', 'what about trade?', 'Which does he mention more, Juche or self-reliance?']).search).not.toMatch(/aid/);
  });

  it('finds topic words and strips year expressions', () => {
    expect(topicWords('and in the 1980s?')).toEqual([]);
    expect(topicWords('and in June 1987?')).toEqual([]);
    expect(topicWords('and in early 1987?')).toEqual([]);
    expect(topicWords('and in the summer of 1987?')).toEqual([]);
    expect(topicWords('and at the end of the 1980s?')).toEqual([]);
    expect(topicWords('and in his 1987 speech?')).toEqual([]);
    expect(topicWords('How did his view on foreign aid change?')).toEqual(['foreign', 'aid']);
    // How many quotes, or which, names no topic: "Give me three quotes" after a question continues it.
    for (const q of ['Give me three quotes', 'Which is the most important quote?', 'the five key passages']) expect(topicWords(q), q).toEqual([]);
    expect(resolveConversation(['What did he say about trade?', 'Give me three quotes'])).toMatchObject({ search: 'What did he say about trade? Give me three quotes', followUp: true });
    expect(topicWords('three quotes on Juche')).toEqual(['juche']);
    // Writing, as speaking, is how a thing was said, no topic: "Did Zhang Chao write about it?" points back at one.
    expect(topicWords('Did Zhang Chao write about it?')).toEqual(['zhang', 'chao']);
    expect(resolveConversation(['What is the Juche idea?', 'Did Zhang Chao write about it?', 'what does he say?'])).toMatchObject({ search: 'What is the Juche idea? Did Zhang Chao write about it? what does he say?', followUp: true });
    expect(withoutYears('What did he say about trade between 1971 and 1982?')).toBe('What did he say about trade?');
  });
});

describe('conversationInput', () => {
  it('answers the last user message with the filters and mode of its metadata', () => {
    const input = conversationInput([user('What did he say about aid?', { from: '1961', mode: 'compare' })]);
    expect(input).toEqual({ question: 'What did he say about aid?', filters: { from: '1961' }, mode: 'compare' });
  });

  it('searches a follow-up with the earlier question; the user’s own date filters win', () => {
    const input = conversationInput([user('What did he say about foreign trade?'), assistant('…'), user('and in the 1980s?', { from: '1985' })]);
    expect(input.question).toBe('and in the 1980s?');
    expect(input.search).toContain('foreign trade');
    expect(input.filters).toEqual({ from: '1985' });
    expect(input.asks).toBe('What did he say about foreign trade?');
    expect(conversationInput([user('What did he say about aid?')]).asks).toBeUndefined();
  });

  it('asks for more with the question before, leaving out every passage its answers cited since', () => {
    const cited = (...ids: string[]) => ({ role: 'assistant' as const, parts: ids.map((passageId) => ({ type: 'data-citation', data: { passageId, workId: `work-${passageId}` } })) });
    const conversation = [user('What did he say about rice?'), cited('r1'), user('What did he say about trade?'), cited('t1', 't2'), user('show me more'), cited('t3'), user('more')];
    expect(conversationInput(conversation)).toEqual({ question: 'more', search: 'What did he say about trade?', asks: 'What did he say about trade?', filters: {}, mode: 'auto', shown: ['t3', 't1', 't2'], cited: ['work-t3'] });
    expect(conversationInput(conversation.slice(0, 5)).shown).toEqual(['t1', 't2']);
    expect(conversationInput(conversation.slice(0, 3)).shown).toBeUndefined();
  });

  it('passes on the works the last answer quoted, for "How do I cite these?"', () => {
    const answered = { role: 'assistant' as const, parts: [{ type: 'data-citation', data: { passageId: 'a1', workId: 'a' } }, { type: 'data-citation', data: { passageId: 'b1', workId: 'b' } }, { type: 'data-citation', data: { passageId: 'a2', workId: 'a' } }] };
    expect(conversationInput([user('What did he say about rice?'), answered, user('How do I cite these?')]).cited).toEqual(['a', 'b']);
    expect(conversationInput([user('What did he say about rice?'), answered, user('hello'), { role: 'assistant' as const, parts: [] }, user('How do I cite these?')]).cited).toBeUndefined();
    expect(conversationInput([user('How do I cite these?')]).cited).toBeUndefined();
  });

  it('passes on the works of the quotes a question names by number or place, of the last answer that quoted any', () => {
    const quote = (n: number, workId: string) => ({ type: 'data-citation', data: { n, passageId: `${workId}${n}`, workId } });
    const answered = { role: 'assistant' as const, parts: [quote(1, 'a'), quote(2, 'b'), quote(3, 'a'), quote(4, 'c')] };
    const citedAfter = (question: string, between: ConversationMessage[] = []) => conversationInput([user('What did he say about rice?'), answered, ...between, user(question)]).cited;
    expect(citedAfter('Cite [2]')).toEqual(['b']);
    expect(citedAfter('How do I cite quotes 1 and 3?')).toEqual(['a']);
    expect(citedAfter('the last one in MLA')).toEqual(['c']);
    // A citation answer in between quotes nothing: the numbers are the quoting answer's.
    const citationAnswer = { role: 'assistant' as const, parts: [{ type: 'data-works', data: { workIds: ['a', 'b', 'c'] } }] };
    expect(citedAfter('the second one in APA', [user('How do I cite these?'), citationAnswer])).toEqual(['b']);
    expect(citedAfter('Cite [9]')).toBeUndefined();
  });

  it('passes on the quotes whose whole paragraphs a question asks for, or where they are from, of the last answer that quoted anything new', () => {
    const quote = (n: number, passageId: string) => ({ type: 'data-citation', data: { n, passageId, workId: passageId[0] } });
    const answered = { role: 'assistant' as const, parts: [quote(1, 'a1'), quote(2, 'b1'), quote(3, 'a2')] };
    const wholeAfter = (question: string, between: ConversationMessage[] = []) => conversationInput([user('What did he say about rice?'), answered, ...between, user(question)]).quotesBefore;
    expect(wholeAfter('Give me the full passage of the second one')).toEqual({ asked: 'whole', quotes: [{ n: 2, passageId: 'b1' }] });
    expect(wholeAfter('Show me that in context')).toEqual({ asked: 'whole', quotes: [{ n: 1, passageId: 'a1' }, { n: 2, passageId: 'b1' }, { n: 3, passageId: 'a2' }] });
    expect(wholeAfter('Where is the last quote from?')).toEqual({ asked: 'source', quotes: [{ n: 3, passageId: 'a2' }] });
    expect(wholeAfter('What did he say about trade?')).toBeUndefined();
    // An answer showing quote 2 whole quotes nothing new: "quote 1" is still the first answer's.
    const shownWhole = { role: 'assistant' as const, parts: [quote(1, 'b1')] };
    expect(wholeAfter('and quote 1 in context?', [user('the full passage of [2]'), shownWhole])?.quotes).toEqual([{ n: 1, passageId: 'a1' }]);
    // A question where a quote is from answers with no quote: "[2]" after it is still the first answer's.
    expect(wholeAfter('Cite [2]', [user('Where is [1] from?'), { role: 'assistant', parts: [] }])).toBeUndefined();
    expect(wholeAfter('What page is [2] on?', [user('Where is [1] from?'), { role: 'assistant', parts: [] }])?.quotes).toEqual([{ n: 2, passageId: 'b1' }]);
    expect(conversationInput([user('the full passage of [2]')]).quotesBefore).toBeUndefined();
    // "it" after a question that named quotes: those quotes.
    expect(wholeAfter('Show me it in context', [user('Where is quote 3 from?'), { role: 'assistant', parts: [] }])).toEqual({ asked: 'whole', quotes: [{ n: 3, passageId: 'a2' }] });
    // "those" after a question that named one quote: all of them, as "those" points at several.
    const allThree = [{ n: 1, passageId: 'a1' }, { n: 2, passageId: 'b1' }, { n: 3, passageId: 'a2' }];
    expect(wholeAfter('Where are those from?', [user('Give me the APA citation for quote 2'), { role: 'assistant', parts: [] }])?.quotes).toEqual(allThree);
    expect(wholeAfter('Show me them in context', [user('Where are quotes 2 and 3 from?'), { role: 'assistant', parts: [] }])?.quotes).toEqual(allThree.slice(1));
  });

  it('reads quote numbers in the last answer that quoted, though it quoted passages quoted before, unless it showed quotes whole', () => {
    const quote = (n: number, passageId: string) => ({ type: 'data-citation', data: { n, passageId, workId: passageId[0] } });
    const first = { role: 'assistant' as const, parts: [quote(1, 'a1'), quote(2, 'b1'), quote(3, 'a2')] };
    const asked = (question: string, second: ConversationMessage) =>
      conversationInput([user('What did he say about rice?'), first, user(question), second, user('Where is the second one from?')]).quotesBefore?.quotes;
    // A new answer that quoted two of the same passages: its own [2].
    expect(asked('And about wheat?', { role: 'assistant', parts: [quote(1, 'a2'), quote(2, 'a1')] })).toEqual([{ n: 2, passageId: 'a1' }]);
    // One that showed quote 3 of the first answer again, whole: the first answer's [2].
    expect(asked('Show me quote 3 in context', { role: 'assistant', parts: [quote(1, 'a2')] })).toEqual([{ n: 2, passageId: 'b1' }]);
  });
});

describe('answerChunks', () => {
  const answer: AnswerResponse = {
    question: 'q',
    mode: 'answer',
    answer: '1 passage from 1 work (1961):\n\n**All efforts** (1 December 1961)\n> Self-reliance means standing on one’s own feet. [1]',
    citations: [{ n: 1, passageId: 'p1', workId: 'w', title: 'All efforts', date: '1961-12-01', year: 1961, quote: 'Self-reliance means standing on one’s own feet.', spans: [{ start: 0, end: 47 }] }],
    structure: {
      lead: [{ text: '1 passage from 1 work (1961):' }],
      groups: [{ kind: 'work', work: { id: 'w', title: 'All efforts', date: '1961-12-01', year: 1961 }, items: [{ n: 1, spans: [{ start: 0, end: 47 }] }] }],
    },
  };

  /** An answer as the chat sends it back with the next question: its works and citations. */
  const back = (res: AnswerResponse) => ({ role: 'assistant' as const, parts: answerChunks(res).flatMap((c) => (c.type === 'data-works' || c.type === 'data-citation' ? [{ type: c.type, data: c.data }] : [])) });

  it('splits text into pieces that join back to the text', () => {
    expect(textPieces(answer.answer).join('')).toBe(answer.answer);
    expect(textPieces(answer.answer).length).toBeGreaterThan(3);
  });

  it('reads back as one assistant message with the mode, the citations, the structure and the text', async () => {
    const chunks = answerChunks(answer) as UIMessageChunk[];
    const stream = new ReadableStream<UIMessageChunk>({
      start(c) {
        for (const chunk of chunks) c.enqueue(chunk);
        c.close();
      },
    });
    let last: ChatMessage | undefined;
    for await (const m of readUIMessageStream<ChatMessage>({ stream })) last = m;
    const parts = last!.parts;
    expect(parts.find((p) => p.type === 'data-mode')).toMatchObject({ data: { mode: 'answer' } });
    expect(parts.filter((p) => p.type === 'data-citation').map((p) => p.data)).toEqual(answer.citations);
    expect(parts.find((p) => p.type === 'data-answer')?.data).toEqual(answer.structure);
    expect(parts.filter((p) => p.type === 'text').map((p) => p.text).join('')).toBe(answer.answer);
    expect(parts.find((p) => p.type === 'data-works')?.data).toEqual({ workIds: ['w'] });
  });

  it('names the works an answer quotes, lists or says how to cite, each once, for "How do I cite these?" after it', () => {
    const worksOf = (res: AnswerResponse) => answerChunks(res).flatMap((c) => (c.type === 'data-works' ? c.data.workIds : []));
    const listed: AnswerResponse = {
      ...answer,
      citations: [],
      structure: { lead: [{ text: 'The collection holds 2 works: ' }, { text: 'A', title: true, workId: 'a' }, { text: '; ' }, { text: 'B', title: true, workId: 'b' }, { text: ' (printed in ' }, { text: 'Book', title: true }, { text: ').' }], groups: [] },
    };
    expect(worksOf(listed)).toEqual(['a', 'b']);
    expect(worksOf({ ...listed, structure: { lead: [{ text: 'To cite the 2 works:' }], groups: [], workCitation: { workIds: ['b', 'c'] } } })).toEqual(['b', 'c']);
    expect(worksOf({ ...answer, structure: { ...answer.structure, lead: [{ text: 'From ' }, { text: 'All efforts', title: true, workId: 'w' }] } })).toEqual(['w']);
    expect(worksOf({ ...listed, structure: { lead: [{ text: 'Hello.' }], groups: [] } })).toEqual([]);
    // Sent back, they are what the next question's "these" are.
    expect(conversationInput([user('List the works'), back(listed), user('How do I cite these?')]).cited).toEqual(['a', 'b']);
    expect(conversationInput([user('List the works'), assistant('The collection holds …'), user('How do I cite these?')]).cited).toBeUndefined();
    // A work the answer singled out ("Earliest in these sources: *B*") is what "it" points at; "these" are all of them.
    const earliest = { ...listed, structure: { lead: [{ text: 'Earliest in these sources: ' }, { text: 'B', title: true, workId: 'b', singledOut: true as const }], groups: [] }, citations: answer.citations };
    expect(answerChunks(earliest).find((c) => c.type === 'data-works')).toMatchObject({ data: { singledOut: 'b' } });
    expect(conversationInput([user('When did he first mention rice?'), back(earliest), user('How do I cite it?')]).cited).toEqual(['b']);
    expect(conversationInput([user('When did he first mention rice?'), back(earliest), user('Cite that in MLA')]).cited).toEqual(['b']);
    expect(conversationInput([user('When did he first mention rice?'), back(earliest), user('How do I cite these?')]).cited).toEqual(expect.arrayContaining(['b', ...answer.citations.map((c) => c.workId)]));
    expect(conversationInput([user('List the works'), back(listed), user('How do I cite it?')]).cited).toEqual(['a', 'b']);
  });

  it('leaves out, for "Did he say that elsewhere?", the works the answer before quoted', () => {
    const quoted: AnswerResponse = { ...answer, citations: [answer.citations[0]!, { ...answer.citations[0]!, n: 2, passageId: 'p2', workId: 'v' }] };
    expect(conversationInput([user('What did he say about debt?'), back(quoted), user('Did he say that elsewhere?')]).otherThan).toEqual([answer.citations[0]!.workId, 'v']);
    expect(conversationInput([user('What did he say about debt?'), back(quoted), user('more')]).otherThan).toBeUndefined();
    // After "another one", the works every answer to the question quoted; "a different year" leaves out their years too, "other decades" their decades.
    const later: AnswerResponse = { ...answer, citations: [{ ...answer.citations[0]!, passageId: 'p3', workId: 'x', date: '1974-10-09', year: 1974 }] };
    const run = [user('Give me a quote on debt'), back(quoted), user('another one'), back(later)];
    const otherYear = conversationInput([...run, user('now one from a different year')]);
    expect(new Set(otherYear.otherThan)).toEqual(new Set([answer.citations[0]!.workId, 'v', 'x']));
    expect(otherYear.otherThanYears).toEqual([1961, 1974]);
    expect(conversationInput([...run, user('any from other decades?')]).otherThanYears).toEqual([...Array.from({ length: 10 }, (_, i) => 1960 + i), ...Array.from({ length: 10 }, (_, i) => 1970 + i)]);
    expect(new Set(conversationInput([...run, user('one from a different work')]).otherThan)).toEqual(new Set([answer.citations[0]!.workId, 'v', 'x']));
    expect(conversationInput([...run, user('one from a different work')]).otherThanYears).toBeUndefined();
  });

  it('points "it", or a question naming no quotes, after an answer that singled out a work at the quotes of that work the answer before quoted', () => {
    const other = { ...answer.citations[0]!, n: 2, passageId: 'p2', workId: 'v', title: 'Other', date: '1987-06-09', year: 1987 };
    const quoted: AnswerResponse = { ...answer, citations: [answer.citations[0]!, other] };
    const latest: AnswerResponse = { ...answer, citations: [], structure: { lead: [{ text: 'Of the 2 dated works quoted above, the latest is ' }, { text: 'Other', title: true, workId: 'v', singledOut: true as const }], groups: [] } };
    const conversation = [user('What did he say about debt?'), back(quoted), user('Which of these is the most recent?'), back(latest)];
    const passages = (question: string) => conversationInput([...conversation, user(question)]).quotesBefore?.quotes.map((q) => q.passageId);
    expect(passages('Give me the page number for it')).toEqual(['p2']);
    expect(passages('Give me the page numbers for them')).toEqual(['p1', 'p2']);
    // "More from it": that work, less the quotes shown; "more from quote 1": the work of quote 1.
    const more = conversationInput([...conversation, user('Show me more from it')]);
    expect([more.filters.work, more.shown]).toEqual(['v', ['p1', 'p2']]);
    expect(conversationInput([...conversation, user('Give me more from quote 1')]).filters.work).toBe(answer.citations[0]!.workId);
    expect(conversationInput([user('What did he say about debt?'), back(quoted), user('more from that work')]).filters.work).toBeUndefined();
    // Nothing pointed at: the one singled out, as "it" is; "all", "each" or a plural asks of every quote.
    for (const question of ['Show me the full paragraph', 'What comes next?', 'What page?']) expect(passages(question), question).toEqual(['p2']);
    for (const question of ['Show me all the full paragraphs', 'What comes after each?', 'What pages are the quotes on?']) expect(passages(question), question).toEqual(['p1', 'p2']);
  });
});

describe('follow-up edge cases', () => {
  it('does not take a relative "that" in a full question for a reference back', () => {
    const r = resolveFollowUp({ search: 'What did he say about trade?', filters: {}, followUp: false, asks: '' }, 'What did he say that the Soviet technicians did in Korea after the war?');
    expect(r.followUp).toBe(false);
  });
  it('takes a question about the collection itself for a new question, and one that points back for a follow-up', () => {
    const previous = { search: 'What did he say about trade?', filters: {}, followUp: false, asks: 'What did he say about trade?' };
    expect(resolveFollowUp(previous, 'What works are in the collection?')).toEqual({
      search: 'What works are in the collection?',
      filters: {},
      followUp: false,
      asks: 'What works are in the collection?',
    });
    expect(resolveFollowUp(previous, 'Which works mention it?').followUp).toBe(true);
    expect(resolveFollowUp(previous, 'Which speeches from the 1980s?').followUp).toBe(true);
    // A person of the question before, spoken of ("is he mentioned"), not the author speaking.
    const person = { search: 'Who is Kim San Ho?', filters: {}, followUp: false, asks: 'Who is Kim San Ho?' };
    expect(resolveFollowUp(person, 'In which work is he mentioned?').followUp).toBe(true);
    expect(resolveFollowUp(person, 'In which work did he talk about trade?').followUp).toBe(false);
  });

  it('keeps the question before to a kind of work a follow-up names, in place of the kind it named', () => {
    // "Which is better for an introduction?" after quotes: praise of the quotes, and the user's own writing, name no topic.
    expect(resolveConversation(['Give me a quote about self-reliance', 'Which is better for an introduction?'])).toMatchObject({ followUp: true, asks: 'Give me a quote about self-reliance' });
    // "In what context?" asks when and where of the topic before.
    expect(resolveConversation(['What did he say about the United States?', 'In what context?'])).toMatchObject({ followUp: true, search: 'What did he say about the United States? In what context?' });
    // "And what does Kim say?" asks whose words, of the topic before: the name is no topic of its own.
    for (const whose of ['And what does Kim say?', 'What did Zhang Chao write about it?'])
      expect(resolveConversation(['What does the article say about the Soviet Union?', whose]), whose).toMatchObject({ followUp: true, search: `What does the article say about the Soviet Union? ${whose}` });
    expect(resolveConversation(['What does the article say about the Soviet Union?', 'What does Kim say about trade?']).followUp).toBe(false);
    // "Which of these quotes is the most useful for an essay?" names no topic either: praise and the user's own work are none.
    expect(resolveConversation(['What did he say about trade?', 'Which of these quotes is the most useful for an essay?'])).toMatchObject({ followUp: true });
    // So are comparatives of praise: "Which one is stronger?" asks of the quotes before, not about strength.
    expect(resolveConversation(['Compare 1961 and 1993 on self-reliance', 'which one is stronger?'])).toMatchObject({ followUp: true });
    expect(searchText('Which one is clearer?')).not.toMatch(/clearer/);
    // "Shorter please" names no topic: the question before, asked again.
    expect(resolveConversation(['What did he say about trade?', 'Shorter please'])).toMatchObject({ followUp: true, asks: 'What did he say about trade?' });
    // Nor does asking for fewer ("fewer" is no topic, as "less" is not).
    // Another end asked ("And the latest?"): the question before, of that end.
    expect(resolveConversation(['What is the earliest work?', 'And the latest?'])).toMatchObject({ followUp: true, search: 'What is the latest work?', asks: 'What is the latest work?' });
    expect(resolveConversation(['Which is the longest interview?', 'What about the shortest one?'])).toMatchObject({ search: 'Which is the shortest interview?' });
    expect(resolveConversation(['When did he first mention aid?', 'And the last time?'])).toMatchObject({ search: 'When did he last mention aid?' });
    expect(resolveConversation(['What did he say about aid?', 'And the latest?'])).not.toMatchObject({ search: 'What did he say about aid?' });
    // Nor does asking which of them is stronger: the question before, and the judging line.
    expect(resolveConversation(['What did he say about aid?', 'Which quote is the most convincing?'])).toMatchObject({ followUp: true });
    for (const fewer of ['Fewer quotes please', 'Less quotes']) expect(resolveConversation(['What did he say about trade?', fewer]), fewer).toMatchObject({ followUp: true, search: `What did he say about trade? ${fewer}` });
    expect(resolveConversation(['What did he say about heavy industry?', 'Only in interviews please'])).toMatchObject({ followUp: true, asks: 'What did he say about heavy industry?' });
    const speeches = resolveConversation(['What did he say about heavy industry?', 'Only in interviews please', 'And in speeches?']).search;
    expect(speeches).toMatch(/heavy industry.*in speeches/);
    expect(speeches).not.toMatch(/interviews/);
    // A kind alone, joined on ("What about talks?", "And interviews?"): the question before, in works of that kind.
    for (const [follow, kind] of [['What about talks?', 'talks'], ['And the interviews?', 'interviews'], ['How about his speech?', 'speeches']] as const) {
      const resolved = resolveConversation(['What did he say about heavy industry?', 'Only in interviews please', follow]);
      expect(resolved, follow).toMatchObject({ followUp: true, asks: 'What did he say about heavy industry?' });
      expect(resolved.search, follow).toMatch(new RegExp(`heavy industry.* in his ${kind}$`));
      if (kind !== 'interviews') expect(resolved.search, follow).not.toMatch(/interviews/);
    }
    // "only speeches", "just the interviews please", "talks only": the same, whatever the question before kept to.
    for (const [follow, kind] of [['only speeches', 'speeches'], ['just the interviews please', 'interviews'], ['talks only', 'talks']] as const) {
      expect(resolveConversation(['Find quotes about agriculture', follow]).search, follow).toBe(`Find quotes about agriculture in his ${kind}`);
    }
    expect(resolveConversation(['List the interviews', 'only speeches']).search).not.toMatch(/interviews/);
    // One work of a kind ("from an interview") is no topic either.
    expect(resolveConversation(['Give me three quotes on heavy industry', 'Now one from an interview'])).toMatchObject({ followUp: true, search: 'Give me three quotes on heavy industry. Now one from an interview' });
    // Asked of the texts themselves, a new question.
    expect(resolveConversation(['What did he say about heavy industry?', 'List his interviews']).followUp).toBe(false);
  });

  it('asks the other side of the year the question before bounded for "And after?"', () => {
    expect(resolveConversation(['What did he say about trade before 1980?', 'And after?'])).toEqual({ search: 'What did he say about trade since 1980?', filters: {}, followUp: true, asks: 'What did he say about trade before 1980?' });
    expect(resolveConversation(['What did he say about aid after the 1960s?', 'what about before that?']).search).toBe('What did he say about aid until the 1960s?');
    expect(resolveConversation(['What did he say about aid from 1970 on?', 'and earlier?']).search).toBe('What did he say about aid before 1970?');
    expect(resolveConversation(['What did he say about aid up to 1970?', 'and after?']).search).toBe('What did he say about aid after 1970?');
    // No year bounded before: a follow-up as any other.
    expect(resolveConversation(['What did he say about trade?', 'and before?']).search).toBe('What did he say about trade? and before?');
    // "Statement", "remark": words for what he said, no topic of their own.
    expect(resolveConversation(['What did he say about trade?', 'Which was the most important statement?']).followUp).toBe(true);
  });

  it('does not take the "there" of "Is there …" for a reference back', () => {
    const previous = { search: 'What did he say about trade?', filters: {}, followUp: false, asks: 'What did he say about trade?' };
    expect(resolveFollowUp(previous, 'Is there anything on agriculture?').followUp).toBe(false);
    expect(resolveFollowUp(previous, "There's nothing on rice?").followUp).toBe(false);
    expect(resolveFollowUp(previous, 'Is there more on that?').followUp).toBe(true);
    expect(resolveFollowUp(previous, 'Was there anything there in 1987?').followUp).toBe(true);
  });

  it('merges a short question that points back with a new angle ("why did they do that?")', () => {
    expect(resolveFollowUp({ search: 'How were the locomotives built?', filters: {}, followUp: false, asks: '' }, 'Why did they do that?').followUp).toBe(true);
  });

  it.each([MORE_REQUEST, 'more', 'show me more', 'Any others?', 'what else?', 'Give me more quotes', 'more please', 'anything else?', 'other passages?', 'Give me three more quotes', '5 more', 'Any other definitions?', 'more definitions please', 'other statements?', 'Another one please', 'another?', 'Another quote', 'Are there more?', 'Are there any others?', 'Is there anything else?', 'Can you show me more?', 'Do you have more quotes?', 'Show more', 'Got any more?', 'And another', 'And one more?', 'And one more quote, please', 'Another, please', 'And one for the conclusion?', 'another for my handout', 'OK, more please', 'What else did he say?', 'what else does he say', 'What else is there?', 'What else did he say about it?'])('asks for more of the same: %s', (message) => {
    expect(asksForMore(message)).toBe(true);
    expect(resolveConversation(['What did he say about trade?', message])).toEqual({ search: 'What did he say about trade?', filters: {}, followUp: true, asks: 'What did he say about trade?', more: true });
  });

  it.each(['more about rice', 'What else did he say about trade?', 'Tell me more about Juche', 'others in 1987?', 'Give me three quotes on trade', 'more from his speeches about oil', 'Another one on aid'])('not: %s', (message) => {
    expect(asksForMore(message)).toBe(false);
  });

  it('asks for more of the same from one work: "more from that work", "from the second one", "from the 1974 talk"', () => {
    const before = 'What did he say about trade?';
    for (const [message, from] of [
      ['Show me more from that work', 'that work'],
      ['Give me two more quotes from the second one', 'the second one'],
      ['more from it', 'it'],
      ['More from quote 3, please', 'quote 3'],
      ['Give me more from the 1974 talk', 'the 1974 talk'],
      ['What else did he say there?', 'there'],
      ['Anything else in that talk?', 'that talk'],
    ] as const) {
      const byTime = from === 'the 1974 talk';
      expect(moreFrom(message), message).toEqual({ from, byTime });
      expect(resolveConversation([before, message]), message).toEqual({ search: byTime ? `${before} from ${from}` : before, filters: {}, followUp: true, asks: before, more: true });
    }
    expect(moreFrom('more')).toBeNull();
  });

  it('counts "the next decade", "the decade before", "the following year" from the last time the question before named', () => {
    expect(withTimeCounted('What about the next decade?', 'What did he say about the economy during the 1970s?')).toBe('What about the 1980s?');
    expect(withTimeCounted('And the decade before?', 'trade in the 1960s and the 1980s')).toBe('And the 1970s?');
    expect(withTimeCounted('And the following year?', 'independence in 1986')).toBe('And 1987?');
    expect(withTimeCounted('What about the year before that?', 'independence in 1987')).toBe('What about 1986?');
    // In the question itself, the last time before it counts.
    expect(withTimeCounted('What did he say in 1974 and the following year?', 'trade in 1987')).toBe('What did he say in 1974 and 1975?');
    expect(resolveConversation(['What did he say about oil in 1978?', 'And in 1986 and the year after?'])).toEqual(resolveConversation(['What did he say about oil in 1978?', 'And in 1986 and 1987?']));
    // Nothing to count from: as asked.
    expect(withTimeCounted('What about the next decade?', 'What did he say about trade?')).toBe('What about the next decade?');
    expect(resolveConversation(['What did he say about the economy during the 1970s?', 'What about the next decade?'])).toMatchObject({ followUp: true, search: 'What did he say about the economy? What about the 1980s?' });
  });

  it('continues the question before with one that opens with where its answer is ("In which works?"), not about the texts', () => {
    const before = 'How many times does he mention Juche?';
    for (const q of ['In which works?', 'From which years?', 'And in what speeches?']) {
      expect(resolveConversation([before, q]), q).toEqual({ search: `${before} ${q}`, filters: {}, followUp: true, asks: before });
    }
    // Alone, or naming a topic of its own, it is a question of its own.
    expect(resolveConversation(['In which works?']).followUp).toBe(false);
    expect(resolveConversation([before, 'In which works does he mention Cuba?']).followUp).toBe(false);
    // Not opening so, a question about the texts is new.
    expect(resolveConversation([before, 'Which works are in the collection?']).followUp).toBe(false);
  });

  it('asks the question before of other works: "Did he say that elsewhere?", "And in other works?"', () => {
    for (const elsewhere of ['Did he say that elsewhere?', 'And in other works?', 'Anything similar in other speeches?', 'Did he say so in another work?', 'Are there other years?', 'Any other decades?', 'Is it mentioned anywhere else?', 'Now one from a different year', 'one from a different work', 'Is that the only work?', 'Are those the only works?', 'Is that the only place he mentions it?']) expect(asksElsewhere(elsewhere), elsewhere).toBe(true);
    // "Not that one": another of what the answer before gave. "No, I meant the 1978 one": the kind the question before named, of that time.
    expect(resolveConversation(['Give me a quote about aid', 'not that one'])).toMatchObject({ more: true, search: 'Give me a quote about aid' });
    expect(resolveConversation(['What did he say in the 1974 talk?', 'no, I meant the 1978 one']).search).toMatch(/the 1978 talk$/);
    expect(searchText('What did he say? no, I meant the 1978 talk')).not.toMatch(/meant/);
    // "… from each" after a list of works of a kind: from each of that kind.
    expect(resolveConversation(['Which works are interviews?', 'give me a quote on self-reliance from each']).search).toBe('give me a quote on self-reliance from each interview');
    expect(resolveConversation(['List his speeches', 'a quote on aid from each of them']).search).toBe('a quote on aid from each speech');
    expect(resolveConversation(['What did he say about aid?', 'one from each decade']).search).not.toMatch(/interview|speech|talk/);
    // "One quote from each work" after a topic: that topic's quotes, work by work, not each work summed up.
    expect(resolveConversation(['What did he say about trade?', 'one quote from each work please'])).toMatchObject({ followUp: true, search: 'What did he say about trade? one quote from each work please' });
    expect(resolveConversation(['What did he say about trade?', 'Summarise each work']).followUp).toBe(false);
    // "Which interviews are most relevant?": relevant to the topic before, which is asked again of them, not the collection's list.
    expect(resolveConversation(['What did he say about self-reliance?', 'which interviews are most relevant?'])).toMatchObject({ followUp: true, asks: 'What did he say about self-reliance?' });
    expect(searchText('Which interviews are most relevant?')).not.toMatch(/relevant/);
    // Its words for the other works name no topic: the question before is asked again.
    expect(resolveConversation(['Give me a quote about trade', 'one from a different work'])).toMatchObject({ followUp: true, asks: 'Give me a quote about trade' });
    for (const not of ['What did he say about other countries?', 'What else?', 'Which works mention trade?', 'Is self-reliance the only way?']) expect(asksElsewhere(not), not).toBe(false);
    // The time the question before was kept to is dropped: any other work, of any time.
    expect(resolveConversation(['What did he say about trade in 1987?', 'And in other works?'])).toEqual({ search: 'What did he say about trade? And?', filters: {}, followUp: true, asks: 'What did he say about trade in 1987?' });
    // Not a question about the collection, though it names works.
    expect(resolveConversation(['What did he say about the Non-Aligned Movement?', 'Did he say anything similar in other works?']).followUp).toBe(true);
  });

  it('sets the topics asked one after another side by side when asked to compare them ("Compare the two")', () => {
    const heavy = 'What did he say about heavy industry?';
    for (const compare of ['Compare the two', 'How do they differ?', 'What is the difference between the two?', 'compare them']) {
      const resolved = resolveConversation([heavy, 'And light industry?', compare]);
      expect(resolved.search, compare).toBe(`${heavy} And light industry? ${compare}`);
      expect(resolved.followUp, compare).toBe(true);
    }
    // Three topics, each joined on: all three.
    expect(resolveConversation([heavy, 'And light industry?', 'What about agriculture?', 'Compare them']).search).toBe(`${heavy} And light industry? What about agriculture? Compare them`);
    // A follow-up of the same topic asks nothing to compare.
    expect(resolveConversation([heavy, 'in the 1980s?']).earlierTopics).toBeUndefined();
    // A number by itself is no topic ("the two"); in a name it is ("the Three-Year Plan").
    expect(topicWords('Compare the two')).toEqual([]);
    expect(topicWords('What about the Three-Year Plan?')).toEqual(['three', 'plan']);
  });

  it('asks for the topics asked one after another in one passage when asked for both ("Both together?")', () => {
    const resolved = resolveConversation(['What did he say about agriculture?', 'And irrigation?', 'Both together?']);
    expect(resolved).toMatchObject({ search: 'What did he say about both agriculture and irrigation?', followUp: true });
    for (const both of ['What about both?', 'and both of them?', 'passages with both', 'together?']) {
      expect(resolveConversation(['What did he say about heavy industry?', 'And light industry?', both]).search, both).toBe('What did he say about both heavy industry and light industry?');
    }
    // With one topic asked before, "both" joins nothing.
    expect(resolveConversation(['What did he say about trade?', 'Both together?']).search).not.toMatch(/\bboth trade\b/);
  });

  it('carries the kind of answer asked for (a count, a date, a quote, the first) to a follow-up that asks for none of its own', () => {
    const count = 'How often does he mention Juche?';
    expect(resolveConversation([count, 'in the 1980s?'])).toMatchObject({ followUp: true, asks: count });
    // Another topic, joined on: the same question of it, searched alone.
    expect(resolveConversation([count, 'and self-reliance?'])).toEqual({ search: 'and self-reliance?', filters: {}, followUp: false, asks: count, earlierTopics: [count] });
    expect(resolveConversation(['When did he first mention Juche?', 'What about self-reliance?']).asks).toBe('When did he first mention Juche?');
    expect(resolveConversation([count, 'and self-reliance?', 'in the 1980s?']).asks).toBe(count);
    // One more of what was asked for ("one about …", "another on …"), of another topic.
    const quote = 'Give me a quote about foreign aid';
    for (const more of ['Now one about trade', 'Another on debt', 'And another one about defence'])
      expect(resolveConversation([quote, more]), more).toEqual({ search: more, filters: {}, followUp: false, asks: quote, earlierTopics: [quote] });
    // Its own kind, or a new question, wins.
    expect(resolveConversation([count, 'Give me a quote on that']).asks).toBe('Give me a quote on that');
    expect(resolveConversation([count, 'What did he say about rice?']).asks).toBe('What did he say about rice?');
    expect(resolveConversation([count, 'and what did the scholarly article conclude about heavy industry and its timing?']).asks).not.toBe(count);
  });
});
