/** `npm run search -- "question" [--k 5] [--from 1967] [--to 1987] [--work ID]`: ranked passages with title, date, page and quote. */
import { parseArgs } from 'node:util';
import { readAsLine, SearchQuery, SPEAKER_NOTES } from '../contract.ts';
import { parseConfig } from '../config.ts';
import { requireKnownWork } from '../retrieval/filters.ts';
import { createDeps } from '../deps.ts';
import { runCli } from './run.ts';

await runCli('npm run search -- "question" [--k 5] [--from 1967] [--to 1987] [--work ID]', async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { k: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, work: { type: 'string' } },
  });
  const query = SearchQuery.parse({ q: positionals.join(' '), ...values });
  const deps = await createDeps(parseConfig(process.env), { log: (m) => console.error(m) });
  requireKnownWork(deps.corpus.works, query.work);
  const ranking = await deps.retriever.search(query.q, query, query.k);
  if (ranking.corrections.length > 0) console.log(`${readAsLine(ranking.corrections)}\n`);
  if (ranking.abstain) console.log('The sources do not appear to address this question. Closest passages:\n');
  ranking.passages.forEach((p, i) => {
    const where = [p.work.date ?? 'undated', p.paragraph.page !== undefined ? `p. ${p.paragraph.page}` : p.work.pages ? `pp. ${p.work.pages}` : null]
      .filter(Boolean)
      .join(', ');
    console.log(`${i + 1}. ${p.work.title} (${where})  score ${p.score}  [${p.paragraph.id}]`);
    const speaker = p.paragraph.speaker ? ` (${SPEAKER_NOTES[p.paragraph.speaker]})` : '';
    console.log(`   “${p.quote}”${speaker}\n`);
  });
});
