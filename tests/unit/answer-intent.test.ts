import { describe, expect, it } from 'vitest';
import { addresseeNamed } from '../../server/answer/addressee.ts';
import { kindAsked, otherKindAsked } from '../../server/answer/collection.ts';
import { holdingQuotedPhrases, ownWords } from '../../server/answer/focus.ts';
import { withoutWordsLeftOut, wordsLeftOut } from '../../server/answer/left-out.ts';
import { parseQuery, quotedPhrases } from '../../server/retrieval/query.ts';
import { apartAsked, askedOfWork, askedOfWorks, bothAsked, helpAsked, pointsAtIt, readIntent, topicsEachAsked } from '../../server/answer/intent.ts';
import { quotesBeforeAsked, sourcesAsked } from '../../server/answer/quotes-asked.ts';
import { loadLanguageModel } from '../../server/answer/provider.ts';
import { searchText, textsCountedInThePlural, withoutOutsideSource } from '../../server/answer/search-text.ts';
import { contentTokens } from '../../server/retrieval/text.ts';
import { resolveConversation } from '../../server/answer/followup.ts';
import type { Work } from '../../server/corpus/types.ts';
import { StartupError } from '../../server/errors.ts';
import type { RankedPassage } from '../../server/retrieval/rank.ts';

const works: Work[] = [
  { id: 'a', title: 'A', date: '1961-12-01', year: 1961, author: 'Kim Il Sung', file: 'x' },
  { id: 'b', title: 'B', date: '1987-01-03', year: 1987, author: 'Kim Il Sung', file: 'x' },
  { id: 'z', title: 'Z', date: null, year: null, author: 'Zhang Chao', file: 'y' },
];

describe('readIntent', () => {
  it.each([
    'Who interviewed him in 1986?',
    'Who did he meet in 1974?',
    'Who was the audience of the 1993 speech?',
    'To whom did he talk in 1986?',
    'Whom did he speak to in Pyongyang?',
    'Which newspaper interviewed him in 1986?',
    'What journalists did he talk to in 1971?',
    "Which country's ex-premier did he meet?",
    'Which magazine asked him about the Five-Year Plan?',
    'Who asked Kim Il Sung about the Five-Year Plan?',
    'Who asked the questions?',
    'Who was he talking to?',
    'Who was he speaking with in 1978?',
    'Who is he addressing here?',
  ])(
    'asks whom he addressed, which the date and occasion answer: %s',
    (question) => {
      expect(readIntent(question, works).when).toBe(true);
    },
  );

  it.each([
    ['Who built the blast furnace?', 'built'],
    ['How did he describe the economy to foreign interviewers between 1971 and 1982?', 'interviewers'],
    ['Who asked for aid, according to the 1993 speech?', 'asked'],
    ['Who asked about aid in the 1993 speech?', 'asked'],
    ['Which countries did he talk about in 1987?', 'countries'],
    ['What did he talk to the officials about?', 'talk'],
  ])('not: %s', (question, word) => {
    expect(readIntent(question, works).when).toBe(false);
    expect(searchText(question)).toContain(word);
  });

  it.each(['When did he call Korea a young country?', 'When, and to whom, did he say it?', 'When and where was the Association founded?', 'Who asked, and when?', 'How was the plan going, and when did he expect it to be finished?', 'Tell me where he said that', 'where?', 'Where is the hat in hand quote from?'])(
    'asks when or where: %s',
    (question) => {
      expect(readIntent(question, works).when).toBe(true);
    },
  );

  it.each([
    'I need a quote where he criticises dependence on foreign aid',
    'When North Korea’s economy hit difficulties, what did he blame?',
    'What did he say the country did when rebuilding after the war?',
    'How do citizens respond when the party hands them a task?',
    'Which concepts does he trace, in terms of when and why they began to be used?',
    // Where a thing is, not where he said something.
    'Where is Hamhung?',
    'Where are the Kangson Steel Works?',
  ])('not, "when" or "where" opening a clause of time or place: %s', (question) => {
    expect(readIntent(question, works).when).toBe(false);
  });

  it('searches a question of whom he addressed without its words of addressing', () => {
    expect(searchText('To whom did he talk in 1986?')).toBe('To whom did he in 1986?');
    // Counted, the words whose meaning was asked, not "mean"; searched, "mean" stays ("X means …" is how the texts define).
    expect(searchText('and what does "rated capacity" mean? which text mentions it?')).toBe('and what does "rated capacity"? it?');
    expect(searchText('What does Juche mean?')).toBe('What does Juche mean?');
    expect(searchText('Who interviewed him in 1986?')).toBe('Who him in 1986?');
    expect(searchText('Who did he meet with in 1974?')).toBe('Who did he in 1974?');
    expect(searchText('Who was the audience of the 1993 speech?')).toBe('Who was the of the 1993 speech?');
  });

  it.each([
    // A change since a year, with its topic whichever comes first.
    ['Did his view of foreign aid change after 1970?', 'Did his foreign aid before and after 1970?'],
    ['What changed in his position on foreign aid after 1970?', 'What in his foreign aid before and after 1970?'],
    // Two words a removed phrase stood between are parted, so that they read as no one name.
    ['Did Kim mention China?', 'Did Kim, China?'],
    ['What did he say about Juche versus self-reliance?', 'What did he say about Juche, self-reliance?'],
    ['How did he talk about aid?', 'How did he aid?'],
    // Parted once every pattern has run: a word of asking removed after ("first", "last") leaves no comma behind.
    ['When did he first talk about trade?', 'When did he trade?'],
    ['When did he last talk about heavy industry?', 'When did he heavy industry?'],
    // To play a role or a part asks what someone did: the idiom names no topic; what it is said of stays.
    ['What role did the working class play?', 'What did the working class?'],
    ['What kind of part did science play in his plans?', 'What kind of did science in his plans?'],
    ['Did the Party play a leading role in the economy?', 'Did the Party a leading in the economy?'],
    ['the role that women played', 'the that women'],
    ['What did he say about the role of women?', 'What did he say about the role of women?'],
    ['How did he give full play to creativity?', 'How did he give full play to creativity?'],
    ['Which parts of the speech are about trade?', 'Which parts of the speech are about trade?'],
  ])('searches %s as %s', (question, searched) => {
    expect(searchText(question)).toBe(searched);
  });

  it('parts the words a question of how often sets against each other, as "and" does', () => {
    for (const question of [
      'How often does he mention Juche versus self-reliance?',
      'How often does he mention Juche vs. self-reliance?',
      'How often does he mention Juche compared with self-reliance?',
      'Does he mention Juche more often than self-reliance?',
      'How many times does he say Juche rather than self-reliance?',
    ]) {
      expect(searchText(question), question).toMatch(/\bJuche, self-reliance\?$/);
    }
    // "Other than" sets nothing against anything.
    expect(searchText('How often does he mention countries other than Korea?')).toContain('countries other than Korea');
  });

  it('reads when something he tells of happened apart from when he said it', () => {
    for (const q of ['When did the Chollima movement start?', 'When was the furnace built?', 'When did the war end?', 'When was the First Five-Year Plan?', 'When were the Minsaengdan purges?', 'What year did the war end?', 'In which year did the Chollima movement begin?', 'In what year did North Korea create the term?', 'When did Kim visit the Kangson Steel Works?', 'When did he go to North Manchuria?']) expect(readIntent(q, works), q).toMatchObject({ when: true, whenItHappened: true });
    for (const q of ['When did he start talking about Juche?', 'When was the 1987 speech given?', 'When did he say that?', 'What did he say about the war?', 'When was the 1987 speech?', 'When was that?', 'When was quote 4 said?', 'When was the talk to the Peruvian ex-premier?', 'What year did he talk about the war?', 'When was the Second Seven-Year Plan mentioned?', 'When was the Chollima Movement first discussed?', 'When was the 1967 programme announced?', 'When was his address to the Assembly?', 'When did Kim meet the Ecuadorian publisher?', 'When did he criticise the Soviet Union?']) expect(readIntent(q, works).whenItHappened, q).toBe(false);
    expect(readIntent('When was the Third Seven-Year Plan announced?', works).whenItHappened).toBe(true);
    // An author named is "he", whoever the collection's authors are: what he did is not something else that happened.
    expect(readIntent('When did Kim Il Sung start the movement?', works).whenItHappened).toBe(false);
    expect(readIntent('When did Mao start the movement?', works).whenItHappened).toBe(true);
    const byMao = works.map((w) => (w.author === 'Kim Il Sung' ? { ...w, author: 'Mao Zedong' } : w));
    expect(readIntent('When did Mao start the movement?', byMao).whenItHappened).toBe(false);
  });

  it('reads whom the works before addressed, asked with nothing else; "Who asked him about it?" asks of the topic before', () => {
    const before = [works[0]!, works[1]!];
    expect(readIntent('Who was he speaking to?', works, before).whomBefore).toEqual(before);
    expect(readIntent('Who asked him about it?', works, before).whomBefore).toBeNull();
    expect(readIntent('Who was he speaking to about trade?', works, before).whomBefore).toBeNull();
  });

  it('reads "who said that?" as a question of when and where that asks whose words they are', () => {
    expect(readIntent('Who said that?', works)).toMatchObject({ when: true, who: true });
    expect(readIntent('Who wrote about the Soviet Union?', works)).toMatchObject({ when: true, who: true });
    expect(readIntent('Who interviewed him in 1986?', works)).toMatchObject({ when: true, who: false });
    // Whose a work is: "Who gave the 1961 speech?", "Who is the author of the article?"; not who gave something he speaks of.
    for (const question of ['Who gave the 1961 speech?', 'Who delivered his speech on the six goals?', 'Who is the author of the article?', 'Whose speech is it?', 'Who authored the article?']) {
      expect(readIntent(question, works), question).toMatchObject({ when: true, who: true });
    }
    expect(readIntent('Who gave aid to Korea?', works)).toMatchObject({ when: false, who: false });
    expect(readIntent('What did he say about those who depend on others?', works)).toMatchObject({ when: false, who: false });
  });

  it('recognises when/where, quote requests and the scholarly work', () => {
    expect(readIntent('When and where did he say that Koreans must live in Korea?', works)).toMatchObject({ when: true, quote: false, overview: null });
    expect(readIntent('I need a citable line on self-reliance', works)).toMatchObject({ quote: true, when: false });
    expect(readIntent('What does the scholarly article say?', works)).toMatchObject({ overview: works[2], secondary: [works[2]] });
    expect(readIntent('What keywords does Zhang Chao list?', works)).toMatchObject({ overview: null, secondary: [works[2]] });
    expect(readIntent('What did Kim Il Sung say about trade?', works)).toMatchObject({ secondary: [], primaryAuthor: 'Kim Il Sung' });
    // A word of the scholar's name asks about the scholar's work; the same word in someone else's name does not.
    expect(readIntent('What does Zhang argue?', works)).toMatchObject({ secondary: [works[2]] });
    expect(readIntent('Who was Zhang Wei-hua?', works)).toMatchObject({ secondary: [] });
    // Its occasion or setting asked after the verb: when and where, as "on what occasion" asks.
    for (const q of ['What was the occasion of the 1993 speech?', "What's the setting of the talk to the ex-premier?", 'What was the context of the 1987 speech?', 'In what context did he say that?']) expect(readIntent(q, works).when, q).toBe(true);
    expect(searchText('In what context did he talk about trade?')).not.toMatch(/context/);
    expect(readIntent('What was the spirit of the 1993 speech?', works).when).toBe(false);
    // Why a work was given, or its purpose: what the collection says of that is its occasion.
    for (const q of ['Why did he give the 1993 speech?', 'Why was the 1969 interview given?', 'What was the purpose of the 1987 South-South speech?']) expect(readIntent(q, works).when, q).toBe(true);
    for (const q of ['Why did he give up on aid?', 'What was the purpose of self-reliance?', 'Why did he say that in the speech?']) expect(readIntent(q, works).when, q).toBe(false);
    // The longest or shortest work asked: about the texts, no topic.
    expect(readIntent('What is the longest work?', works)).toMatchObject({ length: 'longest', aboutTheTexts: true });
    expect(readIntent('Which speech is the shortest?', works)).toMatchObject({ length: 'shortest', aboutTheTexts: true });
    expect(searchText('Which speech is the shortest?')).toBe('Which?');
    for (const q of ['What was the longest war?', 'Which is the shortest way to independence?']) expect(readIntent(q, works).length, q).toBeNull();
    // Of two works it names, the longer (shorter) asked as the longest (shortest) of them; not of quotes, nor of anything else.
    for (const q of ['Which is longer, the 1961 speech or the 1993 speech?', 'Is the 1987 speech longer than the 1961 speech?']) {
      expect(readIntent(q, works), q).toMatchObject({ length: 'longest', aboutTheTexts: true });
    }
    expect(readIntent('Which one is shorter: the 1974 talk or the 1978 talk?', works)).toMatchObject({ length: 'shortest', aboutTheTexts: true });
    // The works named before the comparative or superlative: "Which of the 1987 works is longer?".
    for (const q of ['Which of the 1987 works is longer?', 'Which 1987 work is longer?', 'Which of the speeches is longest?']) expect(readIntent(q, works), q).toMatchObject({ length: 'longest', aboutTheTexts: true });
    // "the longest of his speeches", "the earliest of the interviews": of the works it names, as "the longest speech" is.
    expect(readIntent('Which is the longest of his speeches and interviews?', works)).toMatchObject({ length: 'longest', aboutTheTexts: true });
    expect(readIntent('the shortest of his speeches', works).length).toBe('shortest');
    expect(readIntent('Which is the earliest of the interviews?', works).order).toBe('earliest');
    expect(readIntent('What did he say about the oldest of the machines?', works).order).toBeNull();
    expect(readIntent('Which of his interviews is the shortest?', works)).toMatchObject({ length: 'shortest', aboutTheTexts: true });
    expect(readIntent('Which of the interviews is the earliest?', works)).toMatchObject({ order: 'earliest', aboutTheTexts: true });
    expect(searchText('Is the 1987 speech longer than the 1961 speech?')).toBe('Is the 1987 speech the 1961 speech?');
    for (const q of ['Give me a shorter quote from the 1987 speech', 'Which quote is shorter?', 'Was the plan shorter than the one before?', 'Did the war last longer than the plan?']) {
      expect(readIntent(q, works).length, q).toBeNull();
    }
    // Quotes asked shorter, with or without a quote's noun; "shorter than" compares, and "no longer" asks when he stopped.
    for (const q of ['Shorter please', 'Can you make them shorter?', 'Give me a shorter quote on trade', 'shorten it', 'Can you shorten them?']) expect(readIntent(q, works).brief, q).toBe(true);
    expect(readIntent('Was the plan shorter than the one before?', works).brief).toBe(false);
    expect(searchText('What did he say about aid? Can you make them shorter?')).not.toMatch(/can|you|make|them|shorter/i);
    // "Even shorter", "still shorter": how much shorter, no word to look for.
    for (const q of ['Even shorter', 'Still shorter please', 'A bit shorter']) expect(searchText(`What did he say about aid? ${q}`), q).not.toMatch(/even|still|bit|shorter/i);
    expect(readIntent('Does he no longer talk about the Soviet Union?', works).order).toBe('latest');
    // "First" or "last" after a verb of ranking says where something stands, no time: "has to come first in building socialism".
    for (const q of ['What kind of industry has to come first in building socialism?', 'Which task did he put first among the tasks?', 'What did he place last on the list?'])
      expect(readIntent(q, works).order, q).toBeNull();
    expect(readIntent('When did he first mention Juche?', works).order).toBe('earliest');
    expect(readIntent('When did he last talk about aid?', works).order).toBe('latest');
    // "Last" as a verb of lasting ("did it last according to him", "… last for three years") is no order.
    for (const q of ['How many years did it last according to him?', 'Did the war last for three years?']) expect(readIntent(q, works).order, q).toBeNull();
    // What the interviewers asked: their questions; not what he asked of others, nor what others asked for.
    for (const q of ['What did the interviewers ask him?', 'What was he asked in 1986?', "Which passages are the interviewer's questions?", 'What did the Yugoslav editor ask?', 'What did the Iraqi journalists want to know?', 'the questions put to Kim Il Sung', 'What was President Mao asked in 1986?', 'questions put to the delegation', 'What were the questions?', 'What were they asking about?', 'What was the magazine asking?', 'Which passages are questions from interviewers?', 'Show me the questions by the journalists', "What was the Iraqi delegation's question?", "the Syrian magazine's questions"])
      expect(readIntent(q, works).interviewerAsked, q).toBe(true);
    for (const q of ['What did he ask the non-aligned countries to do?', 'What did the developing countries ask for?', 'What questions did he raise?', 'What did the interviewers ask about aid?', 'What were the questions of the revolution?', 'What were the developing countries asking for?']) expect(readIntent(q, works).interviewerAsked, q).toBe(false);
    // How long a work is, asked of the work: "long", "pages", "words" name no topic in it.
    expect(readIntent('How long is the 1987 speech?', works)).toMatchObject({ length: 'each', overview: works[1] });
    expect(readIntent('How many pages are his speeches?', works)).toMatchObject({ length: 'each', aboutTheTexts: true });
    // Which are short (enough) is judged by how long each is.
    for (const q of ['Which works are short enough for one class?', 'Which speeches are short?']) expect(readIntent(q, works).length, q).toBe('each');
    // How long it takes to read them, judged by how long they are.
    for (const q of ['How long would it take to read the whole collection?', 'how long to read the 1987 speech', 'How long does it take a student to read his speeches?']) expect(readIntent(q, works).length, q).toBe('each');
    expect(readIntent('Which works are about trade?', works).length).toBeNull();
    for (const q of ['How long did the war last?', 'How long did it take to build the furnace?', 'How many words does he use for independence?']) expect(readIntent(q, works).length, q).toBeNull();
    // "How long is it?": of the one work the answer before quoted, as a whole.
    for (const q of ['How long is it?', 'Is it long?', 'Is that one very short?']) expect(readIntent(q, works, [works[1]!]), q).toMatchObject({ length: 'each', overview: works[1] });
    expect(readIntent('How long is it going to take?', works, [works[1]!]).length).toBeNull();
    expect(readIntent('Is it a long way to Pyongyang?', works, [works[1]!]).length).toBeNull();
    // "first" and "last" say when, of a work as of a topic: the work named, as a whole.
    for (const q of ['What did he first say in 1987?', 'What did he say last in 1987?']) expect(readIntent(q, works).overview, q).toEqual(works[1]);
    // Another author named as a work's: whose the work is, asked.
    expect(readIntent('Did Zhang Chao write the 1987 speech?', works)).toMatchObject({ overview: works[1], secondary: [], who: true });
    expect(readIntent('Did Zhang Chao write about aid?', works)).toMatchObject({ secondary: [works[2]], who: false });
    expect(readIntent('Did Zhang Chao write about the 1987 speech?', works)).toMatchObject({ secondary: [works[2]], who: false });
    // The user's own paper is not the scholarly one.
    expect(readIntent('I need a quote on foreign aid for my paper', works)).toMatchObject({ secondary: [], overview: null });
    for (const q of ['I am writing a paper about self-reliance in the 1960s. What did he say?', "We're preparing a short paper on aid", 'My paper is about Juche: what did he say?'])
      expect(readIntent(q, works), q).toMatchObject({ secondary: [], overview: null });
    expect(readIntent('What does the paper say about aid?', works)).toMatchObject({ secondary: [works[2]] });
    // What a scholarly work found, showed or concluded: the work as a whole.
    for (const q of ['What did the scholar find?', 'What does the article show?', 'What does the abstract suggest?', 'What does the article conclude?'])
      expect(readIntent(q, works), q).toMatchObject({ secondary: [works[2]], overview: works[2] });
    // Both authors set side by side: the works of both, not the scholar's alone; the scholar on him: the scholar's.
    for (const q of [
      'Compare Zhang Chao and Kim Il Sung on heavy industry',
      'Do Zhang Chao and Kim Il Sung agree on aid?',
      'What did Zhang Chao and Kim Il Sung say about heavy industry?',
      'What do Kim Il Sung & Zhang say about aid?',
      // "vs", and one compared with the other, though "does he compare" alone is what he did.
      'Kim Il Sung vs Zhang Chao on heavy industry',
      'How does Zhang Chao compare with Kim Il Sung on heavy industry?',
    ]) {
      expect(readIntent(q, works).secondary, q).toEqual([]);
      expect(readIntent(q, works).authorsCompared, q).toEqual(['Kim Il Sung', 'Zhang Chao']);
    }
    expect(readIntent("What does Zhang Chao say about Kim Il Sung's policy?", works)).toMatchObject({ secondary: [works[2]], authorsCompared: [] });
    expect(readIntent('What did Kim Il Sung say about aid?', works).authorsCompared).toEqual([]);
  });
});

