/**
 * Citation formatters for one quoted work: Chicago (17th, bibliography), MLA (9th, works cited), APA (7th, reference
 * list) and BibTeX. Pure and small on purpose: our items always have the same shape (one author's dated text, maybe in
 * a printed collection), so four formatters beat shipping citeproc plus vendored CSL styles in the browser.
 * Output is a list of segments so callers can render italics as <i>, as Markdown, or drop them for plain text.
 */
import { CITE_STYLE_NAMES, CiteStyle, type Citation, type WorkSummary } from '../../../../server/contract.ts';
import { onSeveralPages, withFullStop } from '../../../../server/answer/format.ts';
import { MONTHS, parseIsoDate } from './dates.ts';

export type { CiteStyle };
export const CITE_STYLES: { id: CiteStyle; label: string }[] = CiteStyle.options.map((id) => ({ id, label: CITE_STYLE_NAMES[id] }));

export type Segment = string | { italic: string };

/** Everything a formatter may use; built from a citation part plus its work's summary when it is known. */
export interface CiteSource {
  title: string;
  date: string | null;
  year: number | null;
  author?: string;
  /** What the text is, e.g. "Concluding Speech at the … Central Committee …". */
  occasion?: string;
  place?: string;
  /** The printed collection or journal the work appears in. */
  source?: string;
  /** The work's page range in the source, e.g. "1-3". */
  pages?: string;
  /** The page the quote is on. */
  page?: number;
  /** Absolute URL of the passage. */
  url?: string;
  workId: string;
}

export function citeSource(c: Citation, work?: WorkSummary, url?: string): CiteSource {
  return {
    title: c.title,
    date: c.date,
    year: c.year,
    author: work?.author,
    occasion: work?.occasion,
    place: work?.place,
    source: work?.source,
    pages: c.pages ?? work?.pages,
    page: c.page,
    url,
    workId: c.workId,
  };
}

/** A work as a whole (no quote, no page of its own): for a bibliography, or "How do I cite the 1961 speech?". */
export function workCiteSource(work: Pick<WorkSummary, 'id' | 'title' | 'date' | 'year' | 'author' | 'occasion' | 'place' | 'source' | 'pages'>, url?: string): CiteSource {
  return {
    title: work.title,
    date: work.date,
    year: work.year,
    author: work.author,
    occasion: work.occasion,
    place: work.place,
    source: work.source,
    pages: work.pages,
    url,
    workId: work.id,
  };
}

const SMALL_WORDS = new Set(
  'a an and as at but by for from in into nor of on or per the to vs via with'.split(' '),
);

/** Articles and particles of other languages in names ("Dar-el-Tahrir", "Jeich al Shaab"). */
const NAME_PARTICLES = new Set(['al', 'el', 'de', 'la', 'le', 'du', 'da', 'di', 'der', 'van', 'von']);
/** What stays lower case inside a hyphenated name, as English small words do. */
const SMALL_PARTS = new Set([...SMALL_WORDS, ...NAME_PARTICLES]);

/**
 * Headline-style capitalisation (Chicago, MLA): first and last words and every major word, hyphenated parts too but
 * the small words after the first ("Editor-in-Chief", "Dar-el-Tahrir"); a name's particle the title writes in lower
 * case keeps it ("the Syrian Magazine Jeich al Shaab").
 */
export function headlineCase(title: string): string {
  const words = title.split(/(\s+)/);
  const idx = words.map((w, i) => (/\S/.test(w) ? i : -1)).filter((i) => i >= 0);
  const first = idx[0];
  const last = idx.at(-1);
  return words
    .map((w, i) => {
      if (!/\S/.test(w)) return w;
      const lower = w.toLowerCase();
      const prev = words[i - 2] ?? '';
      const afterColon = /[:—]$/.test(prev);
      if (i !== first && i !== last && !afterColon && SMALL_WORDS.has(lower.replace(/[^a-z]/g, ''))) return lower;
      if (i !== first && NAME_PARTICLES.has(w)) return w;
      return w
        .split('-')
        .map((part, k) => (k > 0 && SMALL_PARTS.has(part.toLowerCase()) ? part.toLowerCase() : part.replace(/^([^A-Za-z]*)([a-z])/, (_m, pre: string, ch: string) => pre + ch.toUpperCase())))
        .join('-');
    })
    .join('');
}

