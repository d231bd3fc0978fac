/**
 * A quote as it is copied or exported, with whose words it is when they are not the author's (an interviewer's
 * question): every copy and export goes through here, so none drops the note and puts the words in his mouth.
 */
import { SPEAKER_NOTES, type Speaker } from '../../../../server/contract.ts';
import { formatDate } from './dates.ts';
import { shortAttribution, type CiteSource } from './formats.ts';

interface Quoted {
  quote: string;
  speaker?: Speaker | undefined;
}

/** “…” (the interviewer’s question, not the author’s words, Kim Il Sung, “Title”, 20 May 1986): the note, then the attribution if any. */
export function quotedText({ quote, speaker }: Quoted, attribution?: string): string {
  const said = [speaker && SPEAKER_NOTES[speaker], attribution].filter(Boolean).join(', ');
  return said ? `“${quote}” (${said})` : `“${quote}”`;
}

/** A citation's quote with its short attribution, then its URL when it gives one: what "Copy quote" copies. */
export function quoteWithAttribution(c: Quoted & { date: string | null; year: number | null }, source: CiteSource): string {
  const quoted = quotedText(c, shortAttribution(source, formatDate(c.date, c.year)));
  return source.url ? `${quoted} ${source.url}` : quoted;
}

/** The quote as a Markdown blockquote, with the note on a line before it, as the answers' Markdown writes it. */
export function quotedMarkdown({ quote, speaker }: Quoted): string[] {
  const note = speaker ? [`(${SPEAKER_NOTES[speaker]}:)`] : [];
  return [...note, ...quote.split('\n').map((line) => `> ${line}`)];
}