describe('readIntent: who or what a title names', () => {
  const titled: Work[] = [
    { id: 'h', title: 'Answers to questions raised by Abdel Hamid Ahmed Hamrouche, general manager of the Dar-el-Tahrir', date: '1969-07-01', year: 1969, author: 'Kim Il Sung', file: 'x' },
    { id: 'v', title: 'Talk to the director of the Ecuadorian publishing house Voluntad', date: '1974-10-09', year: 1974, author: 'Kim Il Sung', file: 'x' },
    { id: 's', title: 'Answers to questions raised by the director of the Syrian magazine Jeich al Shaab', date: '1982-11-09', year: 1982, author: 'Kim Il Sung', file: 'x' },
    { id: 'p', title: 'Talk to the ex-premier of the Republic of Peru', date: '1978-05-24', year: 1978, author: 'Kim Il Sung', file: 'x' },
    ...works,
  ];
  it.each([
    ['Who was Hamrouche?', 'h'],
    ["Who's Hamrouche?", 'h'],
    ['What was the Dar-el-Tahrir?', 'h'],
    ['Who is the general manager of the Dar-el-Tahrir?', 'h'],
    // One name only one title holds, after "the" and a word many titles share.
    ['Who is the director of Voluntad?', 'v'],
    // Words of one title, a word of two letters among them as part of one ("ex" of "ex-premier").
    ['Who was the ex-premier?', 'p'],
    // What one name alone is, as who.
    ['What is Voluntad?', 'v'],
  ])('asks who or what the title names: %s', (question, id) => {
    const intent = readIntent(question, titled);
    expect(intent.overview?.id).toBe(id);
    expect(intent.identityAsked?.length).toBeGreaterThan(0);
  });
  it.each(['What did he tell Hamrouche?', 'What is the Hamrouche interview about?', 'Summarise the answers to Hamrouche', 'Who was Kim Il Sung?'])('does not: %s', (question) => {
    expect(readIntent(question, titled).identityAsked).toBeNull();
  });
  it('asks who the words of the one work before\'s title are, though other titles hold them too: "Who was the director?"', () => {
    const voluntad = titled.find((w) => w.id === 'v')!;
    expect(readIntent('Who was the director?', titled, [voluntad])).toMatchObject({ overview: voluntad, identityAsked: ['director'] });
    expect(readIntent('Who was the director?', titled).identityAsked).toBeNull();
    expect(readIntent('Who was the director?', titled, [voluntad, titled.find((w) => w.id === 'p')!]).identityAsked).toBeNull();
  });
  it('reads whom he addressed by the words of a title, "ex" of "ex-premier" among them', () => {
    expect(readIntent('What did he tell the ex-premier?', titled).overview?.id).toBe('p');
  });
});

describe('kindAsked', () => {
  it('reads a kind after "the" and a name, a name typed in lower case when the question is all in lower case', () => {
    for (const q of ['What year was the Peru talk?', 'what year was the peru talk', 'what did he say in the ghana interview', 'Which talk was first?']) expect(kindAsked(q), q).toBeDefined();
    // A verb of talking, or a name in lower case in a question that capitalises: no kind.
    for (const q of ['what did the people talk about', 'did he talk about peru', 'When was the peru talk?']) expect(kindAsked(q), q).toBeUndefined();
  });
});

describe('otherKindAsked', () => {
  it('reads a kind of text no title names, asked of the collection with nothing else, in the singular', () => {
    for (const [q, kind] of [
      ['Which letters are there?', 'letter'],
      ['Is there a diary?', 'diary'],
      ['Which addresses are there?', 'address'],
      ['Are there any diaries from the 1980s?', 'diary'],
      ['show me the lectures by kim il sung', 'lecture'],
      ["List Kim Il Sung's essays", 'essay'],
    ] as const) expect(otherKindAsked(q, works), q).toBe(kind);
    // A topic beside it, a kind in the singular pointing at one work, or a kind the titles name: none.
    for (const q of ['What did he say about copying the articles of others?', 'What does the article say?', 'Did he write letters about trade?', 'Which speeches are there?']) expect(otherKindAsked(q, works), q).toBeUndefined();
  });
});

describe('readIntent: where the texts come from', () => {
  it.each(['Where do these texts come from?', 'What book are these excerpts from?', 'Who published these texts?', 'Where was the 1987 speech published?', 'Which edition are the works taken from?', 'Who is the publisher of these texts?', 'What is the source of these texts?', 'When was the collection published?', 'What year was this book published?', 'Which volume are these printed in?', 'What edition is this?', 'Which edition are these from?', 'What is the source book for these texts?'])(
    'asks where the works are printed: %s',
    (question) => {
      expect(readIntent(question, works)).toMatchObject({ provenance: true, aboutTheTexts: true, when: false });
    },
  );
  it.each(['When was the article published?', 'What did he say about publishing?', 'What is the talk to the Ecuadorian publisher about?', 'Where did he say self-reliance is the way?', 'Which countries did the goods come from?', 'What is the source of his ideas?', 'What did he say about the volume of production?', 'What is this?'])('does not: %s', (question) => {
    expect(readIntent(question, works).provenance).toBe(false);
  });
});

describe('readIntent: asked for what the answers do not do', () => {
  it.each([
    ['Write me an essay on self-reliance', 'write', 'on self-reliance'],
    ['Help me write an introduction about independence', 'write', 'Help me about independence'],
    ['Suggest discussion questions for my class on Juche', 'write', 'on Juche'],
    ['Create 5 exam questions about trade', 'write', 'about trade'],
    ['Make me a quiz on self-reliance', 'write', 'on self-reliance'],
    // Questions or quizzes for a class, given: nothing the texts hold, whichever verb asks.
    ['Give me five exam questions on self-reliance', 'write', 'on self-reliance'],
    ['Give me a discussion question about the 1974 talk', 'write', 'about the 1974 talk'],
    // Needed or wanted, and a glossary: no more a passage than a quiz is.
    ['I need discussion questions about the 1987 speech', 'write', 'I about the 1987 speech'],
    ['Give me a glossary of key terms', 'write', 'of key terms'],
    // Asked what would make one, as asked to make one.
    ['What would be a good essay question on these texts?', 'write', 'on these texts?'],
    ['What are some good essay topics on self-reliance?', 'write', 'on self-reliance?'],
    ['Was Kim Il Sung right about self-reliance?', 'judge', null],
    ['Is Juche a good idea?', 'judge', null],
    ['What do you think of his view on aid?', 'judge', null],
    ["Is Kim Il Sung's argument convincing?", 'judge', null],
    ['Is the article biased?', 'judge', null],
    ['Was the 1987 speech just propaganda?', 'judge', null],
    // Whether it worked is a judgement as whether it was right is.
    ['Was his economic policy successful?', 'judge', null],
    ['Was the Chollima Movement a success?', 'judge', null],
    // Whether the texts contradict each other (he himself) is a judgement too; its words are no topic.
    ['Does he contradict himself on foreign aid?', 'judge', 'Does he on foreign aid?'],
    ['Is he inconsistent about trade?', 'judge', null],
    // One of several ranked by its force: a judgement too, and no words to look for.
    ['Which is stronger, the 1961 or the 1993 speech on self-reliance?', 'judge', 'the 1961 or the 1993 speech on self-reliance?'],
    ['Which quote is the most convincing?', 'judge', null],
    ['Which of the two speeches is more radical?', 'judge', null],
    ['Translate the 1961 speech into Korean', 'translate', 'the 1961 speech'],
    ['Explain Juche to a 10 year old', 'simplify', 'Explain Juche'],
    ['Explain self-reliance in simple terms', 'simplify', 'Explain self-reliance'],
    ['Paraphrase what he said about trade', 'paraphrase', 'what he said about trade'],
    ['Can you put his view of aid in your own words?', 'paraphrase', 'Can you put his aid?'],
    // A topic summed up: no work's key sentences to give, the passages that address it.
    ['Summarise what he said about trade', 'summarise', null],
    ['Can you summarize these quotes?', 'summarise', null],
    // Sides for and against: which side a passage takes is a judgement; every passage on it is given.
    ['Give me quotes for and against foreign aid', 'sides', 'foreign aid'],
    ['What are the pros and cons of self-reliance according to Kim?', 'sides', 'What are the of self-reliance according to Kim?'],
    ['Give me one quote for and one against accepting foreign aid', 'sides', null],
    // What bears on the user's own claim: the claim is the topic, and which side a passage takes is the reader's to judge.
    ['My thesis is that Juche was mainly an economic idea. What supports this?', 'sides', 'that Juche was mainly an economic idea. What this?'],
    ['What goes against my thesis?', 'sides', null],
  ] as const)('%s: %s', (question, beyond, searched) => {
    expect(readIntent(question, works).beyond).toBe(beyond);
    if (searched !== null) expect(searchText(question)).toBe(searched);
  });
  // Asked as the answers do it, or of a topic: nothing to say.
  const asAnswered = ["I'm writing an essay on self-reliance. What did he say?", 'Give me a quote for my essay on trade', 'Give me the full paragraph', 'Give me a paragraph on trade', 'Give me the questions he was asked', 'Is self-reliance good for developing countries?', 'Is it true that he rejected all aid?', 'Are these quotes right?', 'Is my citation correct?'];
  const ofATopic = ['Summarise that interview', 'Did he support the Non-Aligned Movement?', 'Was the 1961 speech given in Pyongyang?', 'What did he say about writing?', 'What is the translation of Juche?', 'Summarise the 1974 talk', 'What did he say to a child?', 'Explain Juche', 'In other words, did he reject aid?', 'Which passage best summarises his view of aid?', 'Summarize the whole collection', 'Summarise each work in one sentence', 'What did he write in his essays about independence?', 'Did Kim Il Sung write poems?'];
  it.each([...asAnswered, ...ofATopic])('does not: %s', (question) => expect(readIntent(question, works).beyond).toBeNull());
  it('gives every passage on the topic when asked for sides, however many quotes the question says', () => {
    expect(readIntent('Give me one quote for and one against accepting foreign aid', works)).toMatchObject({ beyond: 'sides', wanted: null, quote: false, broad: true });
    for (const q of ['What arguments did he make for self-reliance?', 'Was he for or against aid?', 'Give me one quote on aid and one on trade', 'Which speech is more critical of aid?']) expect(readIntent(q, works).beyond, q).toBeNull();
  });
});

describe('readIntent: who wrote the texts', () => {
  it.each(['Who wrote these texts?', 'Who are the authors?', 'Which authors are in the collection?', 'Who is the author?', 'Who wrote the speeches from the 1980s?', 'who are the writers of these documents', 'Who wrote the excerpts?'])('asks whose the works are: %s', (question) => {
    expect(readIntent(question, works)).toMatchObject({ authors: true, aboutTheTexts: true });
  });
  it.each(['Did the collection include anything written by someone other than Kim?', 'Are there other authors in the collection?', 'Is anything by anyone else?', 'Was Kim the only author in the collection?', 'Are all the works by Kim?'])('asks whether anyone else wrote some of them, answered by whose they are: %s', (question) => {
    expect(readIntent(question, works).authors).toBe(true);
  });
  it.each(['Who wrote about trade?', 'Who wrote the article?', 'Who is the author of the 1961 speech?', 'What did the authors of the article argue?', 'Who said self-reliance matters?', 'How do I cite the authors?', 'Did other writers discuss trade?'])('does not: %s', (question) => {
    expect(readIntent(question, works).authors).toBe(false);
  });
  it.each(['Is the article a primary or secondary source?', 'Are these primary sources?', 'Which of these sources are primary?'])('asks whether works are primary or secondary sources, answered by whose they are: %s', (question) => {
    expect(readIntent(question, works)).toMatchObject({ authors: true, sourceKind: true, secondary: [] });
  });
  it.each(['What does the secondary source say about heavy industry?', 'Which primary sources discuss aid?'])('does not: %s', (question) => {
    expect(readIntent(question, works).sourceKind).toBe(false);
  });
});

describe('readIntent: about the texts themselves', () => {
  it.each(['What works are in the collection?', 'How many sources are there?', 'List the speeches', 'What did he say in his speeches?'])('speaks of the texts: %s', (question) => {
    expect(readIntent(question, works).aboutTheTexts).toBe(true);
  });
  it.each(['What did he say about trade?', 'his 1987 speech on cooperation', 'What did he say in his speeches of the 1970s?'])('does not: %s', (question) => {
    expect(readIntent(question, works).aboutTheTexts).toBe(false);
  });
});

describe('readIntent: broad', () => {
  it.each([
    'What did he say about foreign trade?',
    'Tell me about the Chollima movement',
    'What about rice?',
    'foreign trade',
    'Self-reliance in the 1980s',
    'Kim Il Sung on trade',
    'Which works mention Africa?',
    'Are there any speeches on agriculture?',
    "What was Kim Il Sung's view of the Soviet Union?",
    'What was his attitude towards foreign aid?',
    'How did he feel about foreign aid?',
    'Show me all passages about agriculture',
    'List every passage mentioning steel',
    'all the quotes on aid',
    // Passages asked for, of a topic.
    'Find passages about both agriculture and industry',
    'Show me excerpts on foreign trade',
    // A time said before the topic, as after it.
    'What did he say before 1970 about foreign aid?',
    'What did he write in the early 1980s on trade?',
    'What did he say between 1975 and 1985 about independence?',
    // Works said before the topic, as after it.
    'What did he say in all of his speeches about trade?',
    'What did he say in the interviews on agriculture?',
  ])('asks for every passage on a topic: %s', (question) => {
    expect(readIntent(question, works).broad).toBe(true);
    expect(readIntent(question, works).quote).toBe(false);
  });

  it('asks for a quote when it asks which one passage does something best', () => {
    for (const question of ['Which passage best summarizes his view of self-reliance?', 'What sentence most clearly shows his view of aid?'])
      expect(readIntent(question, works).quote, question).toBe(true);
    for (const question of ['Which passages mention oil?', 'Which passage mentions oil?']) expect(readIntent(question, works).quote, question).toBe(false);
    // "best" is how well it does it, no word to look for.
    expect(searchText('Which passage best summarises his economic philosophy?')).not.toMatch(/best|summari/);
  });

  it.each(['Why did he reject foreign aid?', 'why did he reject foreign aid', 'When did he visit the steel works', 'What works best for a small country?', 'juche definition', 'Self-reliance meaning', 'and in the 1980s', 'Give me a quote on trade', 'foreign trade?', 'What steps did they take on farming?', 'Did other states help, and how did he feel about it?', 'For an essay on Juche, I need a strong line'])(
    'asks something narrower: %s',
    (question) => {
      expect(readIntent(question, works).broad).toBe(false);
    },
  );
});

