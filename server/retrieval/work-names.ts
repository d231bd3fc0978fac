/**
 * The work a text names (pure): by distinctive words of its title, occasion or place ("in his speech to the
 * Non-Aligned ministers", "the talk with the Peruvian ex-premier"). Used by the quotation check's attribution and
 * by the answerer for a question about one work as a whole.
 */
import type { Work } from '../corpus/types.ts';
import { corpusForms, knownWordsOf, type KnownWords } from './abstain.ts';
import { quotedSpans } from './query.ts';
import { matchSpans, stem, STOPWORDS, tokenize, type Span, type Token } from './text.ts';

/** The works each word of the works' titles, occasions and places names. */
export interface WorkNames {
  /** By the word's term. */
  terms: Map<string, Set<string>>;
  /** The names among them (written with a capital inside a title: "Peru", "Ghanaian"), by the word in lower case. */
  properNames: Map<string, Set<string>>;
  /** Of those, the ones a title itself writes so (titles are in sentence case; occasions may be in title case, "First Session"). */
  titleNames: Set<string>;
  /** The same names, for `corpusForms`. */
  nameWords: KnownWords;
  /** The works' distinct authors. */
  authors: string[];
  /** Terms in the titles of many works ("korea", "answers"): they name none, and a name holding one is a subject ("North Korea"). */
  shared: Set<string>;
  /** The works' titles, occasions and the books they are printed in, as `titleKey` writes them, with the works of each. */
  titles: Map<string, Set<string>>;
}

/** A title's words as compared: lower case, without punctuation, quotation marks or a closing "(Excerpts)". */
const titleKey = (text: string): string =>
  tokenize(text.replace(/\(\s*excerpts?\s*\)[\s.,;:]*$/i, ''))
    .map((t) => t.word)
    .join(' ');

/**
 * Whether a phrase in quotation marks is the title of a work, its occasion or the book it is printed in, whatever
 * its case ("All Efforts to Attain the Six Goals,"): a title cited, as essays cite one, not words quoted from a text.
 */
export const isTitle = (quoted: string, names: WorkNames): boolean => names.titles.has(titleKey(quoted));

/** Words a shortened title keeps at least: "Talk to the Director". */
const SHORT_TITLE_WORDS = 3;

/**
 * The works whose title or occasion a phrase in quotation marks begins, whatever its case: the title shortened, as
 * the citation styles shorten it in a parenthetical citation ("(Kim, “Talk to the Director,” 1974)").
 */
export function worksTitleBegins(quoted: string, names: WorkNames): Set<string> {
  const key = titleKey(quoted);
  if (key.split(' ').length < SHORT_TITLE_WORDS) return new Set();
  return new Set([...names.titles].flatMap(([title, ids]) => (title.startsWith(`${key} `) ? [...ids] : [])));
}

export const beginsATitle = (quoted: string, names: WorkNames): boolean => worksTitleBegins(quoted, names).size > 0;

/**
 * The phrases in quotation marks that begin one work's title each, as the citation styles shorten it ("(Kim, “Talk to
 * the Director,” 1974)"), with that work and where the phrase's words stand (closing punctuation left out).
 */
export function shortTitlesIn(text: string, names: WorkNames): (Span & { workId: string })[] {
  return quotedSpans(text).flatMap(({ phrase, start, end }) => {
    const ids = worksTitleBegins(phrase, names);
    const words = text.slice(start, end).replace(/[\s,.;:]+$/, '');
    return ids.size === 1 ? [{ workId: [...ids][0]!, start, end: start + words.length }] : [];
  });
}

/** Words a title needs to name its work inside a question: fewer ("On Juche") may be the question's own words. */
const TITLE_WORDS = 4;

/**
 * Where a text holds a work's whole title or occasion, in quotation marks or not ("Compare “A” and “B”"): the work and
 * the span; with `several`, the title of the book several works are printed in instead, a span for each of them.
 */
function titleSpans(text: string, names: WorkNames, several = false): (Span & { workId: string })[] {
  const tokens = tokenize(text);
  const words = tokens.map((t) => t.word);
  const present = new Set(words);
  const spans: (Span & { workId: string })[] = [];
  for (const [key, ids] of names.titles) {
    const title = key.split(' ');
    if ((several ? ids.size < 2 : ids.size !== 1) || title.length < TITLE_WORDS || !title.every((word) => present.has(word))) continue;
    for (let i = 0; i + title.length <= words.length; i++) {
      if (title.every((word, j) => words[i + j] === word)) spans.push(...[...ids].map((workId) => ({ workId, start: tokens[i]!.start, end: tokens[i + title.length - 1]!.end })));
    }
  }
  return spans;
}

