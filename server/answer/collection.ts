/**
 * The works a question about the collection lists (pure): those the filters let through, of the years the question
 * names or bounds ("Which works are from the 1970s?"), and of the kind it names ("List his speeches") when some
 * work's title or occasion says it; the kind is reported either way, for the lead to say what was found.
 */
import type { Paragraph, Work } from '../corpus/types.ts';
import { workMatches, type PassageFilters } from '../retrieval/filters.ts';
import { isOfKind, KINDS_BY_NAME, ofKindSaid, timeKept, type ParsedQuery } from '../retrieval/query.ts';
import { tokenize } from '../retrieval/text.ts';
import type { LeadPart } from '../contract.ts';
import { describeDates, plural, timeAsked } from './format.ts';
import { lead, workList } from './item.ts';

export interface CollectionAsked {
  /** In the collection's order. */
  works: Work[];
  /** " from 1970–1979", " from June 1987", " dated after 1980": the time the question keeps to (`timeAsked`); "" for none. */
  time: string;
  /** The time in years only (" from 1987"): the works' dates are worth saying when they say more. */
  timeInYears: string;
  /** The kind of work the question names, as titles write it ("speech"), and whether a title or occasion says it. */
  kind: { word: string; found: boolean } | null;
  /** Words of each work (by id) as the collection prints it (`wordsPerWork`), for a question of which is longest. */
  words?: ReadonlyMap<string, number>;
}

/** Words before a kind in the singular that make it a work ("his most recent talk", "which speech"), not a verb ("did he talk"). */
const BEFORE_A_WORK = new Set('his the a an this that each every which what first last latest earliest oldest newest recent longest shortest lengthiest briefest'.split(' '));

/** Who does what a verb says: after one, "first" or "last" times the verb ("When did he last talk about …?"). */
const SUBJECTS = new Set('he she they we you i it'.split(' '));

/** The kind of work a question asks for: "his speeches", "his most recent talk"; not "What did he talk about …", "When did he last talk …". */
export function kindAsked(text: string): string | undefined {
  const words = tokenize(text).map((t) => t.word);
  const aWork = (i: number) => BEFORE_A_WORK.has(words[i - 1] ?? '') && !SUBJECTS.has(words[i - 2] ?? '');
  for (const [i, word] of words.entries()) {
    const kind = KINDS_BY_NAME.find((k) => (word === k ? aWork(i) : word === `${k}s` || word === `${k}es`));
    if (kind) return kind;
  }
  return undefined;
}

/** The works of the question as read (`parseQuery`) that the filters let through, and how to say which. */
export function collectionAsked(question: Pick<ParsedQuery, 'text' | 'years' | 'months' | 'kinds' | 'yearBounds'>, works: readonly Work[], filters: PassageFilters): CollectionAsked {
  const { years, yearBounds } = question;
  const filtered = works.filter((w) => workMatches(w, filters));
  const kept = timeKept(filtered, question);
  const inTime = filtered.filter(kept.asked);
  const asked = { years: [...years].sort((a, b) => a - b), bounds: yearBounds };
  const word = kindAsked(question.text);
  // The lead says the kind asked ("with “speech” in their titles"); the time does not say it again.
  const kinds = new Map([...kept.kinds].map(([year, named]) => [year, new Set([...named].filter((k) => k !== word))] as const).filter(([, named]) => named.size > 0));
  const said = { time: timeAsked({ ...asked, months: kept.months, kinds }), timeInYears: timeAsked(asked) };
  if (!word) return { works: inTime, ...said, kind: null };
  const ofKind = inTime.filter((w) => isOfKind(w, word));
  return ofKind.length ? { works: ofKind, ...said, kind: { word, found: true } } : { works: inTime, ...said, kind: { word, found: false } };
}

/** How many words each work's paragraphs hold, by work id: its length as the collection prints it. */
export function wordsPerWork(paragraphs: readonly Paragraph[]): Map<string, number> {
  const words = new Map<string, number>();
  for (const p of paragraphs) words.set(p.workId, (words.get(p.workId) ?? 0) + (p.text.match(/\S+/g)?.length ?? 0));
  return words;
}

/**
 * Where the works are printed, from their metadata (`Work.source`), each source with how many works and of what
 * years; then the works whose metadata names none, by title, as such ("The sources do not say where …").
 */
export function whereFrom(works: readonly Work[], primaryAuthor: string | null): LeadPart[] {
  const bySource = Map.groupBy(
    works.filter((w) => w.source),
    (w) => w.source!,
  );
  const unsaid = works.filter((w) => !w.source);
  const of = (n: number) => (n === works.length ? (n === 1 ? 'The work is' : `All ${n} works are`) : `${n} of the ${plural(works.length, 'work')} ${n === 1 ? 'is' : 'are'}`);
  const parts: LeadPart[] = [];
  for (const [source, printed] of bySource) parts.push(...lead(`${of(printed.length)} printed in `, { title: source }, ` (${describeDates(printed)}). `));
  if (unsaid.length) {
    const which = bySource.size ? `the other ${unsaid.length === 1 ? 'one is' : `${unsaid.length} are`}` : unsaid.length === 1 ? 'it is' : 'the works are';
    parts.push(...lead(`The sources do not say where ${which} printed: `));
    parts.push(...workList(unsaid, primaryAuthor, '.'));
  }
  return parts;
}

/**
 * "Who wrote these texts?": whose the works asked about are, the main author first, each author with how many and of
 * what years ("Of the 14 works in the collection, 13 are by Kim Il Sung (1961–1993) and 1 by Zhang Chao: *T*
 * (undated)."); the works of an author of one or two are named.
 */
export function authorsOf({ works, time, kind }: CollectionAsked, primaryAuthor: string | null): LeadPart[] {
  const byAuthor = [...Map.groupBy(works, (w) => w.author)].sort(([a, x], [b, y]) => Number(b === primaryAuthor) - Number(a === primaryAuthor) || y.length - x.length);
  const said = kind ? ofKindSaid(kind.word) : null;
  const none = kind && !kind.found ? lead(`None of the works${time} ${said!.none}. `) : [];
  const asked = `in the collection${time}${kind?.found ? (works.length > 1 ? said!.many : said!.one) : ''}`;
  const of = ([author, written]: [string, Work[]]) => (written.length > 2 ? lead(`by ${author} (${describeDates(written)})`) : lead(`by ${author}: `, workList(written, author)));
  if (byAuthor.length === 1) {
    const opening = works.length === 1 ? `The one work ${asked} is ` : `All ${works.length} works ${asked} are `;
    return [...none, ...lead(opening, of(byAuthor[0]!), '.')];
  }
  const each = byAuthor.map(([author, written], i) => lead(`${written.length}${i === 0 ? (written.length === 1 ? ' is ' : ' are ') : ' '}`, of([author, written])));
  const joined = each.flatMap((parts, i) => lead(i === 0 ? '' : i === each.length - 1 ? ' and ' : ', ', parts));
  return [...none, ...lead(`Of the ${plural(works.length, 'work')} ${asked}, `, joined, '.')];
}