/** Works a question may name: by title, occasion, year or month. */
const named: Work[] = [
  { id: 'w1974', title: 'Talk to the director of the Ecuadorian publishing house Voluntad', date: '1974-10-09', year: 1974, author: 'Kim Il Sung', file: 'x' },
  {
    id: 'w1987',
    title: 'Let us develop South-South cooperation',
    date: '1987-06-09',
    year: 1987,
    author: 'Kim Il Sung',
    occasion: 'Congratulatory Speech at the Extraordinary Ministerial Conference of Non-Aligned Countries',
    file: 'x',
  },
  { id: 'w1987b', title: 'Let us accelerate socialist economic construction', date: '1987-01-03', year: 1987, author: 'Kim Il Sung', file: 'x' },
  {
    id: 'w1993',
    title: 'On the direction of socialist economic construction for the immediate period ahead',
    date: '1993-12-08',
    year: 1993,
    author: 'Kim Il Sung',
    occasion: 'Concluding Speech at the 21st Plenary Meeting',
    file: 'x',
  },
  ...works.slice(2),
];

describe('readIntent: one work as a whole', () => {
  it.each([
    ['What is the talk to the Ecuadorian publisher about?', 'w1974'],
    ['What did he say in his speech to the Non-Aligned ministers?', 'w1987'],
    ['Summarise the 1987 South-South speech', 'w1987'],
    ['main points of the 1993 speech', 'w1993'],
    // A word asking for the whole, inflected as the lists do not write it.
    ['What are the main arguments of the 1993 speech?', 'w1993'],
    ['the key themes of the 1993 works', 'w1993'],
    ['What is the thesis of the 1993 speech?', 'w1993'],
    ['What did Kim Il Sung say in 1993?', 'w1993'],
    ['What did he tell the Ecuadorian publishing house?', 'w1974'],
    ['What did he tell the non-aligned ministers?', 'w1987'],
    ['what did he tell the ecuadorian publishing house', 'w1974'],
    ['Summarise the Voluntad talk', 'w1974'],
    // One name, written as a name, that only one title holds, after a verb of telling: whom he addressed.
    ['What did he tell Voluntad?', 'w1974'],
    ['What does the scholarly article say?', 'z'],
    ['What is the title of the 1974 talk?', 'w1974'],
    ['What is the 1993 speech called?', 'w1993'],
    ['What did he say in June 1987?', 'w1987'],
    ['What did he say on 3 January 1987?', 'w1987b'],
    ['What did he say in his most recent speech?', 'w1993'],
    ['What did he write in his earliest work?', 'w1974'],
    ['What did he say in his talks of 1974?', 'w1974'],
    // A quote asked from a work and nothing else: its key sentences, the one that carries most of its words first.
    ['Give me a quote from the 1993 speech', 'w1993'],
    // Its date asked, the work named by the words of its title before its kind.
    ['When was the South-South speech given?', 'w1987'],
  ])('%s', (question, id) => {
    expect(readIntent(question, named).overview?.id).toBe(id);
  });

  it.each([
    'What did he say about Juche in the 1993 speech?',
    'What did he say in 1987?',
    'Give me a quote from the 1993 speech on agriculture',
    'What is the talk to the Peruvian ex-premier about?',
    'What did he say about self-reliance?',
    'What did he say about non-aligned countries?',
    // Words of a title, not written as a name nor as whom he addressed: a topic.
    'How should developing countries cooperate?',
    'Which countries are non-aligned?',
    'What did he say about Voluntad?',
    'What did he tell the ecuadorian?',
    'Which works are from 1993?',
    'What did he say in March 1987?',
    'What was his most recent speech?',
  ])('not one work as a whole: %s', (question) => {
    expect(readIntent(question, named).overview).toBeNull();
  });
});

describe('readIntent: a work named by its title', () => {
  it('keeps a question about a topic to the work it names as a work, by its title, at one time at most; not a comparison', () => {
    expect(readIntent('What did he say about aid in his talk to the Ecuadorian publishing house?', named)).toMatchObject({ inWork: named[0], overview: null });
    expect(readIntent('What did he say about agriculture in the South-South cooperation speech?', named)).toMatchObject({ inWork: named[1] });
    // "Their work", "our work": what people do, no text of the collection.
    for (const q of ['How should officials improve their work in South-South cooperation?', 'What did he say about our work in South-South cooperation?']) expect(readIntent(q, named).inWork, q).toBeNull();
    expect(readIntent('What did he tell the Ecuadorian publishing house about aid?', named)).toMatchObject({ inWork: named[0] });
    expect(readIntent('What did he say to the Voluntad editor about aid?', named)).toMatchObject({ inWork: named[0] });
    // A quote asked of it: of it, when the question names no year to keep to instead ("from the 1987 speech on debt").
    expect(readIntent('a quote on aid from the Ecuadorian publishing house talk', named)).toMatchObject({ quote: true, inWork: named[0] });
    expect(readIntent('a quote from the 1987 speech on debt', named).inWork).toBeNull();
    // Without a word for a work, title words may be the topic itself; compared, the work is one of several.
    expect(readIntent('What did he say about South-South cooperation?', named).inWork).toBeNull();
    expect(readIntent('How did his talk to the Ecuadorian publishing house compare with later works on aid?', named).inWork).toBeNull();
  });
  it('keeps "What does it say about trade?" to the one work of the answer before: "it" says something, so it is a text', () => {
    for (const q of ['What does it say about trade?', 'Does it mention oil?', 'What did this one say about aid?']) expect(readIntent(q, named, [named[0]!]), q).toMatchObject({ inWork: named[0], overview: null });
    // "it" the topic, or nothing asked of it but what else it says; or several works before.
    for (const q of ['What did he say about it?', 'Does it mention it?']) expect(readIntent(q, named, [named[0]!]).inWork, q).toBeNull();
    expect(readIntent('What does it say about trade?', named, named.slice(0, 2)).inWork).toBeNull();
    // "there" closing a question points at the place, the work; not "Is there …?", "Who was there?", "from there".
    for (const q of ['Did he talk about oil there?', 'What did he say about aid there?', 'Is there anything about oil there?', 'What did he say about oil in it?', 'Is there anything about aid in this one?'])
      expect(readIntent(q, named, [named[0]!]), q).toMatchObject({ inWork: named[0], overview: null });
    for (const q of ['Is there anything about oil?', 'Are there?', 'What did he say about oil from there?']) expect(readIntent(q, named, [named[0]!]).inWork, q).toBeNull();
    // Whom he addressed, pointed at after an answer naming one work ("Who did Kim talk to in 1974?"): its addressee.
    for (const q of ['What did he tell him about industry?', 'What did he say to them about trade?'])
      expect(readIntent(q, named, [named[0]!]), q).toMatchObject({ inWork: named[0], overview: null });
    expect(readIntent('What did he tell them about trade?', named, named.slice(0, 2)).inWork).toBeNull();
  });
  it('asks of the work what else the question asks: the words naming it left out', () => {
    expect(askedOfWork('What did he say about aid in his talk to the Ecuadorian publishing house?', named[0]!, named).match(/\w+/g)).toEqual(['What', 'did', 'he', 'say', 'about', 'aid', 'in', 'his', 'to', 'the']);
    // A word of its title standing apart from those naming it, in lower case, is what is asked of it.
    const speech = named.find((w) => w.id === 'w1987')!;
    expect(askedOfWork('How does the South-South speech define cooperation?', speech, named)).toMatch(/\bdefine cooperation\?$/);
    expect(askedOfWork('How does the South-South speech define cooperation?', speech, named)).not.toMatch(/South/);
    expect(askedOfWork('In the speech on South-South cooperation, what does he say about debt?', speech, named)).not.toMatch(/South|cooperation/);
  });
});

describe('readIntent: a work named by its order', () => {
  it('keeps a question about a topic to the first or last work of the kind it names, and sums up one that names no topic', () => {
    // The last work whose title or occasion says "speech"; the last talk is not the last work.
    expect(readIntent('What did he say about trade in his latest speech?', named)).toMatchObject({ inWork: named[3], order: null, overview: null });
    expect(readIntent('What did he say about trade in his last talk?', named)).toMatchObject({ inWork: named[0], order: null });
    expect(readIntent('What did he say about trade in his latest work?', named)).toMatchObject({ inWork: named[3], order: null });
    // No work says "interview": none is named, and the question asks which work on trade came last.
    expect(readIntent('What did he say about trade in his last interview?', named)).toMatchObject({ inWork: null, order: 'latest' });
    expect(readIntent('What did his first talk say about aid?', named)).toMatchObject({ inWork: named[0], order: null });
    expect(readIntent('What did he say in his first talk?', named)).toMatchObject({ overview: named[0], inWork: null, aboutTheTexts: false });
    // No work says "interview": the collection is listed, led by its last work.
    expect(readIntent('What did he say in his last interview?', named)).toMatchObject({ overview: null, aboutTheTexts: true, order: 'latest' });
    // "When did he last mention trade?" asks which work on trade came last: no work is named.
    expect(readIntent('When did he last mention trade?', named)).toMatchObject({ inWork: null, order: 'latest' });
  });
});

