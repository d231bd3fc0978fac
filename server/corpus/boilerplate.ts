/** Lines of publisher front matter that are never text or headers, and the "ignore" predicate built from them. */
import { normalizeSpace, stripHeaderMarkup } from './text.ts';

const BOILERPLATE = [/^WORKING PEOPLE OF THE WHOLE WORLD, UNITE!?$/i, /^CONTENTS$/];

export function isBoilerplate(text: string): boolean {
  const s = normalizeSpace(stripHeaderMarkup(text));
  return BOILERPLATE.some((re) => re.test(s));
}

/** Lines that end a header scan: boilerplate and the author's name line. */
export function ignoreLines(authorLine: string | null): (line: string) => boolean {
  return (line) => isBoilerplate(line) || (authorLine !== null && normalizeSpace(stripHeaderMarkup(line)) === authorLine);
}