/** The works whose whole title or occasion a text holds, by id. */
export function titlesIn(text: string, names: WorkNames): string[] {
  return [...new Set(titleSpans(text, names).map((s) => s.workId))];
}

/** The work whose whole title or occasion a text holds, when it holds one ("Summarise All efforts to attain the six goals"). */
export function titledIn(text: string, names: WorkNames): string | null {
  const ids = titlesIn(text, names);
  return ids.length === 1 ? ids[0]! : null;
}

const workNames = new WeakMap<readonly Work[], WorkNames>();

/** The works' names, made once per list of works (questions and texts are read against the same corpus each time). */
export function workNamesOf(works: readonly Work[]): WorkNames {
  let names = workNames.get(works);
  if (!names) workNames.set(works, (names = buildWorkNames(works)));
  return names;
}

export function buildWorkNames(works: readonly Work[]): WorkNames {
  const authors = new Set(works.flatMap((w) => tokenize(w.author).map((t) => t.word)));
  const terms = new Map<string, Set<string>>();
  const properNames = new Map<string, Set<string>>();
  const titleNames = new Set<string>();
  const add = (map: Map<string, Set<string>>, key: string, id: string) => map.set(key, (map.get(key) ?? new Set<string>()).add(id));
  for (const w of works) {
    for (const field of [w.title, w.occasion, w.place]) {
      if (!field) continue;
      for (const t of tokenize(field)) {
        // A word of one or two letters names nothing, but as part of a word ("ex" of "ex-premier") it does.
        const short = t.word.length < 3 && field[t.end] !== '-' && field[t.start - 1] !== '-';
        if (STOPWORDS.has(t.word) || authors.has(t.word) || short || /^\d+$/.test(t.word)) continue;
        add(terms, t.term, w.id);
        if (t.start > 0 && /\p{Lu}/u.test(field[t.start]!)) {
          add(properNames, t.word, w.id);
          if (field === w.title) titleNames.add(t.word);
        }
      }
    }
  }
  // A word in the titles of many works ("answers", "speech", "korea") names none of them; nor do the initials of words
  // that hold one ("DPRK", spelled out in an occasion as "the Democratic People's Republic of Korea").
  const shared = new Set([...terms].filter(([, ids]) => ids.size > 2).map(([term]) => term));
  for (const field of works.flatMap((w) => [w.title, w.occasion, w.place]).filter((f): f is string => f !== undefined)) {
    for (const t of tokenize(field)) {
      const written = field.slice(t.start, t.end);
      if (INITIALISM.test(written) && spelledOut(field, written).some((word) => shared.has(word.term))) shared.add(t.term);
    }
  }
  for (const map of [terms, properNames]) for (const [key, ids] of map) if (ids.size > 2 || shared.has(key)) map.delete(key);
  const titles = new Map<string, Set<string>>();
  // A book by its title alone too, without the publisher and year its closing parenthetical gives.
  const bookTitle = (source: string | undefined) => source?.replace(/\s*\((?:[^()]|\([^()]*\))*\)\s*$/, '');
  for (const w of works) for (const field of [w.title, w.occasion, w.source, bookTitle(w.source)]) if (field) add(titles, titleKey(field), w.id);
  return { terms, properNames, titleNames, nameWords: knownWordsOf(properNames.keys()), authors: [...new Set(works.map((w) => w.author))], shared, titles };
}

/** A word of two to six capitals: "DPRK", "NAM". */
const INITIALISM = /^\p{Lu}{2,6}$/u;
/** Words that may stand between those an initialism spells out ("Republic of Korea"). */
const BETWEEN_INITIALS = new Set(['of', 'the', 'and', 'for']);

/** The capitalised words side by side in `field` whose initials `initials` writes ("DPRK": "Democratic People's Republic of Korea"); none when it spells out none. */
function spelledOut(field: string, initials: string): Token[] {
  const words = tokenize(field).filter((t) => !BETWEEN_INITIALS.has(t.word));
  for (let i = 0; i + initials.length <= words.length; i++) {
    const run = words.slice(i, i + initials.length);
    if (run.every((t, j) => field[t.start] === initials[j])) return run;
  }
  return [];
}

