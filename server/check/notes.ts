/** Findings as plain text for notes (pure): verdict, the exact source wording, the diff, the attribution and a ready citation. */
import { SPEAKER_NOTES, type CheckClaim, type WorkSummary } from '../contract.ts';
import { formatDate } from '../answer/format.ts';
import { citationOf, mismatchSaid, punctuationOnly, wordsLeftOutOnly } from '../../web/src/features/check/marks.ts';

const VERDICTS: Record<CheckClaim['verdict'], string> = {
  exact: 'exact: verbatim in the source',
  close: 'close: not verbatim; the source says',
  not_found: 'not found in the sources',
  sources: 'what the sources say',
  title: 'a work’s title, written otherwise',
  unmarked: 'the source’s words, word for word, with no quotation marks: quote them',
};

/** `[-dropped-]{+added+}` marks, as in a word diff. */
export function diffText(diff: NonNullable<CheckClaim['diff']>): string {
  return diff.map((d) => (d.op === 'equal' ? d.text : d.op === 'delete' ? `[-${d.text}-]` : `{+${d.text}+}`)).join(' ');
}

export function formatFindings(claims: readonly CheckClaim[], works: ReadonlyMap<string, WorkSummary>): string {
  if (claims.length === 0) return 'No quotation or sentence to check.\n';
  return claims
    .map((c, i) => {
      const verdict = c.titled?.part ? 'words of a work’s title, not of the texts' : c.verdict === 'not_found' && c.kind === 'sentence' ? 'the sources do not appear to address this' : VERDICTS[c.verdict];
      const lines = [`${i + 1}. ${c.kind === 'quotation' ? `“${c.text}”` : c.text}`, `   ${verdict}`];
      if (c.titled) {
        lines.push(`   ${c.titled.part ? 'the title' : 'the source writes it'}: “${c.titled.title}” (${formatDate(c.titled.date, c.titled.year)})`);
        if (c.diff) lines.push(`   changes (yours [-…-], source {+…+}): ${diffText(c.diff)}`);
      } else if (c.source) {
        lines.push(`   source wording: “${c.source.quote}”`);
        if (c.source.speaker) lines.push(`   speaker: ${SPEAKER_NOTES[c.source.speaker]}`);
        if (punctuationOnly(c)) lines.push('   changes: none in the words; the punctuation or quotation marks differ');
        else if (c.diff) lines.push(`   changes (yours [-…-], source {+…+}${wordsLeftOutOnly(c) ? '; words left out, no omission mark' : ''}): ${diffText(c.diff)}`);
        if (c.attribution) lines.push(`   attribution: you say ${c.attribution.stated}; the source: ${c.attribution.actual}${c.attribution.ok ? ' (matches)' : ` (${mismatchSaid(c.attribution)})`}`);
        lines.push(`   cite: ${citationOf(c.source, works.get(c.source.workId))}`);
      } else {
        c.passages.forEach((p, n) => {
          const whose = p.speaker ? `, ${SPEAKER_NOTES[p.speaker]}` : '';
          lines.push(`   ${c.verdict === 'sources' ? `[${n + 1}]` : `nearest [${n + 1}]`} ${p.title} (${formatDate(p.date, p.year)}${p.page !== undefined ? `, p. ${p.page}` : ''}${whose}): “${p.quote}”`);
        });
      }
      return lines.join('\n');
    })
    .join('\n\n')
    .concat('\n');
}
