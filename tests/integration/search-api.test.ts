import { describe, expect, it } from 'vitest';
import { HealthResponse, SearchResponse, WorkDetail, WorksResponse } from '../../server/contract.ts';
import { DEFAULT_RANKING } from '../../server/retrieval/options.ts';
import { contentTokens, normalizeSpace } from '../../server/retrieval/text.ts';
import { useRealApp } from '../support/app.ts';
import { testConfig } from '../support/deps.ts';

const real = useRealApp();

async function getJson(url: string): Promise<{ status: number; body: any; type: string | null }> {
  const res = await real.app.request(url);
  return { status: res.status, body: await res.json(), type: res.headers.get('content-type') };
}

describe('GET /api/health', () => {
  it('reports the corpus size and the model once ready', async () => {
    const { status, body } = await getJson('/api/health');
    expect(status).toBe(200);
    const corpus = real.deps.corpus;
    expect(HealthResponse.parse(body)).toEqual({ status: 'ok', works: new Set(corpus.paragraphs.map((p) => p.workId)).size, passages: corpus.paragraphs.length, model: testConfig().EMBEDDING_MODEL });
  });
});

describe('GET /api/works', () => {
  it('lists every work of the corpus ordered by date with the undated abstract last', async () => {
    const { body } = await getJson('/api/works');
    const { works } = WorksResponse.parse(body);
    expect(works.map((w) => w.id).sort()).toEqual([...new Set(real.deps.corpus.paragraphs.map((p) => p.workId))].sort());
    const dated = works.filter((w) => w.date !== null).map((w) => w.date!);
    expect(dated).toEqual([...dated].sort());
    expect(works.at(-1)!.date).toBeNull();
    expect(works.at(-1)!.author).toBe('Zhang Chao');
    // The institution printed beside the name, for the one work that prints it.
    expect(works.filter((w) => w.affiliation).map((w) => [w.author, w.affiliation])).toEqual([['Zhang Chao', 'Seoul National University']]);
    expect(works.every((w) => w.passages > 0)).toBe(true);
    // Whether the source prints excerpts of each, as the corpus read it.
    for (const w of works) expect(w.excerpts, w.id).toBe(real.deps.corpus.works.find((x) => x.id === w.id)!.excerpts);
    expect(works.some((w) => w.excerpts)).toBe(true);
  });

  it('returns one work with its paragraphs in order, and 404 JSON for an unknown id', async () => {
    const first = WorksResponse.parse((await getJson('/api/works')).body).works[0]!;
    const detail = WorkDetail.parse((await getJson(`/api/works/${first.id}`)).body);
    expect(detail.title).toBe('All efforts to attain the six goals');
    expect(detail.paragraphs.map((p) => p.position)).toEqual(detail.paragraphs.map((_, i) => i + 1));
    const missing = await getJson('/api/works/no-such-work');
    expect(missing.status).toBe(404);
    expect(missing.type).toContain('application/json');
    expect(missing.body.error).toMatch(/no-such-work/);
  });
});

