/**
 * Whether two words are one word inflected (pure): "import", "imports", "imported", "importing"; not "important",
 * which the Porter stem ("import") stands for too. Regular English inflection only: the plural and third person
 * -s, -es, -ies, and -ses of a noun in -sis; the past -ed, -d, -ied; -ing (a final e dropped, a final consonant
 * doubled). Irregular forms ("built", "men") the stem does not join either.
 */
import { americanSpelling } from './text.ts';

/** The words `word` may be an inflection of, itself included ("imported" → imported, import, importe). */
function bases(word: string): Set<string> {
  const w = americanSpelling(word.toLowerCase());
  const found = new Set([w]);
  const add = (...forms: string[]) => forms.filter((f) => f.length >= 2).forEach((f) => found.add(f));
  // "planned" → plan, "stopping" → stop.
  const undoubled = (stem: string) => (/([b-df-hj-np-tv-z])\1$/.test(stem) ? [stem.slice(0, -1)] : []);
  if (w.endsWith('ies') || w.endsWith('ied')) add(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) add(w.slice(0, -2));
  // "crises" → crisis.
  if (w.endsWith('ses')) add(`${w.slice(0, -3)}sis`);
  if (/[^s]s$/.test(w)) add(w.slice(0, -1));
  if (w.endsWith('ed')) add(w.slice(0, -2), w.slice(0, -1), ...undoubled(w.slice(0, -2)));
  if (w.endsWith('ing')) add(w.slice(0, -3), `${w.slice(0, -3)}e`, ...undoubled(w.slice(0, -3)));
  return found;
}

export function sameWordInflected(a: string, b: string): boolean {
  const ofA = bases(a);
  for (const base of bases(b)) if (ofA.has(base)) return true;
  return false;
}

const DOCTRINE = /^(\p{L}{3,}?)(ist|ism)(s?)$/u;
/**
 * For a word for a doctrine or its followers that the texts write in neither number, the other's forms they do
 * write: "-ism" and "-ist" name one idea ("imperialism" → "imperialist", "imperialists"; "capitalism" →
 * "capitalist"), which the Porter stem keeps apart ("imperi", "imperialist") or joins to another ("capitalism" to
 * "capital"). Empty for any other word, and for one the texts write ("socialists": "socialist").
 */
export function doctrineForms(word: string, inTheTexts: (word: string) => boolean): string[] {
  const m = DOCTRINE.exec(word.toLowerCase());
  if (!m) return [];
  const [, base, ending] = m;
  if ([base + ending!, `${base}${ending}s`].some(inTheTexts)) return [];
  const other = ending === 'ism' ? 'ist' : 'ism';
  return [base + other, `${base}${other}s`].filter(inTheTexts);
}

const DOCTRINE_OF_AN_ACTION = /^(\p{L}{3,}ion)(?:ist|ism)s?$/u;
/**
 * For a doctrine of an action or its followers ("isolationism", "isolationist", "protectionists") that the texts write
 * in no form (`doctrineForms`), the noun of the action they write ("isolation"): what a passage on it speaks of. Null
 * for any other word. For the search only: the texts do not write the doctrine, and a count of it is none.
 */
export function actionOfDoctrine(word: string, inTheTexts: (word: string) => boolean): string | null {
  const m = DOCTRINE_OF_AN_ACTION.exec(word.toLowerCase());
  return m && inTheTexts(m[1]!) ? m[1]! : null;
}
