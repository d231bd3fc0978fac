/** The evaluation question format (JSON Lines), validated line by line. */
import { z } from 'zod';

export const EvalQuestion = z.object({
  id: z.string(),
  question: z.string().min(1),
  kind: z.enum(['fact', 'quote', 'compare', 'paraphrase', 'date', 'unanswerable', 'secondary']),
  gold: z.array(z.object({ quote: z.string().min(1), work: z.string(), date: z.string().nullable() })),
  notes: z.string().optional(),
});
export type EvalQuestion = z.infer<typeof EvalQuestion>;

export function parseDataset(text: string, file: string): EvalQuestion[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, n }) => {
      const parsed = EvalQuestion.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${n}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return parsed.data;
    });
}