describe('GET /api/search', () => {
  it('finds the passage on making fertilizer from coal, with a verbatim quote from it', async () => {
    const { status, body } = await getJson('/api/search?q=' + encodeURIComponent('How was fertilizer produced without much electricity?'));
    expect(status).toBe(200);
    const result = SearchResponse.parse(body);
    expect(result.abstain).toBe(false);
    expect(result.passages).toHaveLength(5);
    const top3 = result.passages.slice(0, 3).map((p) => p.text).join(' ');
    expect(top3).toContain('gasifying the coal');
    for (const p of result.passages) {
      expect(p.text).toContain(p.quote);
      const paragraph = real.deps.corpus.paragraphs.find((x) => x.id === p.id)!;
      expect(paragraph.text).toBe(p.text);
      const work = real.deps.corpus.works.find((w) => w.id === p.workId)!;
      expect([p.title, p.date, p.year]).toEqual([work.title, work.date, work.year]);
    }
  });

  it('keeps only passages inside an inclusive year range and leaves undated works out', async () => {
    const { body } = await getJson('/api/search?q=self-reliance&k=50&from=1967&to=1979');
    const result = SearchResponse.parse(body);
    expect(result.passages.length).toBeGreaterThan(5);
    for (const p of result.passages) {
      expect(p.year).not.toBeNull();
      expect(p.year!).toBeGreaterThanOrEqual(1967);
      expect(p.year!).toBeLessThanOrEqual(1979);
    }
    expect(new Set(result.passages.map((p) => p.year))).toContain(1967);
  });

  it('filters by work', async () => {
    const speech = real.deps.corpus.works.find((w) => w.date === '1987-06-09')!;
    const { body } = await getJson(`/api/search?q=agriculture&k=10&work=${speech.id}`);
    const result = SearchResponse.parse(body);
    expect(result.passages.length).toBeGreaterThan(0);
    expect(result.passages.every((p) => p.workId === speech.id)).toBe(true);
  });

  it('abstains on a question the corpus does not address, still showing the closest passages', async () => {
    const { body } = await getJson('/api/search?q=' + encodeURIComponent('What did Kim Il Sung say about the Tokyo Olympics of 1964?'));
    const result = SearchResponse.parse(body);
    expect(result.abstain).toBe(true);
    expect(result.passages.length).toBeGreaterThan(0);
  });

  it('abstains when the question names something the corpus never mentions, typed with capitals or without', async () => {
    for (const q of ['What was his view on the Vietnam War?', 'what was his view on the vietnam war']) {
      const { body } = await getJson('/api/search?q=' + encodeURIComponent(q));
      expect(SearchResponse.parse(body).abstain, q).toBe(true);
    }
  });

  it('abstains on a year the corpus neither is from nor speaks of, but not on a year inside a range it speaks of', async () => {
    const search = async (q: string) => SearchResponse.parse((await getJson('/api/search?q=' + encodeURIComponent(q))).body);
    expect((await search('What did Kim Il Sung say about self-reliance in 1991?')).abstain).toBe(true);
    // No text names 1948; the scholarly abstract covers North Korea's industrialisation "from 1945 to 1956".
    expect(real.deps.corpus.paragraphs.some((p) => p.text.includes('1948'))).toBe(false);
    expect((await search("How was North Korea's heavy industry built in 1948?")).abstain).toBe(false);
  });

  it('reads a misspelt word as the corpus word it was meant to be, not as an unknown name', async () => {
    const search = async (q: string) => SearchResponse.parse((await getJson('/api/search?q=' + encodeURIComponent(q))).body);
    const [typed, meant] = await Promise.all([search('what did he say about self-relaince in the 1960s'), search('what did he say about self-reliance in the 1960s')]);
    expect(typed.abstain).toBe(false);
    expect(typed.passages.map((p) => p.id)).toEqual(meant.passages.map((p) => p.id));
    expect(typed.readAs).toEqual([{ typed: 'self-relaince', read: 'self-reliance' }]);
    expect(meant.readAs).toBeUndefined();
  });

  it('reads an acronym the texts spell out as its words, and says so', async () => {
    const search = async (q: string) => SearchResponse.parse((await getJson('/api/search?q=' + encodeURIComponent(q))).body);
    const [typed, meant] = await Promise.all([search('What did he say about NAM?'), search('What did he say about Non-Aligned Movement?')]);
    expect(typed.abstain).toBe(false);
    expect(typed.readAs).toEqual([{ typed: 'NAM', read: 'Non-Aligned Movement' }]);
    expect(typed.passages.map((p) => p.id)).toEqual(meant.passages.map((p) => p.id));
    // Typed in lower case, as plainly as anything else.
    const plain = await search('what did he say about nam');
    expect(plain.readAs).toEqual([{ typed: 'nam', read: 'Non-Aligned Movement' }]);
    expect(plain.passages.map((p) => p.id)).toEqual(meant.passages.map((p) => p.id));
  });

  it('ranks and abstains alike whether a question is typed in sentence case, Title Case or capitals', async () => {
    const search = async (q: string) => SearchResponse.parse((await getJson('/api/search?q=' + encodeURIComponent(q))).body);
    const titleCase = (q: string) => q.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
    // "famine" and "peasants" are English words these texts never use: only a capital could make them names.
    for (const q of ['What did he say about famine and hunger among the peasants?', 'How was the economy rebuilt after the war in the 1950s?']) {
      const [asked, title, capitals] = await Promise.all([search(q), search(titleCase(q)), search(q.toUpperCase())]);
      for (const other of [title, capitals]) {
        expect(other.abstain, q).toBe(asked.abstain);
        expect(other.passages.map((p) => p.id), q).toEqual(asked.passages.map((p) => p.id));
      }
    }
  });

  it('searches a name the texts use only in another form in that form: "Japan" as "Japanese"', async () => {
    const search = async (q: string) => SearchResponse.parse((await getJson('/api/search?q=' + encodeURIComponent(q))).body);
    expect(real.deps.corpus.paragraphs.some((p) => /\bJapan\b/.test(p.text))).toBe(false);
    const { abstain, passages } = await search('What did he say about Japan?');
    expect(abstain).toBe(false);
    expect(passages[0]!.text).toMatch(/Japanese/);
  });

  it('finds a word in the other spelling: "labor" where the texts write "labour"', async () => {
    const search = async (q: string) => SearchResponse.parse((await getJson('/api/search?q=' + encodeURIComponent(q))).body);
    expect(real.deps.corpus.paragraphs.some((p) => /\blabor\b/i.test(p.text))).toBe(false);
    const { abstain, passages } = await search('What did he say about labor?');
    expect(abstain).toBe(false);
    expect(passages[0]!.text).toMatch(/\blabour/i);
  });

  it('reads "the US" as the country the texts name, not the pronoun "us"', async () => {
    const search = async (q: string) => SearchResponse.parse((await getJson('/api/search?q=' + encodeURIComponent(q))).body);
    for (const q of ['What did he say about the US?', 'What did he say about the U.S.?']) {
      const { abstain, passages } = await search(q);
      expect(abstain, q).toBe(false);
      expect(passages[0]!.text, q).toMatch(/\bUS\b/);
    }
  });

  it('says which passages are an interviewer’s question, here and on the work’s page, and no others', async () => {
    const asked = real.deps.corpus.paragraphs.find((p) => p.speaker === 'interviewer')!;
    const { body } = await getJson('/api/search?k=10&q=' + encodeURIComponent(asked.text.slice(0, 200)));
    const { passages } = SearchResponse.parse(body);
    expect(passages.map((p) => p.id)).toContain(asked.id);
    for (const p of passages) expect(p.speaker).toBe(real.deps.corpus.paragraphs.find((x) => x.id === p.id)!.speaker);
    const detail = WorkDetail.parse((await getJson(`/api/works/${asked.workId}`)).body);
    const own = real.deps.corpus.paragraphs.filter((p) => p.workId === asked.workId);
    expect(detail.paragraphs.map((p) => p.speaker)).toEqual(own.map((p) => p.speaker));
    expect(detail.paragraphs.some((p) => p.speaker === undefined)).toBe(true);
  });

  it('prefers the work a name in the question points to through its title', async () => {
    const { body } = await getJson('/api/search?q=' + encodeURIComponent('What did he tell the Ghanaian newspaper about self-reliance?'));
    const result = SearchResponse.parse(body);
    expect(result.abstain).toBe(false);
    expect(result.passages[0]!.title).toContain('Ghana Times');
  });

  it('keeps to the works of the author a question names, or calls "he": what Kim Il Sung said, not what a scholar wrote of him', async () => {
    const question = "What did Kim Il Sung say about North Korea's heavy industrialization?";
    const authorOf = new Map(real.deps.corpus.works.map((w) => [w.id, w.author]));
    const authors = async (q: string) => SearchResponse.parse((await getJson('/api/search?k=10&q=' + encodeURIComponent(q))).body).passages.map((p) => authorOf.get(p.workId));
    expect(new Set(await authors(question))).toEqual(new Set(['Kim Il Sung']));
    expect(new Set(await authors(question.replace('Kim Il Sung', 'he')))).toEqual(new Set(['Kim Il Sung']));
    // Naming no one, the scholarly abstract on industrialization is among the first.
    expect(await authors("What was said about North Korea's heavy industrialization?")).toContain('Zhang Chao');
    expect(await authors("What does the article say about his heavy industrialization?")).toContain('Zhang Chao');
  });

  it('finds where a word asked about alone is written: every word of his own in two to five paragraphs, asked as "What did he say about …?"', async () => {
    const { corpus, retriever } = real.deps;
    const holders = new Map<string, Set<string>>();
    const asked = new Map<string, string>();
    // His words: not the scholar's, nor the interviewers' questions printed in his works ("he" keeps to them).
    const his = new Set(corpus.works.filter((w) => w.author === retriever.corpus.authors.primary).map((w) => w.id));
    for (const p of corpus.paragraphs.filter((p) => his.has(p.workId) && p.speaker !== 'interviewer')) {
      for (const t of contentTokens(p.text)) {
        if (t.word.length < 4 || !/^[a-z]+$/.test(t.word)) continue;
        holders.set(t.term, (holders.get(t.term) ?? new Set()).add(p.id));
        if ((asked.get(t.term)?.length ?? Infinity) > t.word.length) asked.set(t.term, t.word);
      }
    }
    const words = [...holders].filter(([, ids]) => ids.size >= 2 && ids.size <= 5);
    expect(words.length).toBeGreaterThan(100);
    let found = 0;
    let wanted = 0;
    for (const [term, ids] of words) {
      const { passages, abstain } = await retriever.search(`What did he say about ${asked.get(term)}?`, {}, 5);
      expect(abstain, asked.get(term)).toBe(false);
      found += passages.filter((p) => ids.has(p.paragraph.id)).length;
      wanted += ids.size;
    }
    // With BM25 weighed alike for every length of question: 48% of them, and 164 of the 543 questions abstained.
    expect(found / wanted).toBeGreaterThan(0.9);
  });

  it('rescores the best candidates token by token, which lifts the passage a question in other words restates', async () => {
    const { retriever } = real.deps;
    const withoutTokens = { ...DEFAULT_RANKING, weights: { ...DEFAULT_RANKING.weights, tokenMatch: 0 } };
    // Its rank in the first ten, or Infinity when it is not among them.
    const rankOfProverb = async (question: string, options = DEFAULT_RANKING) =>
      (await retriever.search(question, {}, 10, options)).passages.findIndex((p) => p.paragraph.text.includes('Even if the sky falls in, there is a way out')) + 1 || Infinity;
    for (const question of ['Did he cite an old proverb saying one can always find an escape even when things look desperate?', 'Is there a saying he used that no situation is without a way to survive?']) {
      const [before, after] = [await rankOfProverb(question, withoutTokens), await rankOfProverb(question)];
      expect(after, question).toBeLessThanOrEqual(10);
      expect(after, question).toBeLessThan(before);
    }
    // Questions ranked at once, new to the model (each waiting for it while the other is scored) or not, rank as
    // each does alone.
    const pair = ['Which proverb about the sky falling did he quote?', 'What did he say about barter between developing countries?'];
    const ids = (ranking: { passages: { paragraph: { id: string }; score: number }[] }) => ranking.passages.map((p) => `${p.paragraph.id} ${p.score}`);
    const atOnce = await Promise.all(pair.map((q) => retriever.search(q, {}, 10)));
    const alone = [];
    for (const q of pair) alone.push(ids(await retriever.search(q, {}, 10)));
    expect(atOnce.map(ids)).toEqual(alone);
    expect((await Promise.all(pair.map((q) => retriever.search(q, {}, 10)))).map(ids)).toEqual(alone);
    const same = ['what did he say about the soviet union', 'What did he say about the Soviet Union?'];
    expect((await Promise.all(same.map((q) => retriever.search(q, {}, 10)))).map(ids)).toEqual((await Promise.all(same.map((q) => retriever.search(q, {}, 10)))).map(ids));
    // A comparison is ranked as before.
    const compare = 'How did his view of foreign trade change between 1961 and 1987?';
    const compared = async (options = DEFAULT_RANKING) => ids(await retriever.search(compare, {}, 10, options));
    expect(await compared()).toEqual(await compared(withoutTokens));
  });

  it("keeps a question about what he said to his words, not the interviewers' questions, unless it asks what he was asked", async () => {
    const { retriever } = real.deps;
    const topic = "the great success of the Democratic People's Republic of Korea";
    const interviewers = async (question: string, options = DEFAULT_RANKING) =>
      (await retriever.search(question, {}, 5, options)).passages.filter((p) => p.paragraph.speaker === 'interviewer').length;
    expect(await interviewers(`What did Kim Il Sung say about ${topic}?`)).toBe(0);
    expect(await interviewers(`What did Kim Il Sung say about ${topic}?`, { ...DEFAULT_RANKING, ownWords: false })).toBeGreaterThan(0);
    expect(await interviewers(`What was Kim Il Sung asked about ${topic}?`)).toBeGreaterThan(0);
    // Whose words are not asked about: every passage may be found.
    expect(await interviewers(`Who spoke of ${topic}?`)).toBeGreaterThan(0);
  });

  it("chooses a passage's quote with its sentences' token-by-token scores, a comparison's too", async () => {
    const { retriever } = real.deps;
    const byWordsAndCosine = { ...DEFAULT_RANKING, quoteTokenMatch: 0 };
    const target = 'active support and encouragement by other socialist countries';
    const quoteOf = async (options = DEFAULT_RANKING) =>
      (await retriever.search('Did other countries back North Korea when it was rebuilding after the war?', {}, 10, options)).passages.find((p) => p.paragraph.text.includes(target))?.quote;
    expect(await quoteOf(byWordsAndCosine)).not.toContain(target);
    expect(await quoteOf()).toContain(target);
    // A comparison's passages are chosen as before; their quotes are chosen token by token too.
    const compare = 'How did he talk about trust over the years?';
    const [before, after] = [await retriever.search(compare, {}, 10, byWordsAndCosine), await retriever.search(compare, {}, 10)];
    expect(after.compare).toBe(true);
    expect(after.passages.map((p) => `${p.paragraph.id} ${p.score}`)).toEqual(before.passages.map((p) => `${p.paragraph.id} ${p.score}`));
    expect(after.passages.map((p) => p.quote)).not.toEqual(before.passages.map((p) => p.quote));
  });

  it('keeps a question that names a year to the works of that year, when any is from it and it compares nothing', async () => {
    const { retriever } = real.deps;
    const question = 'To whom did he speak in 1978?';
    const kept = await retriever.search(question, {}, 5);
    expect(kept.passages.length).toBeGreaterThan(0);
    expect(kept.passages.map((p) => p.work.year)).toEqual(kept.passages.map(() => 1978));
    // With the year as a prior only, another work comes first ("To whom did he talk in 1978?" names a kind of work with
    // its year, "talk in 1978", which keeps to the 1978 talk however years are read).
    expect((await retriever.search(question, {}, 5, { ...DEFAULT_RANKING, namedYears: false })).passages[0]!.work.year).not.toBe(1978);
    // A year that bounds a time keeps the question to that time; none of the works being from it is said.
    const after1961 = await retriever.search('How did the economy develop after 1961?', {}, 5);
    expect(after1961.passages.length).toBeGreaterThan(0);
    expect(after1961.passages.every((p) => p.work.year! > 1961)).toBe(true);
    expect(await retriever.search('What did he say about trade after 2000?', {}, 5)).toMatchObject({ abstain: true, abstainReason: 'year-not-covered' });
    // A year no work is from stays a prior; a comparison spans the years.
    const of1936 = await retriever.search('What did he say about the guerrillas in 1936?', {}, 3);
    expect(of1936.passages.some((p) => p.work.year !== 1936)).toBe(true);
    const compared = await retriever.search('How did his view of trade change between 1961 and 1987?', {}, 10);
    expect(new Set(compared.passages.map((p) => p.work.year)).size).toBeGreaterThan(2);
    // A decade without its century is of the 1900s: "in the seventies" keeps to 1970–1979.
    const { body } = await getJson('/api/search?q=' + encodeURIComponent('What did he say about machines in the seventies?'));
    const seventies = SearchResponse.parse(body);
    expect(seventies.passages.length).toBeGreaterThan(0);
    expect(seventies.passages.every((p) => p.year! >= 1970 && p.year! <= 1979)).toBe(true);
  });

  it('does not abstain on a question in other words than the text uses', async () => {
    const { body } = await getJson('/api/search?q=' + encodeURIComponent('What did they do about the shabby clothes of the kids at the guerrilla base?'));
    const result = SearchResponse.parse(body);
    expect(result.abstain).toBe(false);
    expect(result.passages.map((p) => p.text).join(' ')).toContain('clothing');
  });

  it.each([
    ['/api/search', /q/],
    ['/api/search?q=', /q/],
    [`/api/search?q=${'a'.repeat(1001)}`, /1000/],
    ['/api/search?q=x&k=0', /k/],
    ['/api/search?q=x&k=51', /k/],
    ['/api/search?q=x&k=abc', /k/],
    ['/api/search?q=x&from=1987-02-30', /from/],
    ['/api/search?q=x&to=last%20year', /to/],
    ['/api/search?q=x&from=1990&to=1960', /from \(1990\) is after to \(1960\)/],
    ['/api/search?q=x&from=1987-06-10&to=1987-06-09', /is after/],
    ['/api/search?q=x&work=no-such-work', /no work with id "no-such-work"/],
  ])('rejects %s with a 400 JSON message', async (url, message) => {
    const { status, body, type } = await getJson(url);
    expect(status).toBe(400);
    expect(type).toContain('application/json');
    expect(body.error).toMatch(message);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('GET /api/openapi.json', () => {
  it('describes every endpoint from the zod schemas', async () => {
    const { body } = await getJson('/api/openapi.json');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/works', '/api/works/{id}', '/api/search']));
    const params = body.paths['/api/search'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['q', 'k', 'from', 'to', 'work']));
    // Every error status the server sends is documented: a body not sent as JSON (415) as well as an invalid one.
    for (const path of ['/api/answer', '/api/check', '/api/chat']) expect(Object.keys(body.paths[path].post.responses), path).toEqual(expect.arrayContaining(['200', '400', '413', '415']));
    expect(Object.keys(body.paths['/api/works/{id}'].get.responses)).toEqual(expect.arrayContaining(['200', '400', '404']));
    const notJson = await real.app.request('/api/answer', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'aid' });
    expect(notJson.status).toBe(415);
    expect((await real.app.request(`/api/works/${'a'.repeat(201)}`)).status).toBe(400);
  });
});

describe('unknown routes', () => {
  it('answer with JSON, never HTML', async () => {
    const { status, type } = await getJson('/api/nope');
    expect(status).toBe(404);
    expect(type).toContain('application/json');
  });
});

it('every quote is a whitespace-normalised span of its paragraph', async () => {
  const { body } = await getJson('/api/search?q=' + encodeURIComponent('worship of big powers') + '&k=20');
  for (const p of SearchResponse.parse(body).passages) expect(normalizeSpace(p.text)).toContain(normalizeSpace(p.quote));
});

describe('Server-Timing', () => {
  const metrics = (res: Response) => new Map((res.headers.get('server-timing') ?? '').split(',').map((m) => [m.trim().split(';')[0]!, m]));

  it('shows the question embedding and the retrieval of a search apart', async () => {
    const res = await real.app.request('/api/search?q=' + encodeURIComponent('rice farming in the mountains'));
    expect(res.status).toBe(200);
    const found = metrics(res);
    expect(found.get('embed')).toMatch(/^embed;dur=\d+(\.\d+)?$/);
    expect(found.get('retrieve')).toMatch(/^retrieve;dur=\d+(\.\d+)?$/);
  });

  it('shows embedding, retrieval and the whole answer for an answer', async () => {
    const res = await real.app.request('/api/answer', { method: 'POST', body: JSON.stringify({ question: 'What did he say about machine tools?' }), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(200);
    expect([...metrics(res).keys()]).toEqual(expect.arrayContaining(['embed', 'retrieve', 'answer']));
  });
});