/** Sentence-style capitalisation (APA): keep the title as stored (it is stored in sentence case), capitalise after a colon. */
export function sentenceCase(title: string): string {
  const t = title.charAt(0).toUpperCase() + title.slice(1);
  return t.replace(/:\s+([a-z])/g, (_m, ch: string) => `: ${ch.toUpperCase()}`);
}

/** "Zhang, Chao" → family "Zhang", given "Chao"; a name without a comma ("Kim Il Sung") is kept whole, as printed. */
function splitName(author: string): { family: string; given?: string } {
  const [family, given] = author.split(',').map((s) => s.trim());
  return given ? { family: family!, given } : { family: author.trim() };
}

function pageRange(pages: string): string {
  return pages.replace(/\s*[-–]\s*/, '–');
}

/** Several pages: a range ("34-44"), or a first page and those after it, where the source gives no last ("45ff."). */
const isRange = (pages: string): boolean => onSeveralPages({ pages });

/** Quoted title with the closing punctuation inside the quotes, as American styles require. */
function quotedTitle(title: string, punct: '.' | ','): string {
  const t = title.replace(/“/g, '‘').replace(/”/g, '’');
  return /[.!?]$/.test(t) ? `“${t}”` : `“${t}${punct}”`;
}

const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function mlaDate(date: string | null, year: number | null): string | null {
  const d = parseIsoDate(date);
  if (d) return `${d.day} ${MLA_MONTHS[d.month - 1]} ${d.year}`;
  return year != null ? String(year) : null;
}

function apaDate(date: string | null, year: number | null): string {
  const d = parseIsoDate(date);
  if (d) return `(${d.year}, ${MONTHS[d.month - 1]} ${d.day})`;
  return year != null ? `(${year})` : '(n.d.)';
}

/** A printed source as stored, e.g. "On Self-Reliance … Economy (Foreign Languages Publishing House, Pyongyang, Juche 111 (2022))". */
export interface Container {
  title: string;
  publisher?: string;
  place?: string;
  year?: number;
}

/** Splits "Title (Publisher, Place, Year)" — the trailing parenthesis may itself contain one — into its parts. */
export function parseContainer(source: string): Container {
  const s = source.trim();
  if (!s.endsWith(')')) return { title: s };
  let depth = 0;
  let open = -1;
  for (let i = s.length - 1; i >= 0; i--) {
    if (s[i] === ')') depth++;
    else if (s[i] === '(' && --depth === 0) {
      open = i;
      break;
    }
  }
  if (open <= 0) return { title: s };
  const title = s.slice(0, open).trim();
  const inner = s.slice(open + 1, -1);
  const years = [...inner.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)];
  const year = years.length ? Number(years.at(-1)![1]) : undefined;
  const parts = inner.split(/,\s*/).filter((p) => !/\d/.test(p));
  return { title, publisher: parts[0], place: parts[1], year };
}

function longDate(date: string | null): string | null {
  const d = parseIsoDate(date);
  return d ? `${MONTHS[d.month - 1]} ${d.day}, ${d.year}` : null;
}

/** Chicago notes-bibliography style (17th ed.), bibliography entry. */
export function chicago(s: CiteSource): Segment[] {
  const out: Segment[] = [];
  if (s.author) {
    const n = splitName(s.author);
    out.push(withFullStop(n.given ? `${n.family}, ${n.given}` : n.family) + ' ');
  }
  out.push(quotedTitle(headlineCase(s.title), '.'));
  const when = longDate(s.date) ?? (s.year != null ? String(s.year) : 'n.d.');
  const desc = [s.occasion, s.place, when, s.source ? null : s.pages && pageRange(s.pages)].filter(Boolean).join(', ');
  out.push(` ${withFullStop(desc)}`);
  if (s.source) {
    const c = parseContainer(s.source);
    out.push(' In ', { italic: headlineCase(c.title) }, s.pages ? withFullStop(`, ${pageRange(s.pages)}`) : '.');
    const imprint = [c.place && c.publisher ? `${c.place}: ${c.publisher}` : c.publisher ?? c.place, c.year].filter(Boolean).join(', ');
    if (imprint) out.push(` ${imprint}.`);
  }
  if (s.url) out.push(` ${s.url}.`);
  return out;
}

