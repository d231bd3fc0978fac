/** The indexes counting reads (`MentionIndexes`), built from paragraph texts as the index build makes them. */
import { buildLexicalIndex } from '../../server/retrieval/lexical.ts';
import type { MentionIndexes } from '../../server/retrieval/mentions.ts';
import { sentenceSpans, tokenize } from '../../server/retrieval/text.ts';

const termsOf = (text: string) => tokenize(text).map((t) => t.term);

export function mentionIndexes(paragraphs: readonly { text: string }[]): MentionIndexes {
  const sentences = paragraphs.flatMap((p, paragraph) => sentenceSpans(p.text).map((span) => ({ paragraph, span })));
  return {
    paragraphs,
    sentences: { paragraph: Uint32Array.from(sentences, (s) => s.paragraph), start: Uint32Array.from(sentences, (s) => s.span.start), end: Uint32Array.from(sentences, (s) => s.span.end) },
    paragraphLexical: buildLexicalIndex(paragraphs.map((p) => termsOf(p.text))),
    sentenceLexical: buildLexicalIndex(sentences.map((s) => termsOf(paragraphs[s.paragraph]!.text.slice(s.span.start, s.span.end)))),
  };
}
