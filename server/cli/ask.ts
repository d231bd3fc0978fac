/**
 * `npm run ask -- "question" [--from 1967] [--to 1987] [--work ID] [--compare] [--json]`: the grounded answer
 * with its numbered sources, as a student would paste it into notes.
 */
import { parseArgs } from 'node:util';
import { AnswerRequest, SPEAKER_NOTES, type AnswerResponse } from '../contract.ts';
import { parseConfig } from '../config.ts';
import { requireKnownWork } from '../retrieval/filters.ts';
import type { Work } from '../corpus/types.ts';
import { createDeps } from '../deps.ts';
import { formatDate, formatPages } from '../answer/format.ts';
import { runCli } from './run.ts';

/** The answer, then one line per source: author, title, date, page, passage id. */
export function formatForNotes(answer: AnswerResponse, works: ReadonlyMap<string, Work>): string {
  const sources = answer.citations.map((c) => {
    const work = works.get(c.workId);
    const parts = [work?.author, `*${c.title}*`, formatDate(c.date, c.year), formatPages(c.page, c.pages, c.pageEnd), work?.source].filter(Boolean);
    return `[${c.n}] ${parts.join(', ')}.${c.speaker ? ` Quoted: ${SPEAKER_NOTES[c.speaker]}.` : ''} (${c.passageId})`;
  });
  const note = answer.verifier
    ? `\n\n(${answer.verifier.fallback ? `written answer not used: ${answer.verifier.fallback}` : `${answer.verifier.removed} unverified sentence(s) removed`})`
    : '';
  return `${answer.answer}${note}${sources.length ? `\n\nSources:\n${sources.join('\n')}` : ''}\n`;
}

await runCli('npm run ask -- "question" [--from 1967] [--to 1987] [--work ID] [--compare] [--json]', async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      work: { type: 'string' },
      compare: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const request = AnswerRequest.parse({
    question: positionals.join(' '),
    from: values.from,
    to: values.to,
    work: values.work,
    mode: values.compare ? 'compare' : 'auto',
  });
  const deps = await createDeps(parseConfig(process.env), { log: (m) => console.error(m) });
  requireKnownWork(deps.corpus.works, request.work);
  const answer = await deps.answerer.answer({ question: request.question, filters: request, mode: request.mode });
  if (values.json) console.log(JSON.stringify(answer, null, 2));
  else process.stdout.write(formatForNotes(answer, new Map(deps.corpus.works.map((w) => [w.id, w]))));
});