describe('readIntent: how to cite a work', () => {
  it.each([
    ['Cite the 1974 talk in MLA', 'w1974', 'mla'],
    ['How do I cite the talk to the Ecuadorian publisher?', 'w1974', null],
    ['Give me the APA reference for the 1993 speech', 'w1993', 'apa'],
    ['How do I reference the article by Zhang Chao?', 'z', null],
    ['Chicago citation of his most recent speech', 'w1993', 'chicago'],
    ['BibTeX for the 1974 talk', 'w1974', 'bibtex'],
    ['Give me an MLA entry for the 1974 talk', 'w1974', 'mla'],
    ['Give me the full citation for the 1974 talk in MLA', 'w1974', 'mla'],
    ["What's the complete reference for the 1993 speech?", 'w1993', null],
    // A quote as what is cited: the work it is from.
    ['How do I cite a quote from the 1974 talk in MLA?', 'w1974', 'mla'],
    ['How should I cite a passage from the 1993 speech?', 'w1993', null],
    // The list only one style calls so names that style.
    ['the reference list entry for the 1993 speech', 'w1993', 'apa'],
  ])('%s', (question, id, style) => {
    const intent = readIntent(question, named);
    expect({ overview: intent.overview?.id, citation: intent.citation, quote: intent.quote, fullText: intent.fullText }).toEqual({ overview: id, citation: { style, of: 'work' }, quote: false, fullText: false });
  });
  it.each([
    ['Cite his speeches in MLA', 'mla'],
    ['Give me a bibliography of the sources', null],
    ['How do I cite the works from the 1970s in APA?', 'apa'],
    ['Give me a reference list for his speeches', 'apa'],
    ['bibliography please', null],
    // The collection whole, as a whole.
    ['Cite the whole collection in Chicago', 'chicago'],
    ['How should I reference the collection as a whole?', null],
  ])('the works of the collection asked about: %s', (question, style) => {
    expect(readIntent(question, named)).toMatchObject({ overview: null, citation: { style, of: 'collection' }, aboutTheTexts: true, quote: false });
  });
  it('reads the list only one style calls so as that style', () => {
    expect(readIntent('Give me a Works Cited entry for the 1974 talk', named).citation?.style).toBe('mla');
    expect(readIntent('Cite the 1993 speech for my reference list', named).citation).toEqual({ style: 'apa', of: 'work' });
    expect(readIntent('Give me a bibliography of the sources', named).citation?.style).toBeNull();
  });
  it('reads a style it does not write as a citation asked for, to say so', () => {
    expect(readIntent('Cite the 1974 talk in Harvard style', named).citation).toEqual({ style: null, of: 'work', notWritten: 'Harvard' });
    expect(readIntent('What did he say about Harvard?', named).citation).toBeNull();
  });
  it.each([
    ['Give me a quote on independence in MLA style', { style: 'mla' }, 'a on independence'],
    ['an APA-style quote on aid', { style: 'apa' }, 'on aid'],
    ['A quote on debt with a Chicago citation', { style: 'chicago' }, 'A on debt'],
    ['Find a quote about trade, cited in Chicago', { style: 'chicago' }, 'a about trade,'],
    ['quotes on oil in Harvard format', { style: null, notWritten: 'Harvard' }, 'on oil'],
    // A note in a style it writes: the style, and that notes are not written.
    ['Give me a Chicago footnote for the quote about barter', { style: 'chicago', notWritten: 'footnote' }, 'for the about barter'],
    ['I need a quote about self-reliance with its citation', { style: null }, 'a about self-reliance'],
    // Asked with a citation, then the style: the style is that citation's.
    ['Give me a quote on aid with its citation in MLA', { style: 'mla' }, 'a on aid'],
  ])('reads quotes asked for cited as such, the style no topic: %s', (question, quotesCited, searched) => {
    expect(readIntent(question, named)).toMatchObject({ quotesCited, citation: null, quote: true });
    expect(searchText(question).trim()).toBe(searched);
  });
  it.each(['What did he say about Chicago?', 'Quotes on trade with reference to Africa', 'Give me a quote about trade'])('not: %s', (question) => {
    expect(readIntent(question, named).quotesCited).toBeNull();
  });
  it('reads what quotes are to make for a class, and a verb of making opening the request, as no topic', () => {
    expect(searchText('Make a handout with 4 quotes on independence and their citations')).not.toMatch(/make|handout/i);
    expect(searchText('Create a worksheet of passages about trade')).not.toMatch(/create|worksheet/i);
    expect(searchText('How did they make vinalon?')).toMatch(/make vinalon/);
  });
  it.each([
    ['Find a quote about trade', 'a about trade'],
    ['Search for passages on debt', 'passages on debt'],
    ['Please look for quotes about aid', 'about aid'],
    ['Can you show quotes on agriculture', 'on agriculture'],
  ])('searches a request without the verb in the imperative that opens it: %s', (question, searched) => {
    expect(searchText(question).trim()).toBe(searched);
  });
  it('keeps such a verb that does not open the request', () => {
    expect(searchText('What did he find in short supply?')).toContain('find');
  });
  it.each([
    ['Which quote best shows he opposed depending on aid?', 'Which he opposed depending on aid?'],
    ['Find a passage that illustrates how he saw trade', 'a passage that how he saw trade'],
    ['Give me a brief quote on defeatism', 'a on defeatism'],
    ['Which quotes would support the claim that he opposed aid?', 'Which he opposed aid?'],
    ["I'm writing an essay on Juche. Where should I start?", 'on Juche.?'],
    ["I'm writing an essay on economic independence. Which three works should I read first?", 'on economic independence.?'],
    ['Which works should I read on trade?', 'on trade?'],
    // A teacher's: what the class is to read, or a passage fit for it.
    ["I'm preparing a lesson on North Korean economic policy. Which passages should students read?", 'on North Korean economic policy.?'],
    ['Which passages should my students read on trade?', 'on trade?'],
    ['Give me a passage suitable for a classroom discussion on self-reliance', 'a passage on self-reliance'],
    ['Which quotes contradict the claim that he rejected all trade?', 'Which he rejected all trade?'],
    ['Give me evidence that he valued trade', 'he valued trade'],
  ])('searches a request for a quote without what the quote is to do or be: %s', (question, searched) => {
    expect(searchText(question)).toBe(searched);
  });
  it('reads "5 citable passages … with dates" as five quotes, and "the exact wording and page of …" as a quote with its page', () => {
    expect(readIntent('Give me 5 citable passages about science and technology with dates', works).wanted).toBe(5);
    expect(searchText('Give me 5 citable passages about science and technology with dates')).toBe('about science and technology');
    const wording = 'I need the exact wording and page of his statement about the rich getting richer';
    expect(readIntent(wording, works).page).toBe(true);
    expect(searchText(wording)).toBe('his the rich getting richer');
  });
  it('takes "where should I start?" for guidance asked, not for where something was said', () => {
    for (const q of ["hi, i'm writing about juche for my history class, where should i start?", "I'm researching trade. Where should I begin?"]) expect(readIntent(q, works).when, q).toBe(false);
    expect(readIntent('When and where did he talk about trade?', works).when).toBe(true);
    // Asked alone, where to begin is the list of works; after a topic, that topic's passages.
    // Who the user is, or what they teach or study, said before it, is no topic.
    for (const q of ['Where should I start?', 'What should I read first?', 'Which three works should I read first?', 'Which work should I start with?', 'Which text should a beginner read first?', 'Where should I start reading?', 'Where should a newcomer begin?', 'Which texts should I study first?', "I'm a high school history teacher. Which text should my students read first?", 'I teach high school history. Which text should my students read first?', 'We study Korean history. Where should we start?']) {
      expect(readIntent(q, works).aboutTheTexts, q).toBe(true);
      expect(searchText(q), q).not.toMatch(/\p{L}/u);
    }
    expect(resolveConversation(['What did he say about trade?', 'Where should I start?'])).toMatchObject({ followUp: true, asks: 'What did he say about trade?' });
    // What the user teaches or studies, said so, is no topic; what they teach a course on may be, and a topic asked is.
    expect(contentTokens(searchText('I study Korean history. What did he say about aid?')).map((t) => t.word)).toEqual(['aid']);
    expect(contentTokens(searchText('We teach a course on the Cold War. What did he say?')).map((t) => t.word)).toEqual(expect.arrayContaining(['cold', 'war']));
    // A topic with it: only the topic is looked for ("first" is when to look, not the First Five-Year Plan).
    expect(contentTokens(searchText('What should we look at first on aid?')).map((t) => t.word)).toEqual(['aid']);
  });
  it('reads a short quote asked for, and not a short thing asked about', () => {
    for (const q of ['Give me a short quote on trade', 'Give me a shorter quote', 'I need a brief quote about aid']) expect(readIntent(q, works).brief, q).toBe(true);
    for (const q of ['Give me a quote on trade', 'What did he say about short supply?', 'Were the quotes on barter short?']) expect(readIntent(q, works).brief, q).toBe(false);
  });

  it('keeps "best" and "shows" that say something of the topic', () => {
    expect(searchText('What is the best form of trade?')).toBe('What is the best form of trade?');
    expect(searchText('What shows the strength of the economy?')).toContain('shows');
  });
  it.each([
    ['How do I cite it?', null],
    ['How do I cite these quotes for my essay?', null],
    ['Give me the reference', null],
    ['and in APA?', 'apa'],
    ['Cite them in MLA', 'mla'],
    ['What is the Chicago citation for the passages above?', 'chicago'],
    ['Can I have a bibliography of these sources?', null],
    ['Cite [3]', null],
    ['the second one in MLA', 'mla'],
    ['How do I cite quotes 1 and 4?', null],
    ['Cite the last quote in APA', 'apa'],
    // Asked to be given, typed with no question mark: no topic either.
    ['Put these in a bibliography', null],
    ['Make a bibliography of these', null],
    ['Create a works cited list for these', 'mla'],
    // How many of them is no topic.
    ['cite all three in MLA', 'mla'],
    // Asked of the one who answers: a citation.
    ['How would you cite these?', null],
    // The citation qualified: "exact" asks no topic.
    ['Give me the exact citation for the second one', null],
  ])('the works of the answer before: %s', (question, style) => {
    expect(readIntent(question, named)).toMatchObject({ overview: null, citation: { style, of: 'answer' }, aboutTheTexts: false, quote: false });
  });
  it.each([
    'Give me a quote from the 1974 talk to cite',
    "Is there a saying he quoted about a way out? I'd like to cite it.",
    'What did he say about Chicago?',
    'What is the reference to Zimbabwe in the 1993 speech?',
    'I need a citable sentence on aid',
    'Give me the first quote',
    'What did he say about the second seven-year plan?',
    // What an author cites, not a citation asked for.
    'Does Zhang Chao cite Kim Il Sung?',
    'Which sources does the article cite?',
    "Does the article cite any of Kim's works?",
    'the works Zhang cites',
  ])('not a citation of a work: %s', (question) => {
    expect(readIntent(question, named).citation).toBeNull();
  });
  it('reads the two things "both … and" joins, up to a word of time, and no times or authors', () => {
    const authors = new Set(['kim', 'il', 'sung', 'zhang', 'chao']);
    expect(bothAsked('Which passages mention both Juche and nationalism?', authors)).toEqual(['Juche', 'nationalism']);
    expect(bothAsked('both self-reliance and the international cooperation in the 1980s', authors)).toEqual(['self-reliance', 'international cooperation']);
    for (const q of ['What did he say both before and after 1970?', 'Do both Zhang Chao and Kim Il Sung speak of it?', 'What did he say about Juche and nationalism?']) expect(bothAsked(q, authors), q).toBeNull();
  });

  it('reads the opening or the close of a work named, in paragraphs or sentences, or a paragraph by its number, and no part of anything else', () => {
    const part = (q: string) => readIntent(q, works).part;
    const paragraphs = (edge: string, count = 1) => ({ edge, unit: 'paragraph', count });
    const sentences = (edge: string, count = 1) => ({ edge, unit: 'sentence', count });
    for (const q of ['How does the 1961 speech begin?', 'Quote the opening of the 1961 speech', 'What is the first paragraph of the 1987 speech?', 'the opening lines of the article', 'Show me the beginning of the 1961 speech']) expect(part(q), q).toEqual(paragraphs('opening'));
    for (const q of ['How does the 1961 speech end?', 'What is the last paragraph of the 1987 speech?', 'Give me the closing lines of the 1961 speech', 'the end of the article']) expect(part(q), q).toEqual(paragraphs('closing'));
    expect(part('What are the first two paragraphs of the 1961 speech?')).toEqual(paragraphs('opening', 2));
    expect(part('Quote the first sentence of the 1961 speech')).toEqual(sentences('opening'));
    expect(part('What were his first words in the 1987 speech?')).toEqual(sentences('opening'));
    expect(part('the last 3 lines of the 1987 speech')).toEqual(sentences('closing', 3));
    expect(part('the first 0 sentences of the 1987 speech')).toEqual(sentences('opening'));
    for (const q of ['What does paragraph 3 of the 1961 speech say?', 'Find the third paragraph of the 1961 speech', 'the 1961 speech, ¶ 3', 'the 3rd paragraph of the 1961 speech']) expect(part(q), q).toEqual({ position: 3 });
    for (const q of ['What did he say at the end of the war?', 'What is the 1961 speech about?', 'What did he say about the beginning of the Chollima movement in the 1961 speech?', 'What did he say about the third world in the 1961 speech?']) expect(part(q), q).toBeNull();
  });

  it('reads the two things a question sets apart, and no times or authors', () => {
    const authors = new Set(['kim', 'il', 'sung', 'zhang', 'chao']);
    expect(apartAsked('How does self-reliance differ from nationalism?', authors)).toEqual(['How does self-reliance', 'nationalism']);
    expect(apartAsked('What is the difference between aid and trade?', authors)).toEqual(['aid', 'trade']);
    expect(apartAsked('How did he distinguish self-reliance from isolation, in brief?', authors)).toEqual(['self-reliance', 'isolation']);
    expect(apartAsked('Is Juche different from Marxism?', authors)).toEqual(['Is Juche', 'Marxism']);
    for (const q of ['How did his views differ from the 1960s to the 1980s?', 'How does Zhang Chao differ from Kim Il Sung?', 'How did his view of aid change?', 'What is different about the 1987 speech?']) expect(apartAsked(q, authors), q).toBeNull();
    // Two things related, as two set apart.
    expect(apartAsked('What is the link between self-reliance and defence?', authors)).toEqual(['self-reliance', 'defence']);
    expect(apartAsked('What is the relationship between the economy and defence?', authors)).toEqual(['economy', 'defence']);
    expect(apartAsked('How did self-reliance relate to national defence?', authors)).toEqual(['self-reliance', 'national defence']);
    expect(apartAsked('How are Juche and self-reliance connected?', authors)).toEqual(['Juche', 'self-reliance']);
    for (const q of ['How did he relate to the people?', 'What is the relationship between Kim Il Sung and Zhang Chao?', 'How is that related to the 1960s?']) expect(apartAsked(q, authors), q).toBeNull();
    // One against the other ("vs", "versus"): two topics, not two times.
    expect(apartAsked('self reliance vs independence', authors)).toEqual(['self reliance', 'independence']);
    expect(apartAsked('What did he say about Juche versus self-reliance?', authors)).toEqual(['Juche', 'self-reliance']);
    for (const q of ['aid in the 1960s vs the 1980s', 'What did he say about trade in 1961 versus 1987?']) {
      expect(apartAsked(q, authors), q).toBeNull();
      expect(parseQuery(q, new Set()).compare, q).toBe(true);
    }
    expect(parseQuery('self reliance vs independence', new Set()).compare).toBe(false);
  });

  it('reads which quotes of the answer before a question asks where they are from', () => {
    for (const [question, refs] of [
      ['Where is the second quote from?', [2]],
      ['What page is [1] on?', [1]],
      ['Give me the exact page for the first quote', [1]],
      ['Which work are quotes 2 and 3 from?', [2, 3]],
      ['Who said the last one?', ['last']],
      ['When was quote 4 said?', [4]],
    ] as const) expect(sourcesAsked(question), question).toEqual(refs);
    // Their pages asked, pointing back: all of them.
    for (const question of ['What page is that on?', 'Which pages are these on?', 'Is that quote on page 20?', 'Are these on p. 21?', 'Can you give me the page numbers?', 'What are the page numbers?', 'And the page?', 'page?', 'and the dates?'])
      expect(sourcesAsked(question), question).toBe('all');
    // Pages of a work it names are that work's.
    for (const question of ['What page is the 1961 speech on?', 'The page of the 1987 speech?', 'And the page of the speech?']) expect(sourcesAsked(question), question).toBeNull();
    // A page checked is a page asked; its topic stays to search, and "Is there … on page 20" asks what is there.
    expect(readIntent('Is the quote about big powers on page 20?', works).page).toBe(true);
    expect(searchText('Is the quote about big powers on page 20?')).toBe('Is the about big powers?');
    expect(readIntent('Is there anything on page 20 about trade?', works).page).toBe(false);
    // Where, when or by whom, pointing back: all of them; where he said them, with their occasions; not where the texts come from.
    for (const question of ['Who said that?', 'Where are these quotes from?', 'When did he say these?', 'Whose words are these?', 'Which works are these from?', 'Where are they from?', 'When was it published?', 'When was that delivered?']) {
      expect(quotesBeforeAsked(question), question).toEqual({ asked: 'source', refs: 'all' });
    }
    expect(quotesBeforeAsked('Where did he say that?')).toEqual({ asked: 'place', refs: 'all' });
    // Put in date order, either way; a topic named is a question of its own.
    for (const question of ['Sort them by date', 'Put these in chronological order', 'oldest first', 'Can you list them by year?']) expect(quotesBeforeAsked(question), question).toEqual({ asked: 'oldest-first', refs: 'all' });
    for (const question of ['newest first please', 'Show them in reverse chronological order']) expect(quotesBeforeAsked(question), question).toEqual({ asked: 'newest-first', refs: 'all' });
    expect(quotesBeforeAsked('Sort the quotes on aid by date')).toBeNull();
    // Works asked for in date order are works, not the quotes above.
    for (const question of ['List the interviews in chronological order', 'List his speeches in date order', 'the works by year']) expect(quotesBeforeAsked(question), question).toBeNull();
    expect(quotesBeforeAsked('Put these quotes in chronological order')).toEqual({ asked: 'oldest-first', refs: 'all' });
    // A quote named, asked shorter: that quote cut; "Shorter please", naming none, is searched again, each shorter.
    for (const question of ['Can you shorten the second quote?', 'Can you make the second one shorter?', 'Shorten quote 2', 'shorter version of the second quote please'])
      expect(quotesBeforeAsked(question), question).toEqual({ asked: 'shorter', refs: [2] });
    for (const question of ['Shorter please', 'Can you shorten the second quote on trade?']) expect(quotesBeforeAsked(question)?.asked, question).not.toBe('shorter');
    // "Who is the author?" is of what was just shown; "… of the article" names a work.
    expect(quotesBeforeAsked('Who is the author?')).toEqual({ asked: 'source', refs: 'all' });
    expect(quotesBeforeAsked("Who's the speaker?")).toEqual({ asked: 'source', refs: 'all' });
    expect(quotesBeforeAsked('Who is the author of the article?')).toBeNull();
    expect(quotesBeforeAsked('Which of these quotes are from the 1980s?')).toEqual({ asked: 'source', refs: 'all' });
    for (const question of ['Which one is from 1987?', 'Which ones are from speeches?', 'Which one is from a speech?', 'Which of these is from an interview?']) expect(quotesBeforeAsked(question), question).toEqual({ asked: 'source', refs: 'all' });
    // Only some of them asked for ("only the ones from 1987") is a request for those, not a question of where they are from.
    for (const question of ['only the ones from the 1987 speech', 'just those from interviews', 'Show me only the ones from the 1990s']) expect(quotesBeforeAsked(question), question).toBeNull();
    expect(quotesBeforeAsked('Which of these are only from 1987?')).toEqual({ asked: 'source', refs: 'all' });
    // More asked from a work pointed at is more passages, not where those shown are from.
    for (const question of ['Give me more from that interview', 'Show me two more quotes from that speech']) expect(quotesBeforeAsked(question), question).toBeNull();
    // Some of them asked for alone, by number or place: those, as they were ("just" or "only" with "the last one").
    for (const question of ['Just the first one', 'Only quote 3', 'Show me just the second quote', 'the second one please', 'Quote 2 please', 'Only the last one']) expect(quotesBeforeAsked(question), question).toMatchObject({ asked: 'just' });
    expect(quotesBeforeAsked('Just the first one')).toEqual({ asked: 'just', refs: [1] });
    for (const question of ['the last one', 'Just the first one on trade', 'Only quotes from 1987']) expect(quotesBeforeAsked(question)?.asked, question).not.toBe('just');
    // "Which one" points back; it asks no more than which: the most quotable is no place.
    for (const question of ['Which one is the most quotable?', 'Which of these is the most quotable?', 'Which of these quotes is the strongest?']) expect(quotesBeforeAsked(question), question).toBeNull();
    for (const question of ['Which of these is from 1987?', 'Which of these is from a speech?']) expect(quotesBeforeAsked(question), question).toEqual({ asked: 'source', refs: 'all' });
    expect(quotesBeforeAsked('Which speech is from 1987?')).toBeNull();
    // Named by their time with "the": those of the answer before; "a quote from 1986" is a new one.
    expect(quotesBeforeAsked('What page is the 1986 quote on?')).toEqual({ asked: 'source', refs: 'all' });
    // "the wording" of them, as "the quote": where they stand.
    expect(quotesBeforeAsked('Give me the exact wording with page number')).toEqual({ asked: 'source', refs: 'all' });
    expect(quotesBeforeAsked('Give me the exact quote from 1986 with page number')).toEqual({ asked: 'whole', refs: 'all' });
    expect(quotesBeforeAsked('Show me the ones from the 1980s in context')).toEqual({ asked: 'whole', refs: 'all' });
    for (const question of ['Give me a quote from 1986', 'What did he say in the 1986 interview?']) expect(quotesBeforeAsked(question), question).toBeNull();
    expect(quotesBeforeAsked('Where did he say quote 2?')).toEqual({ asked: 'place', refs: [2] });
    for (const question of ['Where do these texts come from?', 'Who said that about trade?']) expect(sourcesAsked(question), question).toBeNull();
    // Which of two sources they are from: where each is from answers it; two things it is about do not ask where.
    for (const question of ['Is that a quote from Kim or from Zhang?', 'is this by kim or zhang', 'Are these from the speech or the interview?', 'And was that from 1961 or 1987?', "Is that Kim's words or Zhang's?", 'did Kim say that or Zhang?'])
      expect(sourcesAsked(question), question).toBe('all');
    for (const question of ['Is that about trade or aid?', 'Is that true or false?', 'Is there anything from Kim or Zhang on trade?', 'Did he say that or not?', "Is that Kim's view or not?"]) expect(sourcesAsked(question), question).toBeNull();
    expect(sourcesAsked('What page is the passage about the furnace on?')).toBeNull();
    expect(readIntent('What page is the passage about the furnace on?', works).page).toBe(true);
    expect(searchText('What page is the passage about the furnace on?')).toBe('is the passage about the furnace on?');
    // A link is no word of the texts.
    expect(searchText('What does he say about Juche (see https://en.wikipedia.org/wiki/Juche)?')).toBe('What does he say about Juche (see )?');
    // A quote asked "with its page": the page is asked, no word to look for.
    expect(readIntent('A quote on trade with its page', works).page).toBe(true);
    expect(searchText('A quote on trade with the page')).toBe('A on trade');
    expect(searchText('Give me 3 quotes about independence with page numbers')).toBe('about independence');
    // So is one asked in a list of what each quote comes with: its title, date and page.
    for (const asked of ['I need a quote about technology with title, date and page.', 'A quote on aid with the date and page number']) expect(readIntent(asked, works).page, asked).toBe(true);
    expect(searchText('I need a quote about technology with title, date and page.')).toBe('a about technology.');
    // The verbs of the pages a text takes up leave it too; "cover" in another question is a word like any other.
    expect(searchText('Which pages cover the speech on the six goals?')).toBe('the speech on the six goals?');
    expect(searchText('Did he cover the six goals?')).toContain('cover');
    // No quote named, or something else asked of it.
    for (const question of ['Where do these texts come from?', 'Cite [3]', 'Why did he say the second one?', 'Where does quote 2 talk about trade?']) expect(sourcesAsked(question), question).toBeNull();
    // A whole passage asked is that, wherever it is from.
    expect(quotesBeforeAsked('Where is the full passage of [2] from?')).toEqual({ asked: 'whole', refs: [2] });
  });
});

