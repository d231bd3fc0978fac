/** The optional LLM writer: connecting prose over the retrieved passages only, with [n] markers; verified before use. */
import { generateText, type LanguageModel } from 'ai';

export interface WriterPassage {
  n: number;
  title: string;
  /** "1 December 1961" or "undated". */
  date: string;
  text: string;
}

export interface ProseWriter {
  /** Model id, for logs. */
  readonly id: string;
  write(question: string, passages: readonly WriterPassage[], signal?: AbortSignal): Promise<string>;
}

export const WRITER_INSTRUCTIONS = [
  'You help a student answer a question about historical texts, using ONLY the numbered passages you are given.',
  'Rules:',
  '- Every sentence must end with the number of the passage it relies on, in square brackets, e.g. [2].',
  '- Put the source\'s own words in double quotation marks, copied exactly, character for character.',
  '- State nothing the passages do not say: no background knowledge, no evaluation, no speculation.',
  '- Mention the title or date of a passage when it helps; they are given with each passage.',
  '- If the passages do not answer the question, say so in one sentence citing the closest passage.',
  '- Plain prose, at most 6 sentences, no headings, no lists.',
].join('\n');

export function writerPrompt(question: string, passages: readonly WriterPassage[]): string {
  const sources = passages.map((p) => `[${p.n}] ${p.title} (${p.date})\n${p.text}`).join('\n\n');
  return `Passages:\n\n${sources}\n\nQuestion: ${question}`;
}

export function createProseWriter(model: LanguageModel, options: { timeoutMs: number }): ProseWriter {
  const id = typeof model === 'string' ? model : `${model.provider}/${model.modelId}`;
  return {
    id,
    async write(question, passages, signal) {
      const timeout = AbortSignal.timeout(options.timeoutMs);
      const result = await generateText({
        model,
        instructions: WRITER_INSTRUCTIONS,
        prompt: writerPrompt(question, passages),
        temperature: 0,
        maxRetries: 1,
        abortSignal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
      return result.text;
    },
  };
}
