/** The fixed question list every latency figure is measured over: facts, paraphrases, comparisons, quotes, questions the corpus cannot answer. */

export const BENCH_QUESTIONS: readonly string[] = [
  'What did Kim Il Sung say about self-reliance in economic construction?',
  'Why should a country build an independent national economy?',
  'How did Kim Il Sung describe the relationship between political independence and economic independence?',
  'What is the Chollima movement?',
  'What did he say about training national technical cadres?',
  'How should developing countries cooperate with each other?',
  'What did Kim Il Sung say about foreign aid and loans?',
  'How did North Korea solve its shortage of fertiliser and machines?',
  'What did he say about heavy industry and the machine-building industry?',
  'How did the view of South-South cooperation change between 1974 and 1987?',
  'Compare what Kim Il Sung said about flunkeyism in 1967 and in 1987.',
  'What does the scholarly article say about heavy industrialization from 1945 to 1956?',
  'Give me a quotable line about the revolutionary spirit of self-reliance.',
  'What did Kim Il Sung say about "independent national economy" in interviews with foreign journalists?',
  'What is said about agriculture and the rural technical revolution?',
  'What did he say about the people who work in factories and their creative initiative?',
  'How did North Korea rebuild after the war?',
  'What did Kim Il Sung say about the internet and mobile phones?',
  'What did he say about the 2002 World Cup?',
  'How many tractors were produced in 1975?',
];

/** Questions no other figure asks, each asked once: how a question new to the server is answered once it has read ahead. */
export const NEW_QUESTIONS: readonly string[] = [
  'How did the guerrillas obtain their weapons?',
  'What did he say about the textile industry?',
  'Why did he oppose importing oil?',
  'What did he tell the Iraqi journalists about their own experience?',
  'How should officials treat proposals from workers?',
  'What did he say about debts owed by developing countries?',
  'Did he mention locomotives?',
  'What did he say about irrigation?',
  'How did he describe the Ragwon Machine Factory?',
  'What did the abstract say about light industry?',
];

/** Words "how often" questions count, from one word ("imports", whose stem stands for "important" too) to a phrase of three held by many paragraphs together. */
export const BENCH_COUNTED: readonly string[] = ['Juche', 'imports', 'foreign trade', 'self-reliance', 'independent national economy'];
