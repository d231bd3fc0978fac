/** Ingestion of the real corpus: the 14 works, their metadata, and paragraphs that keep the text verbatim. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../server/corpus/load.ts';
import { pageBounds, pageRange } from '../../server/corpus/pages.ts';
import type { Corpus, Paragraph, Work } from '../../server/corpus/types.ts';

const root = path.resolve(import.meta.dirname, '../..');
const corpusDir = path.join(root, 'corpus');
const devFile = path.resolve(root, '../shared/eval/dev.jsonl');
const heldOutFile = path.join(root, 'eval', 'heldout.jsonl');
const COLLECTION = '000_56fb048068fe53ee.txt';
const ABSTRACT = '001_a5ad83d4d40f98fa.txt';
const SPEECH = '002_62f1f77a2497351d.txt';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const raw = (file: string) => readFileSync(path.join(corpusDir, file), 'utf8');

interface Gold {
  quote: string;
  work: string;
  date: string | null;
}
/** The gold quotes of the dev set and of the repository's own held-out questions. */
const gold: Gold[] = [devFile, heldOutFile].flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .flatMap((l) => (JSON.parse(l) as { gold: Gold[] }).gold),
);

let corpus: Corpus;
const byTitle = (title: string): Work => {
  const w = corpus.works.find((x) => x.title === title);
  if (!w) throw new Error(`no work titled ${title}`);
  return w;
};
const paragraphsOf = (w: Work): Paragraph[] => corpus.paragraphs.filter((p) => p.workId === w.id);

beforeAll(async () => {
  corpus = await loadCorpus(corpusDir);
});