/** The works a name in their titles names, as written or in another form of it ("Syria" for "Syrian"). */
export const worksOfName = (word: string, names: WorkNames): ReadonlySet<string> => names.properNames.get(word) ?? worksByNameForm(word, names);

/**
 * The works a capitalised word names through another form of a name in their titles: "Peruvian" for "Peru",
 * "Ecuador" for "Ecuadorian", "Iraq" for "Iraqi": the other forms a question's name may take (`corpusForms`),
 * at most four letters longer or shorter.
 */
function worksByNameForm(word: string, names: WorkNames): Set<string> {
  const forms = corpusForms(word, names.nameWords).filter((form) => Math.abs(form.length - word.length) <= 4);
  return new Set(forms.flatMap((form) => [...names.properNames.get(form)!]));
}

/**
 * Each word of `text` with the works its term names, or, written with a capital, its name's other forms ("Peruvian"
 * for "Peru"). A text typed all in lower case says nothing by its case: there, another form of a title's name that
 * is no word of the titles itself ("peruvian") is read as written with a capital.
 */
function namingWords(text: string, names: WorkNames): { token: Token; capitalised: boolean; works: Set<string> }[] {
  const uncased = !/\p{Lu}/u.test(text);
  return tokenize(text).map((token) => {
    const own = names.terms.get(token.term);
    // The first word has its capital by convention, unless a title writes it so too ("Voluntad was told that …").
    if ((token.start > 0 || names.titleNames.has(token.word)) && /\p{Lu}/u.test(text[token.start]!)) return { token, capitalised: true, works: own ?? worksByNameForm(token.word, names) };
    const byForm = uncased && !own ? worksByNameForm(token.word, names) : new Set<string>();
    // Typed all in lower case, a name the titles write with a capital is still one ("who is hamrouche").
    const asName = uncased && own !== undefined && names.properNames.has(token.word) && names.titleNames.has(token.word);
    return { token, capitalised: byForm.size > 0 || asName, works: own ?? byForm };
  });
}

/**
 * A text with the names of the works' titles it types in lower case written with their capital, as the titles write
 * them ("When was the peru talk?" → "… the Peru talk?"), when the word is no common one (`isName`: "government"
 * stays); typed all in lower case, every name `namingWords` reads in such a text, another form of one too ("when did
 * kim talk to journalists from iraq": "Iraq"), which it would no longer read so once an author's name is written with
 * its capital; and the words of an author's name so, however it is typed ("when did kim say …": "Kim"), none of them
 * common English ("sung" stays), nor one of another name beside it ("kim san ho").
 */
export function namesCapitalised(text: string, names: WorkNames, isName: (word: string) => boolean): string {
  const authorWords = new Set(names.authors.flatMap((a) => tokenize(a).map((t) => t.word)));
  const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);
  const uncased = !/\p{Lu}/u.test(text);
  return text.replace(/(?<![\p{L}'’-])\p{Ll}\p{L}*(?![\p{L}'’-])/gu, (word, at: number) => {
    // Typed all in lower case, as `namingWords` reads such a text: a title's name ("benin", though one letter from
    // "begin"), or another form of one ("iraq" for "Iraqi").
    if (names.titleNames.has(word) && (uncased ? names.properNames.has(word) : isName(word))) return capitalised(word);
    if (uncased && !names.terms.has(stem(word)) && worksByNameForm(word, names).size > 0) return capitalised(word);
    const next = /^\s+(\p{L}+)/u.exec(text.slice(at + word.length))?.[1]?.toLowerCase();
    const inAnotherName = next !== undefined && !authorWords.has(next) && isName(next);
    return authorWords.has(word) && isName(word) && !inAnotherName ? capitalised(word) : word;
  });
}

/** The works a name's words name, by their terms or by another form of a title's name ("Peruvian": the talk to the ex-premier of Peru). */
export function worksNamedBy(name: string, names: WorkNames): Set<string> {
  return new Set(tokenize(name).flatMap((token) => [...(names.terms.get(token.term) ?? worksByNameForm(token.word, names))]));
}

