/**
 * The works a question about the collection lists (pure): those the filters let through, of the years the question
 * names or bounds ("Which works are from the 1970s?"), and of the kind it names ("List his speeches") when some
 * work's title or occasion says it; the kind is reported either way, for the lead to say what was found.
 */
import type { Work } from '../corpus/types.ts';
import { workMatches, type PassageFilters } from '../retrieval/filters.ts';
import { inTimeAsked, type ParsedQuery } from '../retrieval/query.ts';
import { stem, tokenize } from '../retrieval/text.ts';
import { timeAsked } from './format.ts';

export interface CollectionAsked {
  /** In the collection's order. */
  works: Work[];
  /** " from 1970–1979", " dated after 1980": the time the question keeps to (`timeAsked`); "" for none. */
  time: string;
  /** The kind of work the question names, as titles write it ("speech"), and whether a title or occasion says it. */
  kind: { word: string; found: boolean } | null;
}

/** Words for kinds of works, as a question asks for them and as titles and occasions write them ("Concluding Speech at …", "Talk to …"). */
const KINDS = new Map([
  ['speeches', 'speech'],
  ['talks', 'talk'],
  ['interviews', 'interview'],
]);

/** The works of the question as read (`parseQuery`) that the filters let through, and how to say which. */
export function collectionAsked(question: Pick<ParsedQuery, 'text' | 'years' | 'yearBounds'>, works: readonly Work[], filters: PassageFilters): CollectionAsked {
  const { years, yearBounds } = question;
  const inTime = works.filter((w) => workMatches(w, filters) && inTimeAsked(w.year, years, yearBounds));
  const time = timeAsked({ years: [...years].sort((a, b) => a - b), bounds: yearBounds });
  const word = tokenize(question.text)
    .map((t) => KINDS.get(t.word))
    .find((kind) => kind !== undefined);
  if (!word) return { works: inTime, time, kind: null };
  const term = stem(word);
  const ofKind = inTime.filter((w) => tokenize(`${w.title} ${w.occasion ?? ''}`).some((t) => t.term === term));
  return ofKind.length ? { works: ofKind, time, kind: { word, found: true } } : { works: inTime, time, kind: { word, found: false } };
}
