/**
 * Whose works a question asks about (pure): the authors it names ("what did Kim Il Sung say", "Zhang Chao's
 * article"), or, when it says "he", "his" or "him" and names no one, the primary author: the author of most works,
 * whose texts the collection gathers. What Kim Il Sung said is not what a scholar wrote about him.
 */
import type { Work } from '../corpus/types.ts';
import { blankedOut, matchSpans, tokenize, type Token } from './text.ts';

/**
 * Words that report what was put to someone: a question about what he was asked or told ("What was he asked about
 * aid?"), or what an interviewer asked or said ("What did the journalists ask him?", "What did the editor ask about
 * …?", "What did the Yugoslav editor say about …?", "What did the Syrian magazine ask?": anyone asking but him).
 */
const PUT_TO_HIM =
  /\b(?:asked|told|put (?:it|the question) to|questioned)\b|\basks?\s+him\b|\b(?:interviewers?|journalists?|reporters?|editors?)\b[^?.!]*\b(?:asks?|say|says|said|write|writes|wrote|praised?|praises)\b|\b(?:did|does|do)\s+(?!(?:he|she|you|i|we)\b)(?:\S+\s+){1,5}ask\b/i;

/** Whether a question asks what was put to someone (an interviewer's words), not what an author said ("Did Kim ask …?" is his). */
export const asksWhatWasPut = (question: string, authors: Iterable<string>): boolean => PUT_TO_HIM.test(authorsAsHe(question, authors));

/** The works' authors: each one once, and the author of most works. */
export interface CorpusAuthors {
  all: readonly string[];
  primary: string | null;
}

/** Words naming a scholarly work or its writer: "the abstract", "the scholar" (a pattern's source). */
const A_SCHOLARLY_WORK = String.raw`scholarly|scholars?|academics?|abstract|historians?|researchers?`;
const SCHOLARLY_WORD = new RegExp(`^(?:${A_SCHOLARLY_WORK})$`);
const SCHOLARSHIP = new RegExp(String.raw`\b(?:${A_SCHOLARLY_WORK}|keywords?|secondary (?:source|literature))\b`, 'i');
/**
 * "the article", "a paper", "Zhang Chao's recent paper": a determiner or a possessive before it, as a work is pointed at
 * ("paper production", "What did he say about paper?" speak of the material); not "the Yugoslav paper" nor "the Ghana
 * Times article", a newspaper's (a name written before it; case-sensitive, so a pattern of its own). In a text all in
 * capitals, any.
 */
