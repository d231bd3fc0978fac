/**
 * A tiny parser for the answer markdown the server writes: paragraphs, **bold**, *italics*, `> ` quote lines and
 * `[n]` citation markers. Nothing else is recognised; everything else is text. Pure: text in, blocks out.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'cite'; n: number };

export type Block =
  /** A run of ordinary lines (joined by line breaks). */
  | { type: 'paragraph'; lines: Inline[][] }
  /** A `> … [n]` line: a quote whose words, title and date are rendered from citation n. */
  | { type: 'quote'; n: number; text: string }
  /** `> ` lines without a trailing marker (e.g. while the marker is still streaming in). */
  | { type: 'blockquote'; lines: Inline[][] };

const QUOTE_WITH_MARKER = /^>\s?(.*?)\s*\[(\d+)\]\s*$/;
const INLINE = /(\*\*(?=\S)[^*]*?\S\*\*|\*(?=[^\s*])[^*]*?[^\s*]\*|\*[^\s*]\*|\[\d+\])/;

/** Parses one line's inline markup. Unclosed `**`/`*` stay literal text. */
export function parseInline(line: string): Inline[] {
  const out: Inline[] = [];
  let rest = line;
  while (rest.length > 0) {
    const m = INLINE.exec(rest);
    if (!m) {
      pushText(out, rest);
      break;
    }
    if (m.index > 0) pushText(out, rest.slice(0, m.index));
    const tok = m[0];
    if (tok.startsWith('**')) out.push({ type: 'strong', children: parseInline(tok.slice(2, -2)) });
    else if (tok.startsWith('*')) out.push({ type: 'em', children: parseInline(tok.slice(1, -1)) });
    else out.push({ type: 'cite', n: Number(tok.slice(1, -1)) });
    rest = rest.slice(m.index + tok.length);
  }
  return out;
}

function pushText(out: Inline[], text: string) {
  const last = out.at(-1);
  if (last?.type === 'text') last.text += text;
  else out.push({ type: 'text', text });
}

/** Splits answer markdown into blocks: blank lines end paragraphs, every `> … [n]` line is its own quote block. */
export function parseAnswer(markdown: string): Block[] {
  const blocks: Block[] = [];
  let para: Inline[][] | null = null;
  let bq: Inline[][] | null = null;
  const flush = () => {
    if (para) blocks.push({ type: 'paragraph', lines: para });
    if (bq) blocks.push({ type: 'blockquote', lines: bq });
    para = null;
    bq = null;
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('>')) {
      const cited = QUOTE_WITH_MARKER.exec(line);
      if (cited) {
        flush();
        blocks.push({ type: 'quote', n: Number(cited[2]), text: cited[1]! });
        continue;
      }
      if (para) flush();
      bq ??= [];
      bq.push(parseInline(line.replace(/^>\s?/, '')));
      continue;
    }
    if (bq) flush();
    para ??= [];
    para.push(parseInline(line.trim()));
  }
  flush();
  return blocks;
}