describe('works of the real corpus', () => {
  it('loads exactly 14 works and no problems', () => {
    expect(corpus.problems).toEqual([]);
    expect(corpus.works).toHaveLength(14);
    expect(corpus.works.filter((w) => w.file === COLLECTION)).toHaveLength(12);
  });

  it('has every distinct work of the dev and held-out sets with the exact title and date', () => {
    const distinct = new Map(gold.map((g) => [g.work, g.date]));
    expect(distinct.size).toBeGreaterThanOrEqual(14);
    for (const [title, date] of distinct) expect(byTitle(title).date, title).toBe(date);
  });

  it('sorts works by date with the undated abstract last, and gives them unique slug ids', () => {
    expect(corpus.works.map((w) => w.date)).toEqual([
      '1961-12-01', '1967-12-16', '1969-07-01', '1971-10-11', '1974-10-09', '1978-05-24', '1979-06-30',
      '1981-10-08', '1982-11-09', '1986-05-20', '1987-01-03', '1987-06-09', '1993-12-08', null,
    ]);
    const ids = corpus.works.map((w) => w.id);
    expect(new Set(ids).size).toBe(14);
    for (const w of corpus.works) {
      expect(w.id).toMatch(/^(\d{4}|undated)(-[a-z0-9]+){1,12}$/);
      expect(w.year).toBe(w.date ? Number(w.date.slice(0, 4)) : null);
    }
    expect(byTitle('All efforts to attain the six goals').id).toBe('1961-all-efforts-to-attain-the-six');
  });

  it('takes page ranges from the table of contents (end = next start - 1; the last work its start and on, "45ff.")', () => {
    const pages = corpus.works.filter((w) => w.file === COLLECTION).map((w) => w.pages);
    expect(pages).toEqual(['1-3', '4-7', '8-16', '17-18', '19-20', '21-23', '24-26', '27', '28-30', '31-33', '34-44', '45ff.']);
    expect(pages.map(pageBounds).slice(-2)).toEqual([{ first: 34, last: 44 }, { first: 45, last: null }]);
    expect([pageRange(27, 27), pageRange(45, null), pageBounds('179–180'), pageBounds('p. 3')]).toEqual(['27', '45ff.', { first: 179, last: 180 }, null]);
  });

  it('reads occasions, author and source of the collection', () => {
    const first = byTitle('All efforts to attain the six goals');
    expect(first.occasion).toBe(
      "Concluding Speech at the Second Enlarged Plenary Meeting of the Fourth Central Committee of the Workers' Party of Korea",
    );
    expect(byTitle('Let us accelerate socialist economic construction by giving full play to the revolutionary spirit of self-reliance').occasion).toBe(
      'Talk to Senior Officials in the Economic Sector',
    );
    expect(byTitle("Answers to questions raised by the Iraqi journalists' delegation").occasion).toBeUndefined();
    for (const w of corpus.works.filter((x) => x.file === COLLECTION)) {
      expect(w.author).toBe('Kim Il Sung');
      expect(w.source).toContain('On Self-Reliance and the Building of an Independent National Economy');
      expect(w.source).toContain('Juche 111 (2022)');
      expect(w.title).not.toMatch(/Excerpts/i);
    }
  });

  it('marks a work whose printed heading says "(Excerpts)", on the title line or a line of its own, and no other', () => {
    const collection = corpus.works.filter((w) => w.file === COLLECTION);
    expect(collection.length).toBeGreaterThan(1);
    // The book prints every one of its works as excerpts; the speech and the abstract, each a file of its own, whole.
    for (const w of collection) expect(w.excerpts, w.title).toBe(true);
    for (const w of corpus.works.filter((x) => x.file !== COLLECTION)) expect(w.excerpts, w.title).toBeUndefined();
  });

  it('reads the speech as one work on 1987-06-09 in Pyongyang', () => {
    const speech = corpus.works.filter((w) => w.file === SPEECH);
    expect(speech).toHaveLength(1);
    expect(speech[0]).toMatchObject({
      title: 'Let us develop South-South cooperation',
      date: '1987-06-09',
      place: 'Pyongyang',
      author: 'Kim Il Sung',
      occasion: 'Congratulatory Speech at the Extraordinary Ministerial Conference of Non-Aligned Countries on South-South Cooperation',
    });
  });

  it('reads the abstract as undated, by Zhang Chao of Seoul National University, on pages 179-180, with no invented journal', () => {
    const [abstract] = corpus.works.filter((w) => w.file === ABSTRACT);
    expect(abstract).toMatchObject({
      title: 'North Korea\'s choice of “self-reliant heavy industrialization” and preparation of development foundation (1945-1956)',
      date: null,
      year: null,
      author: 'Zhang Chao',
      // Printed beside the name on the author line: "Zhang, Chao(Seoul National University)".
      affiliation: 'Seoul National University',
      pages: '179-180',
    });
    // No work of the collection prints an institution beside its author.
    expect(corpus.works.filter((w) => w.affiliation !== undefined)).toEqual([abstract]);
    expect(abstract!.source).toBeUndefined();
    const ps = paragraphsOf(abstract!);
    expect(ps.map((p) => [p.page, p.pageEnd])).toEqual([[179, 180], [180, undefined]]);
    expect(ps[0]!.text).toMatch(/^This study covers the process/);
    expect(ps[0]!.text).toContain('the paper identifies North Korea’s industrialization was the ‘self-reliant’');
    expect(ps[1]!.text).toBe('Keywords: socialist industrialization, independent heavy industry, Juche industry, self-supporting economy, self-reliance');
  });
});