describe('small talk', () => {
  it.each(['hello', 'Thanks!', 'Thank you very much.', 'ok', 'Great, thanks', 'bye', "thanks, that's helpful"])('a greeting or thanks alone: %s', (message) => {
    expect(readIntent(message, works).smallTalk).toBe(true);
  });
  it.each(['thanks?', 'good question', 'thank you: and on foreign trade', 'What is Juche?', 'Can you help me find quotes on trade?', 'What did he say about help?'])('not: %s', (message) => {
    expect(readIntent(message, works).smallTalk).toBe(false);
  });
  it.each([
    ['hi, what can you do?', 'help'],
    ['What can I ask?', 'help'],
    ['help', 'help'],
    ['How does this work?', 'help'],
    ['How do I use the Check page?', 'check'],
    ['How do I save a quote?', 'notebook'],
    ['Can you export my notebook?', 'notebook'],
    // Who or what it is, or whether it can help, asking nothing of the texts.
    ['Who are you?', 'help'],
    ['Are you ChatGPT?', 'help'],
    ['What model are you using?', 'help'],
    ['Can you help me with my essay?', 'help'],
  ] as const)('a question about the assistant itself: %s', (message, about) => {
    expect(readIntent(message, works).smallTalk).toBe(true);
    expect(helpAsked(message)).toBe(about);
  });
  it.each(['How does this work relate to the 1961 speech?', 'What can you tell me about trade?', 'How do I cite the 1961 speech?', 'Can you help me with my essay on self-reliance?', 'Who are you talking to in the 1974 talk?'])('not about the assistant: %s', (message) => {
    expect(helpAsked(message)).toBeNull();
  });
});

describe('readIntent: earliest or latest', () => {
  it.each([
    ['When did he first mention self-reliance?', 'earliest'],
    ['When was Juche first put forward?', 'earliest'],
    ['Which work first speaks of Africa?', 'earliest'],
    ['the earliest mention of trade', 'earliest'],
    ['When did he speak of aid for the first time?', 'earliest'],
    ['When did he last talk about trade?', 'latest'],
    ['What are his latest remarks on aid?', 'latest'],
    ['the most recent text on agriculture', 'latest'],
    ['What was his first speech?', 'earliest'],
    ['Which is the oldest text?', 'earliest'],
    ['What did his last interview say about trade?', 'latest'],
    ['What is the newest work in the collection?', 'latest'],
    ['What was his last word on foreign trade?', 'latest'],
    ['his final remarks about aid', 'latest'],
    ['Where is the first mention of Juche?', 'earliest'],
    ['What was the last thing he said about trade?', 'latest'],
    ['Which work is the earliest?', 'earliest'],
    ['Which speech was the last?', 'latest'],
    ['Which interview came first?', 'earliest'],
    ['What is the first thing Kim Il Sung wrote on self-reliance?', 'earliest'],
    ['the last thing on aid', 'latest'],
    // His saying it started or stopped: the first or last time.
    ['When did he start talking about Juche?', 'earliest'],
    ['When did Kim Il Sung begin to write about self-reliance?', 'earliest'],
    ['When did he stop mentioning the Seven-Year Plan?', 'latest'],
    ['When did Mao start talking about trade?', 'earliest'],
    ['When did he start using the word Juche?', 'earliest'],
    ["What's the oldest quote on foreign trade?", 'earliest'],
    ['What is his newest statement on aid?', 'latest'],
    // "First" or "last" closing a question of when or where.
    ['When did he mention Chollima first?', 'earliest'],
    ['When did he talk about oil last?', 'latest'],
    // After a word in quotation marks, too.
    ['When did "Juche" first appear?', 'earliest'],
    ["When did 'flunkeyism' last appear?", 'latest'],
    ['In which speech did he mention debt first?', 'earliest'],
    // Both ends at once.
    ['Quote his first and last words on aid', 'both'],
    ['What was his earliest and his latest statement on trade?', 'both'],
    ['Give me an early and a late quote on self-reliance', 'both'],
    ['Two quotes on agriculture, one early and one late', 'both'],
    ['give me 2 quotes on agriculture, one early one late', 'both'],
    ['Quotes on aid: one early, one late', 'both'],
    ['What is the earliest text and what is the latest?', 'both'],
    ['Show me the first speech and the last', 'both'],
  ])('%s', (question, order) => {
    expect(readIntent(question, works).order).toBe(order);
  });
  it('keeps whose words "the last thing he said about" asks for: "he" stays in the words searched', () => {
    expect(searchText('What was the last thing he said about the Soviet Union?')).toMatch(/\bhe\b[^?]*Soviet Union/);
    expect(searchText('What was the last thing he said about the Soviet Union?')).not.toMatch(/\blast\b|\bthing\b/);
  });

  it.each([
    ['quotes on independence under 15 words', 15],
    ['a quote on trade in fewer than twenty words', 20],
    ['no more than 20 words on aid', 21],
    ['three quotes on aid, 25 words or less', 26],
    ['Any under 12 words?', 12],
  ])('reads a bound on a quote\'s words, which no word to look for: %s', (question, limit) => {
    const read = readIntent(question, works);
    expect([read.wordLimit, read.quote, read.brief]).toEqual([limit, true, true]);
    expect(searchText(question)).not.toMatch(/\bwords\b|\d/);
  });
  it('reads no bound where the words are not a quote\'s: "the 15 words he used most"', () => {
    expect(readIntent('What are the 15 words he used most?', works).wordLimit).toBeNull();
  });

  it('takes the words asking for both ends for no topic word', () => {
    expect(searchText('Quote his first and last words on aid')).not.toMatch(/\b(?:first|last|words)\b/);
    expect(searchText('Give me an early and a late quote on self-reliance')).toBe('on self-reliance');
    // The span counted over is no word to count: "across his works".
    expect(searchText('How often does he mention trade across his works?')).toBe('does he trade?');
    // "How consistent", "over 30 years": what the comparison runs over, no topic.
    expect(searchText('How consistent was he on trade over 30 years?')).not.toMatch(/consistent|30|years/);
    expect(searchText('Did his position on trade stay the same?')).not.toMatch(/stay|same/);
    // One time set against the others: the time and the other side left out, the works read said as a bound.
    expect(searchText('What did he say about aid in 1987 compared to other years?')).toBe('What did he say about aid?');
    expect(searchText('How did his 1987 view of aid compare with his earlier ones?')).toMatch(/\baid until 1987$/);
    expect(searchText('Compare the 1987 speech on self-reliance with his earlier speeches')).toBe('on self-reliance his speeches until 1987');
    expect(searchText('Have his views on aid remained constant?')).not.toMatch(/remained|constant/);
  });

  it('takes "in order" for how a list runs, no topic word, and keeps "in order to"', () => {
    expect(searchText('List the works in order')).toBe('List the works');
    expect(searchText('List the works in date order')).toBe('List the works');
    expect(searchText('What did he do in order to build industry?')).toContain('in order to');
  });
  it('takes the verb that times his saying for no topic word, and others\' starting for none of his', () => {
    expect(searchText('When did he start talking about Juche?')).toBe('When did he Juche?');
    expect(searchText('In which work did he mention heavy industry first?')).not.toMatch(/\bfirst\b/);
    for (const q of ['When did the Chollima movement start?', 'When did they begin to use coal?', 'When did the farms start using tractors?']) expect(readIntent(q, works).order, q).toBeNull();
  });

  it.each([
    'What was the first five-year plan?',
    "What happened during its first five-year plan?",
    "Kim's first visit to Africa",
    'Should agriculture come first or industry?',
    'Did he put heavy industry first?',
    'First of all, what is Juche?',
    'What did he say last year?',
    'At last, what did he say?',
    'How did military-first politics build on self-reliance?',
    'his last visit to Africa',
    'the oldest industrial region',
    'his last words to the delegates',
    'What was the first thing the delegates did?',
    'Which work should I read first?',
    'Compare his early and late views on self-reliance',
    'What should I study first?',
  ])('an ordinal of a thing, not a time: %s', (question) => {
    expect(readIntent(question, works).order).toBeNull();
  });

  it('sets works side by side when a comparison names two or more by year (with a word for works) or by whole title, and asks nothing else', () => {
    const side = [
      { id: 't1', title: 'Talk to the director of a publishing house', date: '1974-10-09', year: 1974, author: 'Kim Il Sung', file: 'x' },
      { id: 't2', title: 'Talk to the ex-premier of Peru', date: '1978-05-24', year: 1978, author: 'Kim Il Sung', file: 'x' },
      { id: 's1', title: 'Let us develop cooperation among the countries', date: '1978-06-09', year: 1978, author: 'Kim Il Sung', occasion: 'Speech at a conference', file: 'x' },
      ...works,
    ];
    const ids = (question: string) => readIntent(question, side).sideBySide?.map((w) => w.id) ?? null;
    expect(ids('Compare the 1974 and 1978 talks')).toEqual(['t1', 't2']);
    expect(ids('Summarise the 1974 and 1978 talks')).toEqual(['t1', 't2']);
    expect(ids('How do the 1978 speech and the 1961 one differ?')).toEqual(['a', 's1']);
    expect(ids('Compare "Let us develop cooperation among the countries" and "Talk to the ex-premier of Peru"')).toEqual(['t2', 's1']);
    // Two works of one year, each named by its own kind and the words of its title or occasion.
    expect(ids('How is the 1978 cooperation speech different from the 1978 talk to the ex-premier?')).toEqual(['t2', 's1']);
    // How they are written is asked of the works themselves, not of a topic of theirs ("… on language" is one).
    expect(ids('How does the tone differ between the 1974 and 1978 talks?')).toEqual(['t1', 't2']);
    expect(ids('Compare the style of the 1974 and 1978 talks')).toEqual(['t1', 't2']);
    expect(ids('Compare the 1974 and 1978 talks on language')).toBeNull();
    // How many it names is no topic: "the two 1978 works".
    expect(ids('Compare the two 1978 works')).toEqual(['t2', 's1']);
    expect(ids("What's the difference between the two 1978 works?")).toEqual(['t2', 's1']);
    // Named by a name one title alone holds, with a word for works; every work of a year, said in the plural.
    const interviews = [
      { id: 'i1', title: 'Answers to questions raised by the editor of the Ghana Times', date: '1981-10-08', year: 1981, author: 'Kim Il Sung', file: 'x' },
      { id: 'i2', title: 'Answers to questions raised by the editor of the Yugoslav newspaper', date: '1986-05-20', year: 1986, author: 'Kim Il Sung', file: 'x' },
      { id: 'b2', title: 'Let us develop cooperation', date: '1987-06-09', year: 1987, author: 'Kim Il Sung', file: 'x' },
      ...works,
    ];
    const named = (question: string) => readIntent(question, interviews).sideBySide?.map((w) => w.id) ?? null;
    expect(named('Compare the Ghana and Yugoslav interviews')).toEqual(['i1', 'i2']);
    expect(named('Compare the Ghana and Yugoslav interviews on aid')).toBeNull();
    // Asked about a topic, the works named by their names keep to them what it asks; a name with no word for works is a topic.
    const among = (question: string) => readIntent(question, interviews).amongWorks?.map((w) => w.id) ?? null;
    expect(among('Compare the Ghana and Yugoslav interviews on aid')).toEqual(['i1', 'i2']);
    expect(among('Which says more about aid, the Ghana interview or the Yugoslav one?')).toEqual(['i1', 'i2']);
    expect(among('How often is aid mentioned in the Ghana Times interview and the Yugoslav interview?')).toEqual(['i1', 'i2']);
    expect(among('Compare the Ghana and Yugoslav interviews')).toBeNull();
    expect(among('What did he tell the Ghana Times about Yugoslav aid?')).toBeNull();
    // Told by name after a verb of telling, or by another form of a title's name ("Yugoslavia" for "Yugoslav").
    expect(among('Compare what he told Ghana and Yugoslavia about aid')).toEqual(['i1', 'i2']);
    expect(among('Compare the Ghana interview and the Yugoslavia one on aid')).toEqual(['i1', 'i2']);
    expect(named('What do the 1987 works have in common?')).toEqual(['b', 'b2']);
    // All the works of a year, asked about a topic: a title's word is the topic asked of them ("cooperation" in one
    // title), not the name of one.
    const byYear = (question: string) => readIntent(question, interviews).amongByTheirYear;
    expect(among('Compare the two 1987 works on cooperation')).toEqual(['b', 'b2']);
    expect(byYear('Compare the two 1987 works on cooperation')).toBe(true);
    expect(askedOfWorks('the two 1987 works on cooperation', ['b', 'b2'].map((id) => interviews.find((w) => w.id === id)!), interviews, true)).toMatch(/\bcooperation\b/);
    expect(askedOfWorks('the two 1987 works on cooperation', ['b', 'b2'].map((id) => interviews.find((w) => w.id === id)!), interviews, false)).not.toMatch(/\bcooperation\b/);
    for (const question of ['Compare the Ghana and Yugoslav interviews on aid', 'What did he tell the Ghana Times about Yugoslav aid?']) expect(byYear(question), question).toBe(false);
    // A topic in them, a year of two works of no kind named, years with no word for works, one work: no.
    for (const question of ['Compare the 1974 and 1978 talks on oil', 'Compare the 1974 and 1978 works', 'Compare 1961 and 1987', 'Compare the 1974 talk', 'Compare the 1961 speech and the 1978 talk on the ex-premier'])
      expect(ids(question), question).toBeNull();
    // Every work (of a kind) summed up, or asked what each is about; not listed, nor asked about a topic.
    expect(new Set(ids('Summarise each work in one sentence'))).toEqual(new Set(side.map((w) => w.id)));
    expect(ids('What is each talk about?')).toEqual(['t1', 't2']);
    expect(ids('Summarise all his talks')).toEqual(['t1', 't2']);
    expect(ids('Please summarise all the talks')).toEqual(['t1', 't2']);
    expect(ids('Summarise his talks')).toEqual(['t1', 't2']);
    // "his works": the primary author's, not the scholar's.
    const his = side.filter((w) => w.author === 'Kim Il Sung').map((w) => w.id);
    expect(side.some((w) => w.author !== 'Kim Il Sung')).toBe(true);
    for (const question of ['Summarise his works', 'Summarise all his works']) expect(new Set(ids(question)), question).toEqual(new Set(his));
    for (const question of ['List all the works', 'What does each talk say about oil?', 'What is each talk'])
      expect(ids(question), question).toBeNull();
  });

  it('reads "What is the date of …" as a question of when, whose words are no topic', () => {
    for (const question of ['What is the date of the quote about the furnace?', "What's the year of his speech?", 'What was the exact date of the talk?']) {
      expect(readIntent(question, works).when, question).toBe(true);
    }
    expect(searchText('What was the date of the speech about the furnace?')).toBe('the speech about the furnace?');
    expect(readIntent('What is the state of the economy?', works).when).toBe(false);
  });

  it('reads what is said of texts themselves, or a request to name them, as no topic', () => {
    expect(searchText('Which works were written after 1980?')).toBe('Which works were after 1980?');
    // What someone did to make them, with the texts asked for: "produce", "deliver", "make" are no topic.
    expect(searchText('Which works were produced in the 1970s?')).toBe('Which works were in the 1970s?');
    expect(searchText('How many works did Kim produce between 1970 and 1980?')).toBe('did Kim between 1970 and 1980?');
    expect(searchText('How many speeches did Kim make in the 1980s?')).toBe('How many speeches did Kim in the 1980s?');
    expect(searchText('Which speeches did he deliver in 1987?')).not.toMatch(/deliver/);
    // Written as learners write it: without "did", and a singular after "how many".
    expect(searchText('How many works Kim produced in the 1980s?')).not.toMatch(/produce/);
    expect(textsCountedInThePlural('how many work are from 1987')).toEqual({ text: 'how many works are from 1987', read: [{ typed: 'how many work', read: 'how many works' }] });
    expect(textsCountedInThePlural('how many speech r there').text).toBe('how many speeches r there');
    expect(textsCountedInThePlural('how many works are there').read).toEqual([]);
    // How many texts are asked for is no topic; "which one" asks which work.
    expect(searchText('Which two works are from 1987?')).toBe('Which works are from 1987?');
    expect(searchText('Which one talks about crisis?')).toMatch(/\bone\b/);
    // Made things the texts speak of stay: "What did Kim produce in the factories?" asks about production.
    expect(searchText('What did the workers produce in 1987?')).toMatch(/produce/);
    expect(searchText('What years do the sources cover?')).toBe('do the sources?');
    for (const q of ['Which years are covered?', 'How many years are covered by the collection?']) expect(searchText(q), q).toBe('');
    expect(searchText('Which years are covered in the 1987 speech?')).not.toBe('');
    expect(searchText('What is included in the collection?')).toBe('What is in the collection?');
    expect(searchText('What does the collection include?')).toBe('What does the collection?');
    expect(searchText('Name the speeches')).toBe('the speeches');
    expect(searchText('Which speech is from 1987?')).toBe('Which is from 1987?');
    expect(readIntent('Which speech is from 1987?', works).aboutTheTexts).toBe(true);
    expect(searchText('Which speech is the earliest?')).toBe('Which?');
    expect(searchText('What are the main themes of these texts?')).toBe('What are the these texts?');
    // Counted in "his" works: the word that says whose stays beside the words counted.
    expect(searchText('How many of his works mention Juche?')).toBe('his Juche?');
    // One theme asked, the most common as the main: no topic, the key sentences.
    expect(readIntent('What is the most common theme?', works).keyQuotes).toBe('themes');
    expect(searchText('Is self-reliance a common theme?')).toContain('self-reliance');
    // An argument asked of the texts is a summary of them too, named by their author's possessive as by "his".
    expect(searchText("What is the central argument of Kim Il Sung's works?")).toBe("What is the Kim Il Sung's works?");
    expect(searchText('What is the main argument of his works?')).toBe('What is the his works?');
    expect(searchText('What topics do the sources cover?')).toBe('do the sources?');
    // Their range of dates, of all or of some.
    expect(searchText("What's the date range of the texts?")).toBe("What's the texts?");
    expect(searchText('What is the timeframe of the 1987 speeches?')).toBe('What is the 1987 speeches?');
    // A date the metadata lacks is asked of the works, no topic.
    expect(searchText('Which works are undated?')).toBe('Which works are?');
    expect(searchText('Which works have no date?')).toBe('Which works?');
    // The time each answer is to come from, or each work is counted by, is no topic.
    expect(searchText('How many works are from each decade?')).not.toMatch(/decade/);
    expect(searchText('Give me a quote for each decade on self-reliance')).toMatch(/^[^]*self-reliance\W*$/);
    expect(searchText('Give me a quote for each decade on self-reliance')).not.toMatch(/decade/);
    // When works came is when they are dated: "came" asks it, not a word to look for.
    expect(searchText('What works came after 1979?')).toBe('What works after 1979?');
    expect(searchText('Which speeches came before the Benin interview?')).toBe('Which speeches before the Benin interview?');
    // A theme of something else is a topic.
    expect(searchText('What are the main themes of his speech on trade?')).toContain('themes');
    // What the texts say stays: the passages given to journalists, a date that is no text's.
    expect(searchText('Which speeches were given to foreign journalists?')).toContain('foreign journalists');
    expect(searchText('Was the plan given up?')).toBe('Was the plan given up?');
  });

  it('reads an ordinal said of a work as a question about the texts, whose words are not a topic', () => {
    expect(readIntent('What is the most recent work?', works).aboutTheTexts).toBe(true);
    expect(readIntent('Which work is the earliest?', works).aboutTheTexts).toBe(true);
    expect(searchText('Which work is the earliest?')).toBe('Which?');
    // Nothing left but "What": no topic, not the whole question searched again.
    expect(searchText('What text is the oldest?')).toBe('What?');
    expect(readIntent('What did he say about work?', works).aboutTheTexts).toBe(false);
    expect(searchText('What is the most recent work?')).toBe('What is the?');
    expect(searchText('What did his first speech say about trade?')).toBe('What did his say about trade?');
    expect(searchText('What was his last word on foreign trade?')).toBe('What was his foreign trade?');
    expect(searchText('What was the last thing he said about trade?')).toBe('What was the he said about trade?');
  });
});