/** The words of `text` that name the work `workId` (`statedWork` reads them so): "Peruvian", "ex", "premier" for the talk to the ex-premier of Peru. */
export function wordsNaming(text: string, names: WorkNames, workId: string): Token[] {
  return namingWords(text, names)
    .filter((w) => w.works.has(workId))
    .map((w) => w.token);
}

export interface StatedWork extends Span {
  workId: string;
  text: string;
  /** The terms of the text that name it. */
  terms: string[];
  /** Whether a word naming it is written with a capital letter inside the sentence, as a name is ("the Ghana Times", not "developing countries"). */
  capitalised: boolean;
  /** Named by the title of the book it is printed in, with the other works the book holds. */
  inBook?: true;
}

/** Words for a work that may stand inside the words naming it ("the development and industrialization article"). */
const WORK_KINDS: ReadonlySet<string> = new Set(['speech', 'talk', 'interview', 'article', 'address', 'report']);
/** A word that may stand among those naming a work without parting them: a function word, a word for a work, one many titles share. */
const namesNothing = (token: Token, names: WorkNames): boolean => STOPWORDS.has(token.word) || WORK_KINDS.has(token.word) || names.shared.has(token.term);

/**
 * What someone said, the clause after a verb of saying: "… told Ghanaian journalists in 1981 that economic
 * self-sufficiency is the basis of political independence"; not what the writer says ("I wrote that the Iraqi
 * interview was in October 1971").
 */
export const SAID_CLAUSE =
  /(?<=(?<!\b(?:i|we|you)\s+)\b(?:say|says|said|saying|tell|tells|told|telling|write|writes|wrote|argue[sd]?|claim(?:s|ed)?|state[sd]?|declare[sd]?|insist(?:s|ed)?|explain(?:s|ed)?|admit(?:s|ted)?)\b[^?.!;]*?)\bthat\s+[^?.!;]+/gi;
/** What a question asks about, to the end of its clause: "about non-alignment", "regarding trade"; or what someone said (`SAID_CLAUSE`). */
const TOPIC_PHRASE = new RegExp(String.raw`\b(?:about|regarding|concerning)\s+[^?.!;,]+|${SAID_CLAUSE.source}`, 'gi');

/**
 * The work `text` names, if one stands out (`statedWorks`); none when two works tie.
 */
export function statedWork(text: string, names: WorkNames): StatedWork | null {
  const stated = statedWorks(text, names);
  return stated.length === 1 ? stated[0]! : null;
}

/**
 * The works `text` names: the one with the most of its distinctive title words (two at least, or one written with a
 * capital letter inside the sentence, as a name is, in any form of the title's: `worksByNameForm`), or the several
 * that tie ("the concluding speech at the Central Committee plenum": 1961 and 1993). Words in lower case name a work
 * as a phrase does, together: one other word may stand among them (a title misremembered: "Let us develop difficult
 * cooperation"), not two ("developing agriculture, light industry" names no "development … industrialization").
 */