describe('paragraphs of the real corpus', () => {
  it('numbers paragraphs from 1 in their order within each work, with ids `${workId}-p${position}`', () => {
    let gaps = 0;
    for (const w of corpus.works) {
      const ps = paragraphsOf(w);
      expect(ps.length, w.title).toBeGreaterThan(0);
      expect(ps[0]!.position).toBe(1);
      ps.forEach((p, i) => {
        if (i > 0) expect([1, 2], p.id).toContain(p.position - ps[i - 1]!.position);
        if (i > 0 && p.position - ps[i - 1]!.position === 2) gaps++;
        expect(p.id).toBe(`${w.id}-p${p.position}`);
      });
    }
    // The one gap: the 1969 interview's "Answer:" standing alone before an omission, left out (corpus-speakers.test.ts).
    expect(gaps).toBe(1);
    expect(new Set(corpus.paragraphs.map((p) => p.id)).size).toBe(corpus.paragraphs.length);
  });

  it('finds every gold quote of the dev and held-out sets verbatim in a paragraph of the right work', () => {
    expect(gold.length).toBeGreaterThan(200);
    for (const g of gold) {
      const w = byTitle(g.work);
      expect(paragraphsOf(w).some((p) => p.text.includes(norm(g.quote))), `${g.work}: ${g.quote}`).toBe(true);
    }
  });

  it('keeps the text verbatim: each paragraph is a span of its whitespace-normalised file (footer and layout markup dropped)', () => {
    const files = new Map<string, string>();
    // The markup: bold and italic asterisks, italic tags.
    for (const file of [COLLECTION, SPEECH]) files.set(file, norm(raw(file).replace(/\*+/g, '').replace(/<\/?i>/g, '')));
    files.set(ABSTRACT, norm(raw(ABSTRACT).split('\n').filter((l) => !l.startsWith('S5to|')).join('\n')));
    for (const w of corpus.works) {
      for (const p of paragraphsOf(w)) {
        expect(p.text).toBe(norm(p.text));
        expect(files.get(w.file)!.includes(p.text), p.id).toBe(true);
      }
    }
  });

  it('loses no text: every line of the speech body and every paragraph line of the collection is in a paragraph', () => {
    const all = corpus.paragraphs.map((p) => p.text).join('\n');
    const speechLines = raw(SPEECH).split('\n').slice(17).map(norm).filter(Boolean);
    expect(speechLines.length).toBeGreaterThan(300);
    for (const line of speechLines) expect(all.includes(line), line).toBe(true);
    const text = raw(COLLECTION).split('\n');
    const bodyStart = text.indexOf('**ALL EFFORTS TO ATTAIN');
    const trailer = text.lastIndexOf('KIM IL SUNG');
    const collectionLines = text
      .slice(bodyStart, trailer)
      .map(norm)
      .filter((l) => l !== '' && l !== '...' && !l.includes('*') && /\p{Ll}/u.test(l.replace('(Excerpts)', '')))
      .filter((l) => !/^[A-Z][a-z]+ \d{1,2}, \d{4}$/.test(l))
      .filter((l) => !corpus.works.some((w) => w.occasion?.includes(l)));
    expect(collectionLines.length).toBeGreaterThan(180);
    for (const line of collectionLines) expect(all.includes(line), line).toBe(true);
    // an italicised word's asterisks are markup, as bold markers are: a quote of it is the words the book prints
    expect(all).toContain('At that time I had 20 yuan my mother had given me.');
    expect(all).toContain('strings of Jaryokgaengsaeng (Self-Reliance-Tr.) motor vehicles');
    expect(all).not.toMatch(/\*/);
  });

  it('rejoins a paragraph split by a page break', () => {
    const first = paragraphsOf(byTitle('All efforts to attain the six goals'));
    expect(first.some((p) => p.text.startsWith('Self-reliance is one of the important characteristics of the communist revolutionary traits and spirit.'))).toBe(true);
    expect(first.some((p) => p.text === 'Self-reliance is one of the important characteristics of')).toBe(false);
    // a block ending in a full stop but followed by one starting in lowercase is the same paragraph too
    const p1993 = paragraphsOf(byTitle('On the direction of socialist economic construction for the immediate period ahead'));
    expect(p1993.some((p) => p.text.includes("to do with 'Minsaengdan'. from the start. If any of you"))).toBe(true);
    expect(corpus.paragraphs.filter((p) => /^\p{Ll}/u.test(p.text))).toEqual([]);
  });

  it('unwraps the speech into paragraphs at sentence-ending lines, keeping salutations apart', () => {
    const ps = paragraphsOf(byTitle('Let us develop South-South cooperation'));
    expect(ps.slice(0, 2).map((p) => p.text)).toEqual(['Esteemed delegates,', 'Comrades and friends,']);
    expect(ps[2]!.text).toMatch(/^Today an Extraordinary Ministerial Conference of Non-Aligned Countries on South-South Cooperation, the first of its kind,.* other peoples of the non-aligned countries\.$/);
    expect(ps.some((p) => p.text.includes('in the interests of the newly-emergent countries.'))).toBe(true);
    expect(ps.length).toBeGreaterThan(40);
    expect(ps.length).toBeLessThan(60);
  });

  it('drops front matter, contents, running headers and footers, omission marks and markup', () => {
    const banned = [
      'WORKING PEOPLE OF THE WHOLE WORLD',
      'Foreign Languages Publishing House',
      'KIM IL SUNG',
      'S5to|',
      'CONTENTS',
      '(Excerpts)',
      'Juche 111',
      '**',
      '<i>',
      'December 1, 1961',
      'Zhang, Chao',
      'LET US DEVELOP',
    ];
    for (const p of corpus.paragraphs) {
      for (const b of banned) expect(p.text.includes(b), `${p.id} contains ${b}`).toBe(false);
      expect(p.text).not.toMatch(/^(\.\s*){3}$/);
    }
  });
});