describe('topicsEachAsked', () => {
  it('reads the topics asked a quote each, in order', () => {
    expect(topicsEachAsked('Give me one quote on self-reliance, one on foreign aid and one on trade')).toEqual(['self-reliance', 'foreign aid', 'trade']);
    expect(topicsEachAsked('a quote on aid and one on trade?')).toEqual(['aid', 'trade']);
    expect(topicsEachAsked('Give me a quote on self-reliance and another about the masses.')).toEqual(['self-reliance', 'the masses']);
    // Two questions of what he said, one after the other: a topic each; one alone is no such list.
    expect(topicsEachAsked('what did he say about self reliance and what did he say about trade')).toEqual(['self reliance', 'trade']);
    expect(topicsEachAsked('What did he say about aid and trade?')).toBeNull();
    // One topic, or no topic after the second, is no such question.
    expect(topicsEachAsked('Give me a quote on trade')).toBeNull();
    expect(topicsEachAsked('one on aid, one on and')).toBeNull();
  });
});

describe('readIntent: how often', () => {
  it.each([
    'How often does he mention Juche?',
    'How many times does the word flunkeyism appear?',
    'How many works mention Africa?',
    'In how many speeches does he talk about agriculture?',
    'How frequently did he use the phrase "spirit of self-reliance"?',
    'Which speech mentions self-reliance most?',
    'Where does he talk most about foreign trade?',
    'In which year did he mention Juche most often?',
    'Did he ever mention the United States?',
    'Does any work mention Africa?',
    'Is Japan mentioned in the 1987 speech?',
    'Has he referred to Korea?',
    'Did Kim Il Sung use the term "flunkeyism"?',
    'Does the word Juche appear in 1961?',
    'Is the word imperialism used?',
    'Was the term "flunkeyism" used before 1980?',
    'Is there any mention of Cuba?',
    'Which works mention Cuba?',
    // The works asked for by a request, as "which works" asks for them.
    'List the works that mention oil',
    'Name every speech that refers to Africa',
    'Which speech mentions Mt Paektu?',
    'In which texts is the term Juche used?',
    'In which works does the word "flunkeyism" appear?',
    'In which works does he mention Cuba?',
    'Where does the word "Chollima" occur?',
    'Which of these mention trade?',
    'which of them mention oil?',
    'Where does he mention Latin America?',
    'Where is Cuba mentioned?',
    'Where did he refer to the Chollima movement?',
    'Which decade has the most passages about self-reliance?',
    'Which decade has the most on trade?',
    'Which work has the most about aid?',
    'Which work has the most mentions of trade?',
    'What year has the most quotes on Juche?',
    'Does he talk about socialism a lot?',
    'does he write of trade much',
    'What percentage of the works mention trade?',
    'What share of his works discuss aid?',
    'Count the mentions of self-reliance per decade',
    'What is the number of mentions of Juche?',
    // Which of two words is the commoner: both counted.
    'Which is more common: Juche or self-reliance?',
    'Which term is used more frequently, aid or assistance?',
    // A verb of the stand taken in saying it: its object counted.
    'How many times does he criticise flunkeyism?',
    'Which work stresses self-reliance most?',
    // Of what a work is about, asked with "most": which work says it most.
    'Which work is most about agriculture?',
    'Which work deals most with agriculture?',
    'Which speech focuses most on trade?',
    // Said more at one time than another, or of one thing than another: counted.
    'Did he talk more about trade in the 1980s than in the 1960s?',
    'Does he talk about aid more often in the 1960s or the 1990s?',
    'Did he write more about agriculture or industry?',
    // Which of the works says more of it: counted where.
    // How many quotes (quotations, excerpts) on it: its passages counted.
    'How many quotes about trade are there?',
    'how many quotations on self-reliance are in the collection?',
    // Which of several, listed after a colon.
    'Which does he mention most: heavy industry, light industry or agriculture?',
    // When the words were first (last) used: where they are, counted.
    'When does the word juche first appear in these texts?',
    'When did he first use the term self-reliance?',
    // Words asked when or where they appear or occur: written ones.
    // Which works do not hold the words: those counted in, less those that do.
    'Which works never mention Juche?',
    "Which speeches don't mention trade?",
    'When does collective self-reliance first appear?',
    'Where does Juche appear?',
    'Which of the two says more about oil?',
    'Which one talks most about trade?',
    'Does the 1969 interview or the 1971 interview say more about education?',
    // Which of his works (the speeches, …): counted, as "which works" is.
    'Which of his works mention Juche?',
    'Which of the speeches mention trade?',
    "Which of Kim Il Sung's works mention Juche?",
    // A word quoted after "use": the word, used.
    'Did Kim use "fortitude" before 1987?',
    'Did he ever use “flunkeyism”?',
  ])('%s', (question) => {
    expect(readIntent(question, works).counts).toBe(true);
  });
  it('reads the order of two works asked, and the work next to one', () => {
    for (const q of ['Which came first, the Syrian interview or the Ghana one?', 'Was the Peru talk earlier than the Benin interview?', 'Which one was later?', 'Which is older, the 1961 speech or the 1993 speech?', 'Which is more recent, the Ghana interview or the Peru talk?']) expect(readIntent(q, works).orderOfTwo, q).toBe(true);
    for (const q of ['What came first in his plans?', 'Did he say it earlier?']) expect(readIntent(q, works).orderOfTwo, q).toBe(false);
    expect(readIntent('Which work came right after the Peru talk?', works)).toMatchObject({ order: 'earliest', aboutTheTexts: true });
    expect(readIntent('What came before the Benin interview?', works)).toMatchObject({ order: 'latest', aboutTheTexts: true });
    expect(readIntent('What happened after the war?', works).order).toBeNull();
  });
  it('reads whether the one work named is the first or the last, of the kind named after the ordinal', () => {
    const end = (q: string) => {
      const asked = readIntent(q, works).atAnEnd;
      return asked && { id: asked.work.id, order: asked.order, kind: asked.kind };
    };
    expect(end('Was the 1961 speech his first?')).toEqual({ id: works.find((w) => w.year === 1961)!.id, order: 'earliest', kind: null });
    expect(end('Was the 1987 speech his last speech?')).toMatchObject({ order: 'latest', kind: 'speech' });
    for (const q of ['Is self-reliance the first thing?', 'Was it his last?', 'What was his last speech?']) expect(end(q), q).toBeNull();
  });
  it('reads a quote asked from the collection as a quote asked, not as the list of works', () => {
    for (const q of ['Give me a quote from the collection', 'What is the most famous quote in the collection?', 'What is the best quote in these texts?']) expect(readIntent(q, works).aboutTheTexts, q).toBe(false);
    for (const q of ['What is in the collection?', 'Which works are in the collection?']) expect(readIntent(q, works).aboutTheTexts, q).toBe(true);
  });
  it('reads "Which works are not speeches?" as the works the question would not list', () => {
    for (const q of ['Which works are not speeches?', "Which texts aren't by Kim Il Sung?"]) expect(readIntent(q, works).notAmong, q).toBe(true);
    for (const q of ['Which works are speeches?', 'Is this not a speech?']) expect(readIntent(q, works).notAmong, q).toBe(false);
  });
  it('reads "Which works never mention X?" as the works without it, and "Which works mention X?" as those with it', () => {
    // Whose or which works, named before the word for them.
    for (const q of ['Which works never mention Juche?', "Which speeches don't mention trade?", 'Which interviews do not mention oil?', 'Which Kim works never mention Juche?', 'Which Kim Il Sung works never mention Juche?', "Which 1970s speeches don't mention trade?"]) {
      expect(readIntent(q, works).without, q).toBe(true);
    }
    for (const q of ['Which works mention Juche?', 'Does he never mention trade?', 'What did his speeches never mention?']) expect(readIntent(q, works).without, q).toBe(false);
    // Asked whether all of them do: those that do not answer it; a count per work is no such question.
    for (const q of ['Does every interview mention independence?', 'Do all his speeches mention trade?', 'Does he mention self-reliance in every speech?']) expect(readIntent(q, works).without, q).toBe(true);
    for (const q of ['How often does he mention aid in each work?', 'Does he mention trade in his speeches?']) expect(readIntent(q, works).without, q).toBe(false);
  });

  it.each([
    'Can you say more about the Chollima movement?',
    'How many times did he visit China?',
    'How many tractors were built?',
    'How often were the plans fulfilled?',
    'What did he say about works of art?',
    'What is the most important task he mentions?',
    'Which is the most recent work?',
    'Did he talk about women?',
    // Said of him: when he appeared is no word's count.
    'When did he first appear in public?',
    'Did he say anything about healthcare?',
    'Did he mention that aid makes a country dependent?',
    'Does he mention why trade matters?',
    'Where does he mention that aid has limits?',
    'What did the speech he mentioned say?',
    'Is the plan used in industry?',
    'Is there a plan for agriculture?',
    'Which works discuss trade?',
    'Which speeches mention that trade matters?',
    'Which work is the longest?',
    'Which works are from the 1980s?',
    'Which work has the most important passages on trade?',
    'Which interview deals with trade?',
    'Is the 1987 speech mostly about trade?',
  ])(
    'not: %s',
    (question) => {
      expect(readIntent(question, works).counts).toBe(false);
    },
  );

  it('leaves out where the user read a claim, which names none of the sources; "the article" names the scholarly one', () => {
    for (const [question, claim] of [
      ['A news article claims Kim Il Sung said foreign aid has limitations. Is it correct?', 'Kim Il Sung said foreign aid has limitations. Is it correct?'],
      ['An article says that Kim admitted it.', 'Kim admitted it.'],
      ['I read in an article that Kim said self-reliance does not mean autarky', 'Kim said self-reliance does not mean autarky'],
      ['According to my textbook, Kim visited Moscow.', 'Kim visited Moscow.'],
      ['A website I read says Kim praised barter', 'Kim praised barter'],
    ] as const)
      expect(withoutOutsideSource(question), question).toBe(claim);
    for (const question of ['What does the article say about heavy industry?', 'Give me a quote from an article', 'Which paper interviewed him in 1981?']) expect(withoutOutsideSource(question), question).toBe(question);
  });

  it('searches the words to count, without those asking how often', () => {
    expect(searchText('How often does he mention Juche?')).toBe('does he Juche?');
    // As many write it: "how many time", "how much times"; "how much time" is a duration, no count.
    expect(searchText('how many time kim say juche?')).toBe('kim, juche?');
    expect(searchText('how much times he mention foreign trade')).toBe('he foreign trade');
    expect(searchText('how much time did it take to build the furnace?')).toBe('how much time did it take to build the furnace?');
    expect(searchText('How many times does the word flunkeyism appear?')).toBe('does flunkeyism?');
    expect(searchText('How often does he call for South-South cooperation?')).toBe('does he South-South cooperation?');
    // A count in works of a kind keeps the kind, for the count to keep to those works.
    expect(searchText('In how many speeches does he talk about foreign trade?')).toBe('In how many speeches does he foreign trade?');
    expect(searchText('How many works mention Africa?')).toBe('Africa?');
    // The count whole is asked, not a word to count: "in total", "in all", "altogether".
    expect(searchText('How many works mention Africa in total?')).toBe('Africa?');
    expect(searchText('How many times does he mention Japan altogether?')).toBe('does he Japan?');
    // What is counted, named as such, is no word to count.
    expect(searchText('How often does he mention the topic of debt?')).not.toMatch(/topic/);
    expect(searchText('Which works mention the Third Seven-Year Plan?')).toBe('the Third Seven-Year Plan?');
    // Nor is counting asked for ("Count how many …"), how the list is ordered ("earliest first", "in date order") or over
    // how many works or years ("in more than one year": no "year" to count).
    expect(searchText('Count how many works mention foreign debt.')).toBe('foreign debt.');
    expect(searchText('Which works mention oil, earliest first?')).toBe('oil,?');
    expect(searchText('Which works mention oil, in date order?')).toBe('oil,?');
    expect(searchText('Was the oxygen plant mentioned in more than one year?')).toBe('Was the oxygen plant?');
    expect(searchText('Is oil mentioned in several speeches?')).toBe('Is oil?');
    // Works of a kind stay, for the count to keep to them: "Which interviews …", "which speech … most" (one, of them).
    expect(searchText('Which interviews mention trade?')).toBe('Which interviews trade?');
    expect(searchText('Which speech mentions self-reliance most?')).toBe('Which speech, self-reliance?');
    expect(searchText('In which texts is the term Juche used?')).toBe('is Juche?');
    expect(searchText('How many times did he visit China?')).toBe('How many times did he visit China?');
    // Nothing to count is nothing: the question's own words ("often") are not searched instead.
    expect(searchText('How often does he mention ???')).toBe('does he???');
    expect(searchText('In which year did he mention Juche most often?')).toBe('did he Juche?');
    // Where to count is not what to count; the year stays, for the count to keep to it.
    // "the 1987 speech" stays whole: the count keeps to that speech (`kindsNamed`), and does not count "speech".
    // "is" of "is … in the 1987 speech" is being there, asked how often, no word to count either.
    expect(searchText('How many times is Juche mentioned in the 1987 speech?')).toBe('Juche in the 1987 speech?');
    expect(searchText('How many times is Juche mentioned in his 1980s speeches?')).toBe('Juche in his 1980s speeches?');
    expect(searchText('How often is Juche mentioned in his speeches of the 1980s?')).toBe('Juche in his speeches of the 1980s?');
    expect(searchText('How often does he mention self-reliance in his speeches?')).toBe('does he self-reliance in his speeches?');
    expect(searchText('How often does he mention self-reliance in the speech?')).toBe('does he self-reliance in the?');
    expect(searchText('How often does he mention the work of construction?')).toBe('does he the work of construction?');
    expect(searchText('Did he ever mention the United States?')).toBe('Did he ever the United States?');
    expect(searchText('Does any work mention Africa?')).toBe('Does any Africa?');
    expect(searchText('Is Japan mentioned in his speeches?')).toBe('Japan in his speeches?');
    expect(searchText('Is the word imperialism used?')).toBe('Is imperialism?');
  });

  it('searches "the word X" as X, in any question, not "the word" said of a promise', () => {
    expect(searchText('When did he first use the word flunkeyism?')).toBe('When did he flunkeyism?');
    expect(searchText('What does the term Juche mean?')).toBe('What does Juche mean?');
    expect(searchText('When did he first use the term "Juche"?')).toBe('When did he "Juche"?');
    expect(searchText('Did he keep the word he gave?')).toBe('Did he keep the word he gave?');
    expect(searchText('What is the word for self-reliance in Korean?')).toBe('What is the word for self-reliance in Korean?');
  });
});

