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
import { decodeText } from '../corpus/text.ts';
import { AppError } from '../errors.ts';
import { createDeps } from '../deps.ts';
import { passageCounts, toWorkSummary } from '../http/present.ts';
import { runCli } from './run.ts';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The text of an essay file as saved (UTF-8, or UTF-16 with its byte-order mark); a clear error for any other bytes. */
function essayText(bytes: Buffer, name: string): string {
  if (bytes.length === 0) return '';
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new AppError('bad_request', `cannot read ${name}: ${decoded.message}. Save it as plain text (UTF-8).`);
  return decoded.text;
}

await runCli('npm run check -- essay.txt [--json]  (or the text on standard input: npm run check -- - < essay.txt)', async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const file = positionals[0];
  const fromFile = file && file !== '-';
  const bytes = fromFile ? await readFile(file) : await readStdin();
  const { text } = CheckRequest.parse({ text: essayText(bytes, fromFile ? `"${file}"` : 'standard input') });
  const deps = await createDeps(parseConfig(process.env), { log: (m) => console.error(m) });
  const claims = (await deps.checker.check(text)).map(toCheckClaim);
  if (values.json) {
    console.log(JSON.stringify({ claims }, null, 2));
    return;
  }
  const counts = passageCounts(deps.corpus);
  process.stdout.write(formatFindings(claims, new Map(deps.corpus.works.map((w) => [w.id, toWorkSummary(w, counts.get(w.id) ?? 0)]))));
});
