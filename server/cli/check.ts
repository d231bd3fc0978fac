/**
 * `npm run check -- essay.txt [--json]` (or the text on standard input): each quotation and sentence of the
 * text with its verdict, the exact source wording, the changes and a ready citation.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatFindings } from '../check/notes.ts';
import { toCheckClaim } from '../check/present.ts';
import { parseConfig } from '../config.ts';
import { CheckRequest } from '../contract.ts';
import { createDeps } from '../deps.ts';
import { passageCounts, toWorkSummary } from '../http/present.ts';
import { runCli } from './run.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

await runCli('npm run check -- essay.txt [--json]  (or the text on standard input: npm run check -- - < essay.txt)', async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const file = positionals[0];
  const { text } = CheckRequest.parse({ text: file && file !== '-' ? await readFile(file, 'utf8') : await readStdin() });
  const deps = await createDeps(parseConfig(process.env), { log: (m) => console.error(m) });
  const claims = (await deps.checker.check(text)).map(toCheckClaim);
  if (values.json) {
    console.log(JSON.stringify({ claims }, null, 2));
    return;
  }
  const counts = passageCounts(deps.corpus);
  process.stdout.write(formatFindings(claims, new Map(deps.corpus.works.map((w) => [w.id, toWorkSummary(w, counts.get(w.id) ?? 0)]))));
});