describe('searchText', () => {
  it('drops what the quote is for', () => {
    expect(searchText('Give me a quote about imperialism for my essay')).toBe('a about imperialism');
    expect(searchText('Which passage would be good for a class discussion on dependency?')).not.toMatch(/class|discussion/);
    // The part of it the quote is for, too: "introduction" is no topic (close in meaning to "In conclusion, …").
    expect(searchText('Give me a quote on self-reliance for my essay introduction')).toBe('a on self-reliance');
    // "intro" is short for it, and "paragraph" a part of the user's writing said with "my".
    expect(searchText('give me a quote i can use for my intro paragraph about juche')).toBe('a about juche');
    expect(searchText('Give me the paragraph after that')).toMatch(/paragraph/);
    expect(searchText('For an essay on Juche, I need a line on self-reliance')).toBe('on Juche, on self-reliance');
    // What a teacher hands out, and a part of the essay named with "the".
    expect(searchText('Give me three short quotes on Juche for a handout')).not.toMatch(/handout/);
    expect(searchText('A quote on aid for the conclusion')).not.toMatch(/conclusion/);
    expect(searchText('What did he say about the paper?')).toMatch(/paper/);
    expect(searchText('Give me a short passage for a ten-minute reading in class')).not.toMatch(/reading|minute|class/);
    expect(searchText('What did he say in a political report?')).toMatch(/report/);
    // The user's own work with words of its kind before it ("my history essay"), or a class exercise of any kind; what
    // students are to do with a passage ("for students to analyse").
    for (const question of ['Give me a quote on aid for my history essay', 'Give me a passage on aid for a source analysis exercise', 'Give me a short passage on aid for students to analyse'])
      expect(contentTokens(searchText(question)).map((t) => t.word), question).toEqual(['aid']);
    // Nor is "source" in it the sources.
    expect(readIntent('Give me a passage for a source analysis exercise', works).aboutTheTexts).toBe(false);
    // A claim reported ("My teacher says …", "I read that …") and asked whether it holds: the claim is what to look for.
    expect(searchText('My teacher says Kim never accepted foreign aid. Is that true according to the sources?')).toMatch(/^Kim never accepted foreign aid\W*$/);
    expect(searchText('I read that self-reliance meant isolation. Do the sources support that?')).toMatch(/^self-reliance meant isolation\W*$/);
    expect(contentTokens(searchText('Is that true?'))).toEqual([]);
    // Whom the passages are for, how well they would serve, and a teaching unit: no topic. The unit's topic is asked.
    expect(searchText("I'm teaching a unit on self-reliance. Which passages would work best for 16-year-olds?")).toBe('on self-reliance. Which passages?');
    expect(searchText('Give me a quote on self-reliance for my students')).toBe('a on self-reliance');
    // One of them, and what they are to do with it: "for a 15-year-old to understand".
    expect(contentTokens(searchText('Which quote would be best for a 15-year-old to understand self-reliance?')).map((t) => t.word)).toEqual(['self', 'reliance']);
    expect(searchText('Give me a quote on aid for a student')).toBe('a on aid');
    // How known a quote is, which no text says, is no word to look for.
    for (const asked of ['Is that quote well known?', 'Which quotes are most often quoted?']) expect(contentTokens(searchText(asked)), asked).toEqual([]);
    expect(contentTokens(searchText('What did he say about famous people?')).map((t) => t.word)).toEqual(['famous', 'people']);
    // "What was going on in 1987?" asks what happened, as "What happened in 1987?" does; "he went on to say" goes on.
    expect(contentTokens(searchText('What was going on in 1987?')).map((t) => t.word)).toEqual(['1987']);
    expect(contentTokens(searchText('What went on with trade in the 1970s?')).map((t) => t.word)).toEqual(['trade', '1970s']);
    expect(searchText('What did he go on to say after he went on to praise the workers?')).toMatch(/went on to praise/);
    // Who the user is, and whom they explain the texts to: no topic. Whom he spoke to is one.
    expect(contentTokens(searchText("I'm a teacher. What's one passage I could use to explain juche to 16 year olds?")).map((t) => t.word)).toEqual(['juche']);
    expect(searchText('As a history student, what did he say about aid?')).toBe('what did he say about aid?');
    expect(searchText('I am a PhD student. How would I explain self-reliance to my students?')).not.toMatch(/student|PhD/i);
    // Where the user is from, or lives: who they are, no name to look for.
    for (const question of ["I'm a student from Brazil. What did he say about self-reliance?", 'We are students from South Korea, what did he say about self-reliance?', 'I live in the UK. What did he say about self-reliance?']) {
      expect(contentTokens(searchText(question)).map((t) => t.word), question).toEqual(['self', 'reliance']);
    }
    expect(searchText('Did he get aid from the Soviet Union?')).toMatch(/Soviet Union/);
    // What the user teaches or studies, after a greeting too.
    const greeted = contentTokens(searchText('hi, I teach in Nigeria. Anything in the texts about Africa?')).map((t) => t.word);
    expect(greeted).toContain('africa');
    expect(greeted.filter((w) => w === 'nigeria' || w === 'teach')).toEqual([]);
    // Who put the question to the user: no topic; those the texts name asking are one.
    for (const question of ['my students ask: what is Juche?', 'what is Juche? students asked me', 'A student asked me what Juche is', 'Teacher question: what is Juche?', 'quiz question for my students: what is Juche?']) {
      expect(contentTokens(searchText(question)).map((t) => t.word), question).toEqual(['juche']);
    }
    expect(searchText('What did the students ask him?')).toMatch(/students ask/);
    // The user's writing after "for a" with a word or two of its kind: "an argumentative essay", "a history assignment";
    // "in a political report" may be a work's.
    expect(contentTokens(searchText('I need a quote for an argumentative essay on aid')).map((t) => t.word)).toEqual(['aid']);
    expect(contentTokens(searchText('give me a quote on trade for a history assignment')).map((t) => t.word)).toEqual(['trade']);
    expect(searchText('What did he say in a political report?')).toMatch(/political report/);
    // What the quotes are for in class, and how short: "for powerpoint slides", "a poster quote on …", "max one sentence".
    expect(contentTokens(searchText('I need 3 very short quotes for powerpoint slides'))).toEqual([]);
    const poster = contentTokens(searchText('Quick poster quote on self-reliance, max one sentence')).map((t) => t.word);
    expect(poster).toEqual(expect.arrayContaining(['self', 'reliance']));
    expect(poster).not.toEqual(expect.arrayContaining(['poster']));
    expect(poster).not.toEqual(expect.arrayContaining(['max']));
    expect(searchText('Was Zhang a teacher?')).toMatch(/teacher/);
    expect(searchText('Did he speak to students?')).toMatch(/students/);
    expect(contentTokens(searchText('Give me three short quotes, each from a different decade'))).toEqual([]);
    // Whether two agree, asked of nothing else, names no topic; agreeing to something does.
    expect(searchText('Do Zhang Chao and Kim Il Sung agree?')).not.toMatch(/agree/);
    expect(searchText('Does the article agree with Kim?')).not.toMatch(/agree/);
    expect(searchText('Did he agree with Stalin?')).toMatch(/Stalin/);
    expect(searchText('Did he agree to their suggestion?')).toMatch(/agree to their suggestion/);
    // Chat's own words ("lol", "pls") are no topic either.
    expect(contentTokens(searchText('pls whats juche lol')).map((t) => t.word)).toEqual(['whats', 'juche']);
    // A request's verb opening a sentence of it, not the first alone: "Show" is no word to count.
    expect(searchText('Find passages about agriculture. How many are there? Show all of them')).not.toMatch(/\b(?:find|show)\b/i);
    // A quote the user can use, or cite: "use" is no topic ("We use it to make clothes" led).
    expect(searchText('Give me a quote on aid that I can use')).toBe('a on aid');
    expect(searchText('Find me something to use in my conclusion about aid')).toBe('something about aid');
    // With nothing else, a quote of a kind or for a use names no topic, as "Give me three quotes" names none: "the best
    // quote" is no quote on "the best form of trade", nor one "for my essay" a passage on writing.
    for (const question of ['Give me the best quote', 'Give me a good quote', 'Give me a quote for my essay', 'I need a quote I can use in my introduction'])
      expect(contentTokens(searchText(question)), question).toEqual([]);
    // What the user is writing: the topic follows.
    expect(searchText("Give me two quotes, I'm writing an essay on foreign aid")).toBe('on foreign aid');
    expect(searchText('We are preparing a class presentation about heavy industry')).toBe('about heavy industry');
    expect(searchText('My essay is about Juche.')).toBe('about Juche.');
    // A sentence on the user's own work beside a question with a topic of its own is left out; beside one with none, its topic is asked.
    expect(searchText("I'm teaching a class on North Korean ideology. What are the key texts on Juche?")).toBe('What are the texts on Juche?');
    expect(searchText('What did he say about the war? I am taking a course on Korean history.')).toBe('What did he say about the war?');
    expect(searchText("I'm writing an essay on foreign aid. Give me two quotes.")).toMatch(/^on foreign aid\W*$/);
    // Who the user is, "A level" or "A-level" what they teach (a capital "A" no article): no topic; the request's is.
    expect(searchText('I teach A-level history. Give me three short quotes on self-reliance for a starter activity')).toBe('on self-reliance');
    expect(searchText('I teach A level history. Give me a quote on aid')).toBe('a on aid');
    // Asked which passages to use, in the question's own order ("should I use"): the use is no topic, the essay's is.
    expect(contentTokens(searchText('Which passages should I use?'))).toEqual([]);
    expect(searchText("I'm writing an essay on foreign aid. Which passages should I use?")).toMatch(/^on foreign aid\. Which passages\W*$/);
    // Writing or researching a topic, with no noun for the writing, is the user's own work too; a year is no topic of its own.
    expect(searchText("I'm writing about North Korean economic policy. What did Kim say about heavy industry in the 1960s?")).toBe('What did Kim say about heavy industry in the 1960s?');
    expect(searchText('I am researching Juche. What did he say about it in 1969?')).toMatch(/\bJuche\b/);
    expect(searchText("I'm studying foreign aid")).toBe('foreign aid');
    // How a text or its author handles a topic ("treats", "deals with", "approaches") is no topic, nor "per work"; "treated
    // his wound" in the texts is not what "How does each work treat independence?" asks.
    for (const question of ['Compare how each work treats independence', 'one quote per work on independence', 'How does the 1987 speech deal with independence?', 'How did he approach independence?'])
      expect(contentTokens(searchText(question)).map((t) => t.word).filter((w) => !/^\d/.test(w) && w !== 'speech'), question).toEqual(['independence']);
    expect(contentTokens(searchText('What did he do to treat the wounded?')).map((t) => t.word)).toContain('treat');
    // "his statements (remarks) on X", as "his views on X": the topic is X.
    expect(searchText('Give me a timeline of his statements on aid')).toBe('a his aid');
    // Examples asked for are what the answer is to be, not a word to look for; an example set is one.
    for (const [question, words] of [
      ['give an example from industry', ['industry']],
      ['Give me two concrete examples of self-reliance', ['self', 'reliance']],
      ['Did he set an example?', ['set', 'example']],
    ] as const)
      expect(contentTokens(searchText(question)).map((t) => t.word), question).toEqual(words);
    // The dates every quote is given with, asked of mentions too.
    expect(contentTokens(searchText('List every mention of the Chollima movement with dates')).map((t) => t.word)).toEqual(['chollima', 'movement']);
    expect(searchText('What was the occasion of the 1993 speech?')).toBe('the 1993 speech?');
    // Words praising the quotes asked for name no topic; with a number, how many.
    expect(searchText('What are the key quotes on foreign aid?')).toBe('What are the on foreign aid?');
    expect(searchText('Which of these quotes is the most useful?')).not.toMatch(/useful/);
    expect(searchText('Give me the most relevant quote on aid')).toBe('on aid');
    expect(searchText('Give me the three most important quotes from the 1961 speech')).toBe('the from the 1961 speech');
    expect(readIntent('Give me the three most important quotes from the 1961 speech', works).wanted).toBe(3);
    expect(readIntent('What are the three main points of the 1961 speech?', works)).toMatchObject({ wanted: 3, overview: works[0] });
    expect(readIntent('Give me two more', works).wanted).toBe(2);
    expect(readIntent('Did it take two more years?', works).wanted).toBeNull();
    // A count alone, of what the answer before gave.
    for (const q of ['Just two please', 'Only two of them', 'just 3', 'Give me two, please']) expect(readIntent(q, works).wanted, q).toBeGreaterThan(1);
    for (const q of ['Were only two works from 1987?', 'Just two works mention it?', 'only two years later']) expect(readIntent(q, works).wanted, q).toBeNull();
    expect(readIntent('Summarize the 1961 speech in one sentence', works)).toMatchObject({ wanted: 1, overview: works[0] });
    // One text named by its date, as one work or speech is; "which text" still asks for works.
    for (const q of ['Summarise the 1961 text', 'What is the 1961 text about?', 'Summarize the text from 1961', 'Summarise the document of December 1961']) {
      expect(readIntent(q, works), q).toMatchObject({ overview: works[0], aboutTheTexts: false });
    }
    expect(readIntent('Which text is from 1961?', works).aboutTheTexts).toBe(true);
    // One quote asked for by its number; not one of each, nor one of several.
    for (const q of ['Give me one quote on aid', 'Give me a single passage on trade', 'Just one, please', 'Now one from the 1980s', 'And one from 1987?', 'Another one please', 'another quote?', 'One more', 'And one more quote, please', 'Another from the 1960s', 'Just the best one', 'Only the strongest quote, please']) expect(readIntent(q, works).wanted, q).toBe(1);
    // The best quotes are as many as said, or none said.
    expect(readIntent('Just the best quotes', works).wanted).toBeNull();
    for (const q of ['What could they swap with one another?', 'Give me one quote from each work on aid', 'What is one of the key ideas?', 'Give me a quote on aid', 'Which one is from 1987?', 'One more thing: what about trade?']) expect(readIntent(q, works).wanted, q).not.toBe(1);
    for (const q of ['Summarize the 1961 speech briefly', 'Give me a short summary of the 1961 speech']) expect(readIntent(q, works), q).toMatchObject({ brief: true, overview: works[0] });
    // Passages asked for whole: no topic words, and each quoted whole.
    for (const q of ['Give me a longer passage on foreign aid', 'Give me a full paragraph about the furnace', 'Give me two paragraphs on Juche']) expect(readIntent(q, works).whole, q).toBe(true);
    // Asked in context: the surrounding text; "What is the context of …?" asks the occasion, "in the context of" sets a topic.
    for (const q of ['Show me the quote about hand grenades in context', 'Give me a quote on vinalon with more context', 'Give me the context of the quote about 20 yuan']) expect(readIntent(q, works).whole, q).toBe(true);
    for (const q of ['Give me a short quote on aid', 'What did he say about the whole country?', 'Give me the full text of the 1961 speech', 'What is the context of the 1961 speech?', 'Juche in the context of the Cold War']) expect(readIntent(q, works).whole, q).toBe(false);
    expect(searchText('Show me the quote about hand grenades in context')).not.toMatch(/context/);
    expect(searchText('Give me a full paragraph about the furnace')).toBe('a about the furnace');
    // Words that set the quotes apart ("contrasting", "opposing") do not hide how many.
    expect(readIntent('Give me two contrasting quotes on foreign help', works).wanted).toBe(2);
    // Passages asked for by what they are to the reader: "two definitions", "three descriptions".
    for (const q of ['Give me two definitions from different works', 'three descriptions of the Chollima Movement']) expect(readIntent(q, works).wanted, q).toBeGreaterThan(1);
    expect(searchText('Find three opposing passages on aid')).toBe('on aid');
    expect(searchText('What is the most important industry?')).toBe('What is the most important industry?');
    expect(searchText('his remarks on trade in chronological order')).toBe('his trade in');
    // What the quotes asked for are to be spread over is no topic ("years" is no word of the Seven-Year Plan here).
    expect(searchText('Give me five quotes from different years on the Soviet Union')).toBe('on the Soviet Union');
    expect(searchText('quotes on trade from 3 different works')).toBe('on trade');
    // Writing as what he did is the question's: "the essay he wrote" is no purpose.
    expect(searchText('Is his essay about Juche?')).toBe('Is his essay about Juche?');
  });

  it('drops the words that only ask for a kind of answer', () => {
    expect(searchText('I need a citable line from 1986 summing up what kind of state the DPRK had become')).toBe('from 1986 summing up what kind of state the DPRK had become');
    expect(searchText("How did Kim Il Sung's idea of self-reliance change over the years?")).toBe("How did Kim Il Sung's, self-reliance?");
    expect(searchText('Trace the idea of self-reliance across his works')).toBe('the self-reliance');
    // Works praised, asked for, are no topic; a source of something is one.
    expect(searchText('What are the best sources on economic policy?')).toBe('What are the sources on economic policy?');
    expect(searchText('What was the main source of energy in his plans?')).toBe('What was the main source of energy in his plans?');
    // Tracked or followed, a theme (topic, subject) of something: the topic is the thing.
    expect(searchText('Track the theme of national pride across the works')).toBe('the national pride');
    expect(searchText('Follow the topic of foreign aid through the years')).toBe('the foreign aid');
    expect(searchText('Did he follow the Soviet model?')).toBe('Did he follow the Soviet model?');
    expect(searchText('What did he say about aid throughout all his speeches?')).toBe('What did he say about aid?');
    expect(searchText('How did he warn against worship of big powers in 1961 compared with 1987?')).toBe('How did he warn against worship of big powers in 1961, 1987?');
  });
  it('drops the words asking for the earliest or latest, which no passage holds for that sense', () => {
    expect(searchText('When did he first mention self-reliance?')).toBe('When did he mention self-reliance?');
    expect(searchText('What are his latest remarks on aid?')).toBe('What are his aid?');
    expect(searchText('What was the first five-year plan?')).toBe('What was the first five-year plan?');
  });
  it('keeps the question when nothing else would be left', () => {
    expect(searchText('Give me a quote')).toBe('Give me a quote');
  });
});