export function statedWorks(text: string, names: WorkNames): StatedWork[] {
  // A whole title names its work, as the title says it ("“All Efforts to Attain the Six Goals”").
  const titles = titleSpans(text, names);
  // So do the first words of one title, in quotation marks, as the citation styles shorten it ("“Talk to the Director”",
  // whose words several titles share).
  const whole = titles.length ? titles : shortTitlesIn(text, names);
  const asTitled = ({ workId, start, end }: Span & { workId: string }): StatedWork => ({ workId, start, end, text: text.slice(start, end), terms: [...new Set(tokenize(text.slice(start, end)).map((t) => t.term))], capitalised: true });
  if (whole.length > 0 && whole.every((t) => t.workId === whole[0]!.workId)) return [asTitled(whole[0]!)];
  // The title of the book several works are printed in ("In “On Self-Reliance and the Building of an Independent
  // National Economy”, Kim writes …") names any of them, as the book holds them, not the works its words name.
  const book = whole.length ? [] : titleSpans(text, names, true);
  if (book.length > 0) return book.map((span) => ({ ...asTitled(span), inBook: true as const }));
  const hits = new Map<string, { terms: Set<string>; named: boolean; capitalised: boolean; scattered: boolean; last: number; start: number; end: number }>();
  const words = namingWords(text, names);
  // "North" of "North Korea": a capitalised word beside a word many titles share is part of the texts' subject.
  const besideShared = (i: number) =>
    [i - 1, i + 1].some((j) => {
      const other = words[j];
      if (!other || !other.capitalised || !names.shared.has(other.token.term) || WORK_KINDS.has(other.token.word)) return false;
      const [a, b] = j < i ? [other.token, words[i]!.token] : [words[i]!.token, other.token];
      return /^[\s-]+$/.test(text.slice(a.end, b.start));
    });
  for (const [i, { token: t, capitalised, works: named }] of words.entries()) {
    for (const id of named) {
      const h = hits.get(id) ?? { terms: new Set<string>(), named: false, capitalised: false, scattered: false, last: i, start: t.start, end: t.end };
      h.scattered ||= new Set(words.slice(h.last + 1, i).flatMap(({ token: w }) => (namesNothing(w, names) ? [] : [w.term]))).size > 1;
      h.last = i;
      h.terms.add(t.term);
      h.named ||= capitalised && named.size === 1 && !besideShared(i);
      h.capitalised ||= capitalised;
      h.end = t.end;
      hits.set(id, h);
    }
  }
  // A work named outside the topic asked about first ("to the Yugoslav newspaper about non-alignment", "In the Yugoslav
  // interview, what did he say about non-alignment?": not the speech to the Non-Aligned countries), then by more words.
  const topics = matchSpans(text, TOPIC_PHRASE);
  const inTopic = (h: Span) => topics.some((t) => h.start >= t.start && h.end <= t.end);
  const ranked = [...hits]
    .filter(([, h]) => (h.terms.size >= 2 && (h.capitalised || !h.scattered)) || h.named)
    .sort((a, b) => Number(inTopic(a[1])) - Number(inTopic(b[1])) || b[1].terms.size - a[1].terms.size);
  const first = ranked[0];
  if (!first) return [];
  const tied = ranked.filter(([, h]) => h.terms.size === first[1].terms.size && inTopic(h) === inTopic(first[1]));
  return tied.map(([workId, { terms, capitalised, ...span }]) => {
    const { start, end } = withinItsMarks(text, span);
    const naming = words.filter((w) => w.works.has(workId) && w.token.start >= start && w.token.end <= end).map((w) => w.token);
    return { workId, start, end, text: runsOf(text, naming, { start, end }, names), terms: [...terms], capitalised };
  });
}

/** Function words a name's words stand around ("the ex-premier of the Republic of Peru"). */
const JOINING: ReadonlySet<string> = new Set(['of', 'the', 'to', 'and', 'a', 'an', 'for', 'in', 'on', 'at', 'with', 'by']);
/**
 * The words naming a work as the text writes them, each run of them whole and the runs parted by "…" ("non-aligned
 * countries … South-South cooperation" of "to the non-aligned countries he described South-South cooperation"); a
 * run goes on over function words and words many titles share ("the ex-premier of the Republic of Peru"). A span
 * widened to a title's quotation marks is said whole.
 */
function runsOf(text: string, naming: readonly Token[], span: Span, names: WorkNames): string {
  const [first, ...rest] = naming;
  if (!first || span.start < first.start || span.end > naming.at(-1)!.end) return text.slice(span.start, span.end);
  const runs: Span[] = [{ start: first.start, end: first.end }];
  for (const t of rest) {
    const run = runs.at(-1)!;
    const between = tokenize(text.slice(run.end, t.start));
    if (between.every((w) => JOINING.has(w.word) || WORK_KINDS.has(w.word) || names.shared.has(w.term))) run.end = t.end;
    else runs.push({ start: t.start, end: t.end });
  }
  return runs.map((r) => text.slice(r.start, r.end)).join(' … ');
}

/**
 * A short title in quotation marks ("(Kim, “All Efforts” 2)"): the words naming a work, widened to the whole of it —
 * from the opening mark before them to the closing one after, with no other mark, line break or more than a few words
 * between.
 */
function withinItsMarks(text: string, span: Span): Span {
  const opening = /["“‘][^"“”‘’\n]*$/.exec(text.slice(0, span.start));
  const closing = /["”]|’(?!\p{L})/u.exec(text.slice(span.end));
  if (!opening || !closing || /["“”‘\n]/.test(text.slice(span.end, span.end + closing.index))) return span;
  const inner = { start: opening.index + 1, end: span.end + closing.index };
  return text.slice(inner.start, inner.end).split(/\s+/).length <= 8 ? inner : span;
}