/** MLA 9th edition, works-cited entry: the original date after the title, then the container. */
export function mla(s: CiteSource): Segment[] {
  const out: Segment[] = [];
  if (s.author) {
    const n = splitName(s.author);
    out.push(withFullStop(n.given ? `${n.family}, ${n.given}` : n.family) + ' ');
  }
  const date = mlaDate(s.date, s.year);
  const pp = s.pages ? `${isRange(s.pages) ? 'pp.' : 'p.'} ${pageRange(s.pages)}` : null;
  if (s.source) {
    const c = parseContainer(s.source);
    out.push(quotedTitle(headlineCase(s.title), '.'));
    if (date) out.push(` ${date}.`);
    out.push(' ', { italic: headlineCase(c.title) });
    const rest = [c.publisher, c.year, pp].filter(Boolean);
    out.push(rest.length ? withFullStop(`, ${rest.join(', ')}`) : '.');
  } else if (s.occasion || s.place) {
    // A speech not printed in a collection: Title. Event, Date, Location.
    out.push(quotedTitle(headlineCase(s.title), '.'), ` ${[s.occasion, date, s.place].filter(Boolean).join(', ')}.`);
  } else if (pp) {
    // Pages and no container named: part of one (an article whose journal the metadata does not give), so in quotation marks.
    out.push(quotedTitle(headlineCase(s.title), '.'), ` ${withFullStop([date, pp].filter(Boolean).join(', '))}`);
  } else {
    out.push({ italic: headlineCase(s.title) }, '.');
    const rest = [date, pp].filter(Boolean);
    if (rest.length) out.push(` ${withFullStop(rest.join(', '))}`);
  }
  if (s.url) out.push(` ${s.url}.`);
  return out;
}