const passage = (workId: string, text: string): RankedPassage => ({
  paragraph: { id: `${workId}-p`, workId, position: 1, text },
  work: works.find((w) => w.id === workId)!,
  score: 1,
  quote: text,
  quoteSpan: { start: 0, end: text.length },
  evidence: { similarity: 1, coverage: 1, quantitySupported: true },
  holdsWords: true,
});

describe('focus', () => {
  const AUTHORS = ['Kim Il Sung', 'Zhang Chao'];
  it('keeps to the passages with a phrase the question quotes, when any holds it', () => {
    expect(quotedPhrases("When did he say it was 'a young country' and “not rich”? He's sure")).toEqual(['a young country', 'not rich']);
    // An apostrophe inside a word does not close a phrase in single quotation marks.
    expect(quotedPhrases("Where does 'how North Korea’s development route' come from? And 'one's own strength'?")).toEqual(['how North Korea’s development route', "one's own strength"]);
    const ps = [passage('a', 'Our country is old.'), passage('b', 'It is a young country.')];
    expect(holdingQuotedPhrases(ps, ['a young country']).map((p) => p.work.id)).toEqual(['b']);
    expect(holdingQuotedPhrases(ps, ['an old country']).map((p) => p.work.id)).toEqual(['a', 'b']);
  });
  it('reads the words a question leaves out, searches without them, and leaves out the passages that hold them', () => {
    expect(wordsLeftOut("quotes on self-reliance that don't mention Juche")).toEqual({ asked: 'quotes on self-reliance', words: ['Juche'] });
    expect(wordsLeftOut('Give me passages on independence without the word Juche')).toEqual({ asked: 'Give me passages on independence', words: ['Juche'] });
    expect(wordsLeftOut('What did he say about self-reliance but not Juche or aid, please?')).toEqual({ asked: 'What did he say about self-reliance, please?', words: ['Juche', 'aid'] });
    // "without" a word of the topic, and a time left out, are no words left out.
    for (const q of ['What did he say about development without aid?', 'What did he say about trade, but not in 1987?']) expect(wordsLeftOut(q), q).toEqual({ asked: q, words: [] });
    const ps = [passage('a', 'Juche and self-reliance are our guarantees.'), passage('b', 'Self-reliance means standing on one’s own feet.'), passage('a', 'Heavy industry first.')];
    const texts = (kept: readonly { paragraph: { text: string } }[]) => kept.map((p) => p.paragraph.text);
    expect(texts(withoutWordsLeftOut(ps, ['Juche']))).toEqual([ps[1]!.paragraph.text, ps[2]!.paragraph.text]);
    // A group of words is held when each of its words is.
    expect(texts(withoutWordsLeftOut(ps, ['heavy industry', 'own feet']))).toEqual([ps[0]!.paragraph.text]);
    expect(texts(withoutWordsLeftOut(ps, ['heavy metal']))).toEqual(texts(ps));
    // A noun in -y and its adjective in -ic, -ical are one word left out; words that only begin alike are not.
    const economic = [passage('a', 'Economic independence is the basis.'), passage('b', 'The economy grew.'), passage('c', 'Political independence first.'), passage('d', 'The ecology of the region.')];
    expect(texts(withoutWordsLeftOut(economic, ['economy']))).toEqual([economic[2]!.paragraph.text, economic[3]!.paragraph.text]);
    expect(texts(withoutWordsLeftOut(economic, ['economic']))).toEqual([economic[2]!.paragraph.text, economic[3]!.paragraph.text]);
    expect(texts(withoutWordsLeftOut(economic, ['policy']))).toEqual(texts(economic));
  });
  it('leaves out an interviewer’s words when the author’s own words were found', () => {
    const asked = passage('a', 'Your country is a model of self-reliance. What is it?');
    const ps = [{ ...asked, paragraph: { ...asked.paragraph, speaker: 'interviewer' as const } }, passage('b', 'Self-reliance means standing on one’s own feet.')];
    expect(ownWords(ps, 'What is self-reliance?', AUTHORS).map((p) => p.work.id)).toEqual(['b']);
    expect(ownWords([ps[0]!], 'What is self-reliance?', AUTHORS).map((p) => p.work.id)).toEqual(['a']);
  });
  it('puts an interviewer’s words first when the question is about what he was asked or told', () => {
    const asked = passage('a', 'Is self-reliance paramount?');
    const ps = [passage('b', 'Self-reliance is paramount.'), { ...asked, paragraph: { ...asked.paragraph, speaker: 'interviewer' as const } }];
    for (const question of [
      'When was he asked whether self-reliance was paramount?',
      'When did an editor put it to him that self-reliance was paramount?',
      'What did the journalists ask him?',
      'What did the Yugoslav editor ask about self-reliance?',
      'What did the Yugoslav editor say about self-reliance?',
    ]) {
      expect(ownWords(ps, question, AUTHORS).map((p) => p.work.id), question).toEqual(['a', 'b']);
    }
    expect(ownWords(ps, 'Is self-reliance paramount?', AUTHORS).map((p) => p.work.id)).toEqual(['b']);
    expect(ownWords(ps, 'What did he ask the officials to do?', AUTHORS).map((p) => p.work.id)).toEqual(['b']);
    // An author named is "he", whoever the corpus's authors are; anyone else asking is an interviewer.
    expect(ownWords(ps, 'What did Kim Il Sung ask the officials to do?', AUTHORS).map((p) => p.work.id)).toEqual(['b']);
    expect(ownWords(ps, 'What did Mao ask the officials to do?', ['Mao Zedong']).map((p) => p.work.id)).toEqual(['b']);
    expect(ownWords(ps, 'What did Mao ask the officials to do?', AUTHORS).map((p) => p.work.id)).toEqual(['a', 'b']);
    expect(ownWords(ps, 'What did he say to the journalists about self-reliance?', AUTHORS).map((p) => p.work.id)).toEqual(['b']);
  });
  it('leaves out a keywords line unless the question asks for keywords', () => {
    const ps = [passage('z', 'Keywords: socialist industrialization, self-reliance'), passage('z', 'This study covers industrialization.')];
    expect(ownWords(ps, 'What is self-reliance?', AUTHORS).map((p) => p.paragraph.text[0])).toEqual(['T']);
    expect(ownWords(ps, 'What keywords does the article list?', AUTHORS).map((p) => p.paragraph.text[0])).toEqual(['K', 'T']);
  });
});

describe('loadLanguageModel', () => {
  it('says which package to install when the provider is missing', async () => {
    const missing = async () => {
      throw Object.assign(new Error('Cannot find package'), { code: 'ERR_MODULE_NOT_FOUND' });
    };
    await expect(loadLanguageModel('openai', 'gpt-x', missing)).rejects.toThrow(StartupError);
    await expect(loadLanguageModel('openai', 'gpt-x', missing)).rejects.toThrow('npm i @ai-sdk/openai');
  });
  it('rejects a provider name that is not a package suffix', async () => {
    await expect(loadLanguageModel('../evil', 'm', async () => ({}))).rejects.toThrow(StartupError);
  });
  it('creates the model from the provider instance the package exports', async () => {
    const model = { provider: 'amazon-bedrock', modelId: 'm1' };
    const amazonBedrock = Object.assign((id: string) => ({ ...model, modelId: id }), {});
    const got = await loadLanguageModel('amazon-bedrock', 'm1', async (spec) => {
      expect(spec).toBe('@ai-sdk/amazon-bedrock');
      return { amazonBedrock };
    });
    expect(got).toEqual(model);
  });
});

describe('readIntent: a work of the answer before, pointed at by its kind', () => {
  const talk: Work = { id: 't', title: 'Talk to the ex-premier of the Republic of Peru', date: '1978-05-24', year: 1978, author: 'Kim Il Sung', file: 'x' };
  const interview: Work = { id: 'i', title: 'Answers to questions raised by the Iraqi journalists', date: '1971-10-11', year: 1971, author: 'Kim Il Sung', file: 'x' };
  const all = [...works, talk, interview];
  it('reads "that talk" as the first talk the answer before quoted: the work as a whole, or kept to for what else is asked', () => {
    expect(readIntent('What else did he say in that talk?', all, [interview, talk]).overview?.id).toBe('t');
    expect(readIntent('What did he say about coal in that talk?', all, [interview, talk])).toMatchObject({ overview: null, inWork: talk });
    expect(readIntent('What did he say about coal in this interview?', all, [interview, talk]).inWork?.id).toBe('i');
    expect(readIntent('What else is in that work?', all, [interview, talk]).overview?.id).toBe('i');
  });
  it('reads "Which of these is the earliest?" as the first dated of the works the answer before quoted, or the one it quoted', () => {
    expect(readIntent('Which of these is the earliest?', all, [talk, interview]).orderAmongBefore).toEqual({ work: interview, among: 2, order: 'earliest', kind: null });
    expect(readIntent('And the latest of them?', all, [talk, interview]).orderAmongBefore).toEqual({ work: talk, among: 2, order: 'latest', kind: null });
    expect(readIntent('Which of these is the earliest?', all, [talk]).orderAmongBefore).toEqual({ work: talk, among: 1, order: 'earliest', kind: null });
    expect(readIntent('Which of these is the earliest?', all, [works[2]!]).orderAmongBefore).toBeNull();
    expect(readIntent('Which is the earliest?', all, [talk, interview]).orderAmongBefore).toBeNull();
    // A quote's source, the first or last of theirs: among them, as "of these" asks it; not the collection's.
    expect(readIntent('Which one is from the earliest work?', all, [talk, interview])).toMatchObject({ orderAmongBefore: { work: interview, among: 2, order: 'earliest', kind: null } });
    expect(readIntent('Which one is from the most recent work?', all, [talk, interview]).orderAmongBefore).toMatchObject({ work: talk, order: 'latest' });
    // Asked by a comparative, of "which one" as of "these".
    expect(readIntent('Which one is older?', all, [talk, interview]).orderAmongBefore).toEqual({ work: interview, among: 2, order: 'earliest', kind: null });
    expect(readIntent('Which of them was said later?', all, [talk, interview]).orderAmongBefore).toEqual({ work: talk, among: 2, order: 'latest', kind: null });
    expect(readIntent('Which one came first?', all, [talk, interview]).orderAmongBefore).toEqual({ work: interview, among: 2, order: 'earliest', kind: null });
    // "here", "quoted above": of the works just quoted; of a kind it names when some are of it.
    expect(readIntent('Which work is the earliest one here?', all, [talk, interview]).orderAmongBefore).toEqual({ work: interview, among: 2, order: 'earliest', kind: null });
    expect(readIntent('Which talk quoted above is the earliest?', all, [talk, interview]).orderAmongBefore).toEqual({ work: talk, among: 1, order: 'earliest', kind: { word: 'talk', found: true } });
    expect(readIntent('Which speech quoted above is the latest?', all, [talk, interview]).orderAmongBefore).toEqual({ work: talk, among: 2, order: 'latest', kind: { word: 'speech', found: false } });
    for (const q of ['Which one is the first quote?', 'Is he older than the journalists?', 'Which one speaks of trade?', 'Which one is the earliest?']) expect(readIntent(q, all, [talk, interview]).orderAmongBefore, q).toBeNull();
  });

  it('points at nothing when the answer before quoted no work of that kind, or when nothing is pointed at', () => {
    expect(readIntent('What else did he say in that talk?', all, [interview])).toMatchObject({ overview: null, inWork: null });
    expect(readIntent('What else did he say in that talk?', all)).toMatchObject({ overview: null, inWork: null });
    expect(readIntent('What did he say about coal?', all, [talk])).toMatchObject({ overview: null, inWork: null });
  });
});

describe('readIntent: a work asked for whole', () => {
  const talk: Work = { id: 't', title: 'Talk to the ex-premier of the Republic of Peru', date: '1978-05-24', year: 1978, author: 'Kim Il Sung', file: 'x' };
  const giving: Work = { id: 'g', title: 'Let us accelerate socialist economic construction by giving full play to the revolutionary spirit of self-reliance', date: '1987-01-03', year: 1987, author: 'Kim Il Sung', file: 'x' };
  const all = [...works, talk, giving];
  it.each(['Show me the full text of the 1978 talk', 'Where can I read the whole 1978 talk?', 'Give me the full text of his talk to the ex-premier of Peru', 'Can I see the entire Peru talk?', 'Give me the 1978 talk in full', 'Show me all passages from 1978', 'Show me all the paragraphs of the Peru talk', 'Give me every quote from the 1978 talk'])('%s', (question) => {
    expect(readIntent(question, all)).toMatchObject({ fullText: true, when: false, overview: talk });
  });
  it.each(['What did the whole speech say about trade?', 'Did he want complete independence in his 1978 talk?', 'Summarise the 1978 talk', 'Summarise the whole 1978 talk', 'Give me a summary of the entire 1978 talk', 'Give me all the quotes from the 1978 talk about oil', 'Show me all passages from the 1970s'])('not: %s', (question) => {
    expect(readIntent(question, all).fullText).toBe(false);
  });
  it('reads a summary asked of a work whole as the work summed up', () => {
    expect(readIntent('Summarise the whole 1978 talk', all).overview).toBe(talk);
    expect(searchText('Write a summary of the collection')).not.toMatch(/write/i);
  });
  it('reads "the full text" naming no work as the one work the answer before quoted, or as a work to be named', () => {
    expect(readIntent('Show me the full text', all, [talk])).toMatchObject({ fullText: true, overview: talk });
    expect(readIntent('Show me the full text', all, [talk, giving])).toMatchObject({ fullText: true, overview: null });
  });
});

describe('readIntent: a work\'s title asked', () => {
  const talk: Work = { id: 't', title: 'Talk to the ex-premier of the Republic of Peru', date: '1978-05-24', year: 1978, author: 'Kim Il Sung', file: 'x' };
  const all = [...works, talk];
  it.each(['What is the title of the 1978 talk?', "What's the 1978 talk called?", 'What is the name of the 1978 talk?', 'What was the 1978 talk titled?', "What is the 1978 talk's full title?", 'Give me the title and date of the 1978 talk'])('%s', (question) => {
    expect(readIntent(question, all)).toMatchObject({ title: true, overview: talk });
  });
  it.each(['What is the title of his talk on coal?', 'What did he say in the name of the Party?', 'Summarise the 1978 talk', 'Which works have “talk” in their titles?'])('not: %s', (question) => {
    expect(readIntent(question, all).title).toBe(false);
  });
  it('reads "its title" naming no work as that of the one work the answer before quoted, or as a work to be named', () => {
    expect(readIntent('What is its title?', all, [talk])).toMatchObject({ title: true, overview: talk });
    expect(readIntent("What's it called?", all, [talk, works[0]!])).toMatchObject({ title: true, overview: null });
  });
});

describe('pointsAtIt', () => {
  it('reads "it" as a work of the answer before, but "about it" as its topic', () => {
    for (const q of ['Summarise it', 'How long is it?', "What's its title?", 'What does that one say about aid?']) expect(pointsAtIt(q), q).toBe(true);
    for (const q of ['Did Zhang Chao write about it?', 'What did the 1974 talk say on that?']) expect(pointsAtIt(q), q).toBe(false);
  });
});

describe('addresseeNamed', () => {
  it('reads whom a question says he addressed by names before or after a word for them, capitalised or, typed in lower case, by `isName`', () => {
    expect(addresseeNamed('When was the interview with the Japanese journalists?')).toEqual({ text: 'the Japanese journalists', names: ['Japanese'], noun: 'journalists' });
    expect(addresseeNamed('What did he say to the ex-premier of the Republic of Peru?')).toEqual({ text: 'the ex-premier of the Republic of Peru', names: ['Republic', 'Peru'], noun: 'ex-premier' });
    expect(addresseeNamed('What did he say to the journalists about trade?')).toBeNull();
    expect(addresseeNamed('What did he say about Japanese journalists?')).toBeNull();
    // An interview given to them.
    expect(addresseeNamed('Which interviews did he give to African newspapers?')).toEqual({ text: 'African newspapers', names: ['African'], noun: 'newspapers' });
    expect(addresseeNamed('Did he give an interview to a Japanese newspaper?')).toEqual({ text: 'a Japanese newspaper', names: ['Japanese'], noun: 'newspaper' });
    expect(addresseeNamed('What did he give to the Non-Aligned ministers?')).toBeNull();
    const isName = (word: string) => !['the', 'economic', 'foreign'].includes(word);
    expect(addresseeNamed('when did he meet the japanese journalists', isName)).toEqual({ text: 'the japanese journalists', names: ['japanese'], noun: 'journalists' });
    expect(addresseeNamed('what did he tell the economic officials', isName)).toBeNull();
    expect(addresseeNamed('when did he meet the japanese journalists')).toBeNull();
    // Capitals typed, only they mark names.
    expect(addresseeNamed('When did he meet the foreign journalists?', isName)).toBeNull();
  });
});