const A_STUDY = /(?<=\b(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|\p{L}+['’]s)\s+(?:[\p{Ll}-]+\s+){0,2})(?<!\b\p{Lu}[\p{L}-]*\s+)\b(?:[Aa]rticle|[Pp]aper|[Jj]ournal)\b/u;
const A_STUDY_IN_CAPITALS = /\b(?:ARTICLE|PAPER|JOURNAL)\b/;

/** Whether a text points at secondary literature: a question that does asks about the scholar's work, not the primary author's. */
export const pointsAtScholarship = (text: string): boolean => SCHOLARSHIP.test(text) || A_STUDY.test(text) || (!/\p{Ll}/u.test(text) && A_STUDY_IN_CAPITALS.test(text));

/**
 * A question about the scholarly work less the words by which it points at it ("Does the abstract mention the Soviet
 * Union?"): they name the work, not what to look for or count in it ("keywords" may be: "What keywords does it list?").
 */
export function withoutScholarship(text: string): string {
  const studies = matchSpans(text, new RegExp(A_STUDY.source, 'gu'));
  return blankedOut(text, [...studies, ...tokenize(text).filter((t) => SCHOLARLY_WORD.test(t.word))]);
}

/** A third-person pronoun for a person: in a question about one author's works, that author. */
const PERSONAL_PRONOUN = /\b(?:he|his|him|himself)\b/i;

export function corpusAuthors(works: readonly Work[]): CorpusAuthors {
  return { all: [...new Set(works.map((w) => w.author))], primary: primaryAuthor(works) };
}

/** The most common author: the primary sources; works by anyone else are secondary literature. */
export function primaryAuthor(works: readonly Work[]): string | null {
  const counts = new Map<string, number>();
  for (const w of works) counts.set(w.author, (counts.get(w.author) ?? 0) + 1);
  let best: string | null = null;
  for (const [author, n] of counts) if (best === null || n > counts.get(best)!) best = author;
  return best;
}

/** The words of an author's name, lower case ("Kim Il Sung" → kim, il, sung). */
export function nameWords(author: string): string[] {
  return author
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1);
}

/**
 * Whether the word `tokens[i]` of `text`, a word of an author's name, begins or continues someone else's: a
 * capitalised word outside `nameWords` follows it in one run of capitalised words, which holds no other word of
 * theirs ("Zhang" in "Zhang Wei-hua", "Kim" in "Kim San Ho"; not "Kim Il Sung University", as two words of a name
 * name its author, `namedAuthors`). A word before it is a title or the sentence's first ("President Kim", "Did Zhang …").
 */
export function inAnotherName(text: string, tokens: readonly Token[], i: number, nameWords: ReadonlySet<string>): boolean {
  const capitalised = (t: Token) => /\p{Lu}/u.test(text[t.start]!);
  const joined = (a: Token, b: Token) => capitalised(a) && capitalised(b) && /^[\s-]+$/.test(text.slice(a.end, b.start));
  let start = i;
  let end = i;
  while (start > 0 && joined(tokens[start - 1]!, tokens[start]!)) start--;
  while (end + 1 < tokens.length && joined(tokens[end]!, tokens[end + 1]!)) end++;
  const run = tokens.slice(start, end + 1);
  return tokens.slice(i + 1, end + 1).some((t) => !nameWords.has(t.word)) && run.filter((t) => nameWords.has(t.word)).length < 2;
}

/** Whether `text` names `author` by a word of the name, not as part of someone else's (`inAnotherName`). */
export function mentionsAuthor(text: string, author: string): boolean {
  const parts = new Set(nameWords(author));
  const tokens = tokenize(text);
  return tokens.some((t, i) => parts.has(t.word) && !inAnotherName(text, tokens, i, parts));
}

/**
 * The text with each naming of an author read as "he" ("his" for a possessive): "When did Kim Il Sung start …?" as
 * "When did he start …?", for the patterns that tell what an author did from what happened or what others did.
 */
export function authorsAsHe(text: string, authors: Iterable<string>): string {
  const named = namedAuthors(text, authors);
  const parts = new Set([...named].flatMap(nameWords));
  const tokens = tokenize(text);
  let read = '';
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!parts.has(tokens[i]!.word) || inAnotherName(text, tokens, i, parts)) continue;
    let last = i;
    while (last + 1 < tokens.length && parts.has(tokens[last + 1]!.word) && /^\s+$/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
    // One word alone names him written as a name ("Kim"), as `namedAuthors` reads it; not "sung" in "the songs sung".
    if (last === i && !/\p{Lu}/u.test(text[tokens[i]!.start]!)) continue;
    const possessive = /['’]s$/i.test(text.slice(tokens[i]!.start, tokens[last]!.end));
    read += text.slice(from, tokens[i]!.start) + (possessive ? 'his' : 'he');
    from = tokens[last]!.end;
    i = last;
  }
  return read + text.slice(from);
}

/**
 * The authors whose names the question contains: at least two words of a longer name, or its first or last word
 * alone, written with a capital, when no other author's name holds it and it is not part of another name ("What
 * did Kim say?"; not "Kim San Ho", "Zhang Wei-hua", nor "sung" in "the songs sung").
 */
export function namedAuthors(question: string, authors: Iterable<string>): Set<string> {
  const tokens = tokenize(question);
  const words = new Set(tokens.map((t) => t.word.replace(/'s$/, '')));
  const all = [...new Set(authors)];
  const named = new Set<string>();
  for (const author of all) {
    const parts = nameWords(author);
    const hits = parts.filter((p) => words.has(p)).length;
    if (parts.length > 0 && hits >= Math.min(2, parts.length)) named.add(author);
    else if (hits === 1 && parts.length > 1) {
      const own = new Set(parts);
      const others = new Set(all.filter((a) => a !== author).flatMap(nameWords));
      const oneName = (t: Token, i: number) =>
        (t.word === parts[0] || t.word === parts.at(-1)) && !others.has(t.word) && /\p{Lu}/u.test(question[t.start]!) && !inAnotherName(question, tokens, i, own);
      if (tokens.some(oneName)) named.add(author);
    }
  }
  return named;
}

/**
 * A verb of naming something in a text, with what it names after it: "mention", "refer to"; "cite" and "quote" when
 * someone other than the user does it ("Does Zhang Chao cite …", "the article quoted …"), not when asked to ("Can you
 * quote Kim Il Sung on trade?", "quotes Kim Il Sung gave").
 */
const MENTIONING =
  /\b(?:mention(?:s|ed|ing)?|refer(?:s|red|ring)?\s+to|cite[sd]|quoted|(?<=\b(?:does|did|do|has|have|had)\s+(?!(?:i|we|you|u)\s)(?:[\p{L}'’.-]+\s+){1,5})(?:cite|quote))\s+$/iu;

/**
 * "Does the article mention Kim Il Sung?", "Did Kim ever refer to Zhang Chao?", "Does Zhang Chao cite Kim Il Sung?":
 * the authors named as what is mentioned, right after the verb, not as who mentions it; their names are words to
 * count, not authors to keep to.
 */
export function authorsMentioned(question: string, authors: Iterable<string>): string[] {
  const named = namedAuthors(question, authors);
  const tokens = tokenize(question);
  return [...named].filter((author) => {
    const parts = new Set(nameWords(author));
    return tokens.some((t, i) => parts.has(t.word) && !inAnotherName(question, tokens, i, parts) && MENTIONING.test(question.slice(0, t.start)));
  });
}

/**
 * The question with the names of the authors it mentions (`authorsMentioned`) blanked out, and what a name's possessive
 * names with it ("Which of his speeches mention Zhang Chao?" → "Which of his speeches mention           ?"; "Does the
 * article cite Kim Il Sung's speeches?" → "Does the article cite                     ?"): whose works it asks about,
 * and what of them, is read from the rest.
 */
export function withoutAuthorsMentioned(question: string, mentioned: readonly string[]): string {
  const words = new Set(mentioned.flatMap(nameWords));
  if (words.size === 0) return question;
  const tokens = tokenize(question);
  const named = tokens.flatMap((t, i) => {
    if (!words.has(t.word)) return [];
    const possessed = tokens[i + 1];
    const possessive = /['’]s$/.test(question.slice(t.start, t.end)) && possessed && /^\s+$/.test(question.slice(t.end, possessed.start));
    return possessive ? [{ start: t.start, end: possessed.end }] : [t];
  });
  return blankedOut(question, named);
}

/**
 * The authors a question asks about: those it names; or, for "he", "his" or "him" with no one named and no word
 * for secondary literature ("What does the article say about his policy?"), the primary author.
 */
export function authorsAsked(question: string, authors: CorpusAuthors): Set<string> {
  const named = namedAuthors(question, authors.all);
  if (named.size > 0 || authors.primary === null || authors.all.length < 2) return named;
  return PERSONAL_PRONOUN.test(question) && !pointsAtScholarship(question) ? new Set([authors.primary]) : named;
}
