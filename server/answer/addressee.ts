/**
 * Whom a question asks he met, spoke or wrote to (pure): "the interview with the Japanese journalists", "What did he
 * tell the Cuban delegation?", "the president of Brazil". The works' titles and occasions say whom each addressed, so
 * an addressee named by words none of them holds is one no heading of the collection names, whatever its passages
 * mention (which of them a name like "European" takes in, the headings do not say).
 */
import { withArticle } from './format.ts';

/** Those a work may be addressed to, when named: "the Iraqi journalists", "the editor-in-chief", "the Peruvian ex-premier". */
export const NAMED_ADDRESSEES = String.raw`(?:newspapers?|magazines?|journals?|journalists?|interviewers?|reporters?|editors?|publish(?:ers?|ing\s+houses?)|delegations?|delegates|visitors?|guests?|officials?|leaders?|(?:ex-)?premiers?|presidents?|ministers?|ambassadors?)`;
/** A word for whom a work addressed, as a pattern's source: "delegation", "journalists'", "the people". */
export const ADDRESSEE_NOUNS = String.raw`(?:${NAMED_ADDRESSEES}|people|persons?|guys?|m[ae]n|countr(?:y|ies)|nations?)(?:['’]s?)?`;
/** The verbs of addressing someone: "talk to", "meet", "receive", "interviewed", "tell", "answer" (not "talk about"). */
export const ADDRESSED = /\b(?:(?:talk(?:ed|ing|s)?|sp(?:o|ea)ke?(?:n|s|ing)?|s(?:ay|aid|aying))\s+(?:to|with)|me(?:e)?t(?:s|ing)?(?:\s+with)?|receiv(?:e|ed|es|ing)|welcom(?:e|ed|es|ing)|greet(?:s|ed|ing)?|interview(?:ed|s|ing)?|address(?:ed|es|ing)?|tell|told|telling|answer(?:ed|s|ing)?|repl(?:y|ied|ies)(?:\s+to)?)\b/i;
/** A text with its verbs of addressing blanked out, each by as many spaces ("What did he say when he      the …"). */
export const withoutAddressing = (text: string): string => text.replace(new RegExp(ADDRESSED.source, 'gi'), (verb) => ' '.repeat(verb.length));
const WORKS_GIVEN = String.raw`(?:interviews?|speech(?:es)?|talks?|meetings?|conversations?|letters?|messages?|answers)`;
/**
 * A work to someone: "the interview with", "his speech to", "a letter to"; given to someone: "Did he give an interview
 * to …", "Which interviews did he give to …".
 */
const WORK_TO = String.raw`\b${WORKS_GIVEN}\s+(?:with|to|for)\b|\bg(?:ive|ives|ave|iven|iving)\s+(?:(?:an?|the|his|this|that)\s+)?${WORKS_GIVEN}\s+to\b|\b${WORKS_GIVEN}\b[^?.!;]{0,40}?\bg(?:ive|ives|ave|iven|iving)\s+to\b`;
/** A name as written: "Japanese", "Non-Aligned", "Workers'"; or, in a question typed in lower case, any word. */
const NAME = String.raw`\p{Lu}[\p{L}'’-]*`;
const ANY_WORD = String.raw`[\p{L}'’-]+`;
/** "the Japanese journalists", "a Cuban delegation": names, then a word for whom. */
const namesThenWhom = (name: string) => new RegExp(String.raw`^\s+((?:(?:the|a|an|some|those|these)\s+)?((?:${name}\s+){1,3})(${NAMED_ADDRESSEES})(?:['’]s?)?)(?![\p{L}])`, 'u');
/** "the president of Brazil": a word for whom, then the names it is of. */
const whomOfNames = (name: string) => new RegExp(String.raw`^\s+((?:(?:the|a|an)\s+)?(${NAMED_ADDRESSEES})\s+of\s+(?:the\s+)?(${name}(?:\s+(?:of\s+(?:the\s+)?)?${name}){0,2}))(?![\p{L}])`, 'u');
const ofNames = (name: string) => ({ before: namesThenWhom(name), after: whomOfNames(name) });
const [CAPITALISED, UNCASED] = [ofNames(NAME), ofNames(ANY_WORD)];
const ADDRESSING = new RegExp(`${WORK_TO}|${ADDRESSED.source}`, 'giu');

export interface AddresseeNamed {
  /** As the question says it: "the Japanese journalists". */
  text: string;
  /** The words that name them: "Japanese". */
  names: string[];
  /** The word for whom: "journalists". */
  noun: string;
}

/**
 * The one he addressed that a question names, after a verb of addressing or a work to someone; none when it names
 * none. Names are written with a capital; in a question typed with none but its first letter's, they are the words
 * `isName` holds to be names ("the japanese journalists").
 */
export function addresseeNamed(question: string, isName?: (word: string) => boolean): AddresseeNamed | null {
  const uncased = isName !== undefined && !/\p{Lu}/u.test(question.slice(1).replace(/\bI\b/g, ''));
  const { before: namesFirst, after: namesAfter } = uncased ? UNCASED : CAPITALISED;
  const named = (words: string) => words.split(/\s+/).filter((word) => (uncased ? isName!(word.toLowerCase()) : /^\p{Lu}/u.test(word)));
  for (const verb of question.matchAll(ADDRESSING)) {
    const after = question.slice(verb.index + verb[0].length);
    const before = namesFirst.exec(after);
    const beforeNames = before ? named(before[2]!.trim()) : [];
    if (before && beforeNames.length) return { text: before[1]!, names: beforeNames, noun: before[3]! };
    const of = namesAfter.exec(after);
    const ofNames = of ? named(of[3]!) : [];
    if (of && ofNames.length) return { text: of[1]!, names: ofNames, noun: of[2]! };
  }
  return null;
}

/** "journalists", "a delegation": the word for whom, as said of those works are addressed to. */
export const addresseesSaid = (noun: string): string => (/s$/i.test(noun) ? noun : withArticle(noun));