/** APA 7th edition, reference-list entry. A work reprinted in a dated collection gets "(Original work published …)". */
export function apa(s: CiteSource): Segment[] {
  const out: Segment[] = [];
  const c = s.source ? parseContainer(s.source) : null;
  const date = c?.year != null ? `(${c.year})` : apaDate(s.date, s.year);
  const title = sentenceCase(s.title);
  if (s.author) {
    const n = splitName(s.author);
    const initials = n.given
      ?.split(/[\s-]+/)
      .filter(Boolean)
      .map((g) => `${g.charAt(0).toUpperCase()}.`)
      .join(' ');
    out.push(`${withFullStop(initials ? `${n.family}, ${initials}` : n.family)} ${date}. `);
  }
  if (c) {
    out.push(s.author ? `${withFullStop(title)} ` : `${withFullStop(title)} ${date}. `);
    out.push('In ', { italic: c.title }, s.pages ? ` (${isRange(s.pages) ? 'pp.' : 'p.'} ${pageRange(s.pages)}).` : '.');
    if (c.publisher) out.push(` ${withFullStop(c.publisher)}`);
    if (c.year != null && s.year != null && c.year !== s.year) out.push(` (Original work published ${s.year})`);
  } else {
    // A part of something (pages, no container named: an article whose journal is not given) is not italic; a work on its own is.
    out.push(s.pages ? title : { italic: title });
    if (!s.author) out.push(` ${date}`);
    const desc = [s.occasion, s.place].filter(Boolean).join(', ');
    out.push(desc ? `. ${withFullStop(desc)}` : '.');
  }
  if (s.url) out.push(` ${s.url}`);
  return out;
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function bibEscape(s: string): string {
  return s.replace(/([{}&%$#_])/g, '\\$1').replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
}

/** Citation key: family name + year (or "nd") + first significant title word, lower-case ASCII. */
export function bibtexKey(s: CiteSource): string {
  const family = s.author ? splitName(s.author).family.split(/\s+/)[0]! : 'anon';
  const word =
    s.title
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .find((w) => w.length > 3 && !SMALL_WORDS.has(w)) ?? 'text';
  return `${family.toLowerCase().replace(/[^a-z0-9]/g, '')}${s.year ?? 'nd'}${word}`;
}

/**
 * A BibTeX entry: @incollection when the work is printed in a collection (year = the collection's, the text's own
 * date in `note` and biblatex's `origdate`), @misc otherwise (year and month = the text's date).
 */
export function bibtex(s: CiteSource): string {
  const d = parseIsoDate(s.date);
  const c = s.source ? parseContainer(s.source) : null;
  const fields: [string, string][] = [];
  if (s.author) {
    const n = splitName(s.author);
    // A name without a comma is kept as printed (family name first): double braces stop BibTeX from reordering it.
    fields.push(['author', n.given ? `{${bibEscape(n.family)}, ${bibEscape(n.given)}}` : `{{${bibEscape(n.family)}}}`]);
  }
  fields.push(['title', `{${bibEscape(headlineCase(s.title))}}`]);
  if (c) {
    fields.push(['booktitle', `{${bibEscape(c.title)}}`]);
    if (c.publisher) fields.push(['publisher', `{${bibEscape(c.publisher)}}`]);
    if (c.place) fields.push(['address', `{${bibEscape(c.place)}}`]);
    if (c.year != null) fields.push(['year', `{${c.year}}`]);
    else if (s.year != null) fields.push(['year', `{${s.year}}`]);
    if (s.date) fields.push(['origdate', `{${s.date}}`]);
  } else {
    if (s.year != null) fields.push(['year', `{${s.year}}`]);
    if (d) fields.push(['month', BIBTEX_MONTHS[d.month - 1]!]);
  }
  // BibTeX writes a first page and those after it "45+".
  if (s.pages) fields.push(['pages', `{${s.pages.replace(/\s*[-–]\s*/, '--').replace(/\s*ff\.?$/, '+')}}`]);
  const when = d ? `${d.day} ${MONTHS[d.month - 1]} ${d.year}` : s.year != null ? String(s.year) : 'undated';
  const note = [s.occasion, s.place, when].filter(Boolean).join(', ');
  fields.push(['note', `{${bibEscape(note)}}`]);
  if (s.url) fields.push(['url', `{${s.url}}`]);
  const width = Math.max(...fields.map(([k]) => k.length));
  return `@${c ? 'incollection' : 'misc'}{${bibtexKey(s)},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`).join(',\n')}\n}`;
}

export function formatCitation(style: CiteStyle, s: CiteSource): Segment[] {
  switch (style) {
    case 'chicago':
      return chicago(s);
    case 'mla':
      return mla(s);
    case 'apa':
      return apa(s);
    case 'bibtex':
      return [bibtex(s)];
  }
}

export function toPlain(segments: Segment[]): string {
  return segments.map((s) => (typeof s === 'string' ? s : s.italic)).join('');
}

export function toMarkdown(segments: Segment[]): string {
  return segments.map((s) => (typeof s === 'string' ? s : `*${s.italic}*`)).join('');
}

/** A short attribution for a copied quote: Kim Il Sung, “Title,” 1 December 1961, p. 3. */
export function shortAttribution(s: CiteSource, dateLabel: string): string {
  const parts = [s.author, quotedTitle(s.title, ',').replace(/,”$/, '”'), dateLabel];
  if (s.page != null) parts.push(`p. ${s.page}`);
  return parts.filter(Boolean).join(', ');
}

/** What the list of sources at the end of an essay is called in each style. */
export const SOURCES_HEADING: Record<CiteStyle, string> = { chicago: 'Bibliography', mla: 'Works Cited', apa: 'References', bibtex: 'BibTeX' };

/** A citation in the style, as Markdown (BibTeX as a code block). */
export function citationMarkdown(style: CiteStyle, source: CiteSource): string {
  const segments = formatCitation(style, source);
  return style === 'bibtex' ? `\`\`\`bibtex\n${toPlain(segments)}\n\`\`\`` : toMarkdown(segments);
}

/** "Chicago: …": a citation as Markdown after its style's name; a BibTeX fence on a line of its own, or it is no code block. */
export function labelledCitationMarkdown(style: CiteStyle, source: CiteSource): string {
  return `${CITE_STYLE_NAMES[style]}:${style === 'bibtex' ? '\n\n' : ' '}${citationMarkdown(style, source)}`;
}

/** Sources in the order of a list of sources: alphabetical, as each reads in the style (each written once to sort). */
export function inBibliographyOrder(style: CiteStyle, sources: readonly CiteSource[]): CiteSource[] {
  const keyed = sources.map((source) => ({ source, key: toPlain(formatCitation(style, source)) }));
  return keyed.sort((a, b) => a.key.localeCompare(b.key)).map((k) => k.source);
}
