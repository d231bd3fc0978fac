/**
 * The one contract between the server, the web UI and outside tools: zod schemas for every request and
 * response, and the chat message type. Imports nothing but zod, so the browser bundle can use it too.
 */
import { z } from 'zod';
import type { UIMessage } from 'ai';

export const LIMITS = {
  queryChars: 1000,
  questionChars: 2000,
  chatMessages: 50,
  bodyBytes: 1024 * 1024,
  maxK: 50,
  defaultK: 5,
  checkChars: 20_000,
} as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date YYYY-MM-DD');

/** A year ("1967") or an ISO date ("1967-12-16"); validated as a real calendar date. */
export const DateBound = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}-\d{2})?$/, 'must be a year (1967) or an ISO date (1967-12-16)')
  // A bound of the wrong shape is told once, by the pattern: only a date of the right shape is checked for being a real one.
  .refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || (!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)), {
    message: 'is not a real calendar date',
  });

// ---------- works ----------

export const WorkSummary = z.object({
  id: z.string(),
  title: z.string(),
  date: isoDate.nullable(),
  year: z.number().int().nullable(),
  author: z.string(),
  /** The author's institution, when the source prints one beside the name. */
  affiliation: z.string().optional(),
  occasion: z.string().optional(),
  place: z.string().optional(),
  pages: z.string().optional(),
  source: z.string().optional(),
  /** Set when the source prints excerpts of the work, not the whole of it (its heading says "(Excerpts)"). */
  excerpts: z.literal(true).optional(),
  passages: z.number().int(),
});
export type WorkSummary = z.infer<typeof WorkSummary>;

export const WorksResponse = z.object({ works: z.array(WorkSummary) });

/**
 * Whose words a paragraph holds when they are not its work's author's: "interviewer" for a question put to him in
 * an interview (from "Question:" up to "Answer:"). Absent: the author's own words.
 */
export const Speaker = z.enum(['interviewer']);
export type Speaker = z.infer<typeof Speaker>;
/** How every view names words that are not the author's, so none presents them as his. */
export const SPEAKER_NOTES: Record<Speaker, string> = { interviewer: 'the interviewer’s question, not the author’s words' };

export const WorkParagraph = z.object({
  id: z.string(),
  position: z.number().int(),
  page: z.number().int().optional(),
  text: z.string(),
  speaker: Speaker.optional(),
});
export type WorkParagraph = z.infer<typeof WorkParagraph>;

export const WorkDetail = WorkSummary.extend({ paragraphs: z.array(WorkParagraph) });
export type WorkDetail = z.infer<typeof WorkDetail>;

// ---------- search ----------

export const Filters = z.object({
  from: DateBound.optional(),
  to: DateBound.optional(),
  work: z.string().trim().min(1).max(200).optional(),
});
export type Filters = z.infer<typeof Filters>;

/** A `DateBound` as the date it bounds: "1967" → 1967-01-01 as a lower bound, 1967-12-31 as an upper one; ISO dates stand as they are. */
export function boundDate(value: string, side: 'from' | 'to'): string {
  if (/^\d{4}$/.test(value)) return side === 'from' ? `${value}-01-01` : `${value}-12-31`;
  return value;
}

/** A time that starts after it ends ("from 1990 to 1960") matches nothing: refused, as the UI's filter form refuses it. */
function boundsInOrder({ from, to }: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx): void {
  if (from && to && boundDate(from, 'from') > boundDate(to, 'to')) ctx.addIssue({ code: 'custom', message: `from (${from}) is after to (${to})` });
}

export const SearchQuery = Filters.extend({
  q: z.string().trim().min(1, 'q is required').max(LIMITS.queryChars, `q is over ${LIMITS.queryChars} characters`),
  k: z.coerce.number().int().min(1).max(LIMITS.maxK).default(LIMITS.defaultK),
}).superRefine(boundsInOrder);
export type SearchQuery = z.infer<typeof SearchQuery>;

export const Passage = z.object({
  id: z.string(),
  workId: z.string(),
  title: z.string(),
  date: isoDate.nullable(),
  year: z.number().int().nullable(),
  page: z.number().int().optional(),
  /** The whole paragraph. */
  text: z.string(),
  /** The verbatim span of `text` that best matches the question. */
  quote: z.string(),
  score: z.number(),
  speaker: Speaker.optional(),
});
export type Passage = z.infer<typeof Passage>;

/**
 * A word of the question as typed, and what it was searched as: a typo corrected to the corpus's word one edit
 * away ("self-relaince"), or an acronym as the corpus spells it out ("NAM" → "Non-Aligned Movement").
 */
export const ReadAs = z.object({ typed: z.string(), read: z.string() });
export type ReadAs = z.infer<typeof ReadAs>;

/** How every view says it: "Searched for “self-reliance” (typed “self-relaince”)." */
export const readAsLine = (corrections: readonly ReadAs[]) =>
  `Searched for ${corrections.map((c) => `“${c.read}” (typed “${c.typed}”)`).join(', ')}.`;

export const SearchResponse = z.object({
  query: z.string(),
  abstain: z.boolean(),
  passages: z.array(Passage),
  /** Set when the query was searched with words read otherwise: typos corrected, acronyms spelled out. */
  readAs: z.array(ReadAs).optional(),
});
export type SearchResponse = z.infer<typeof SearchResponse>;

// ---------- answers ----------

export const AnswerMode = z.enum(['answer', 'compare', 'abstain']);
export type AnswerMode = z.infer<typeof AnswerMode>;

/** Offsets into a paragraph's text: the quote shown is `text.slice(start, end)`. */
export const QuoteSpan = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type QuoteSpan = z.infer<typeof QuoteSpan>;

export const Citation = z.object({
  n: z.number().int().min(1),
  passageId: z.string(),
  workId: z.string(),
  title: z.string(),
  date: isoDate.nullable(),
  year: z.number().int().nullable(),
  page: z.number().int().optional(),
  /** The last page, when the paragraph runs over a page break (`page` is where it starts). */
  pageEnd: z.number().int().optional(),
  pages: z.string().optional(),
  /** The spans' text joined with " … " (an omission mark only where sentences were left out). */
  quote: z.string(),
  /**
   * Where the quote lies in the paragraph, in order: the quote is a span (or spans) of it by construction. Every
   * answer sets it; optional only so that citations saved in a notebook before spans existed still read.
   */
  spans: z.array(QuoteSpan).min(1).max(20).optional(),
  /** Set when the quote is an interviewer's words, not the author's: a citation must not put them in his mouth. */
  speaker: Speaker.optional(),
  /** In an answer to "how often …", where the words counted lie in `quote` (offsets into it): shown highlighted. */
  quoteMarks: z.array(QuoteSpan).max(500).optional(),
});
export type Citation = z.infer<typeof Citation>;

export const AnswerRequest = Filters.extend({
  question: z.string().trim().min(1, 'question is empty').max(LIMITS.questionChars, `question is over ${LIMITS.questionChars} characters`),
  mode: z.enum(['auto', 'compare']).default('auto'),
}).superRefine(boundsInOrder);
export type AnswerRequest = z.infer<typeof AnswerRequest>;

/** How many passages that match the question come from one year (null: undated works). */
export const YearCount = z.object({ year: z.number().int().nullable(), count: z.number().int().min(0) });
export type YearCount = z.infer<typeof YearCount>;

/**
 * A piece of the lead line: plain words, or a work's title (shown in italics, with its work's id). Built from metadata
 * only. `singledOut` marks the work the answer names as the one asked for (the earliest, the longest, where the words
 * occur most): what "How do I cite it?" after it points at.
 */
export const LeadPart = z.object({ text: z.string(), title: z.boolean().optional(), workId: z.string().optional(), singledOut: z.literal(true).optional() });
export type LeadPart = z.infer<typeof LeadPart>;

/** One quote of an answer: the citation it shows and where the quote lies in that citation's paragraph. */
export const AnswerItem = z.object({ n: z.number().int().min(1), spans: z.array(QuoteSpan).min(1).max(20) });
export type AnswerItem = z.infer<typeof AnswerItem>;

/** The work a group of quotes comes from (metadata only). */
export const GroupWork = z.object({
  id: z.string(),
  title: z.string(),
  date: isoDate.nullable(),
  year: z.number().int().nullable(),
  /** Set when the work is not by the collection's main author (the scholarly article): no view may present its words as his. */
  otherAuthor: z.string().optional(),
});
export type GroupWork = z.infer<typeof GroupWork>;

/**
 * Quotes from one work (in answer mode by relevance, in compare mode by date); in a broad answer or a comparison,
 * after the works, the passages close in meaning that use none of the question's words ("related"); or the closest
 * passages of an abstention.
 */
export const AnswerGroup = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('work'), work: GroupWork, items: z.array(AnswerItem) }),
  z.object({ kind: z.literal('related'), items: z.array(AnswerItem) }),
  z.object({ kind: z.literal('closest'), items: z.array(AnswerItem) }),
]);
export type AnswerGroup = z.infer<typeof AnswerGroup>;

/** The heading of a group that is not one work's, the same in the Markdown and in the UI. */
export const GROUP_HEADINGS: Record<Exclude<AnswerGroup['kind'], 'work'>, string> = {
  related: "Close in meaning, though not in the question's words:",
  closest: 'Closest passages (these do not answer the question):',
};

/** One step of a word diff from the quotation to the source: `delete` = the quotation's words, `insert` = the source's. */
export const DiffOp = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export type DiffOp = z.infer<typeof DiffOp>;

/** The citation styles the product writes. */
export const CiteStyle = z.enum(['chicago', 'mla', 'apa', 'bibtex']);
export type CiteStyle = z.infer<typeof CiteStyle>;
export const CITE_STYLE_NAMES: Record<CiteStyle, string> = { chicago: 'Chicago', mla: 'MLA', apa: 'APA', bibtex: 'BibTeX' };

/** The answer as data: what the UI renders (the Markdown `answer` is the same content as text, for the CLI and exports). */
export const AnswerStructure = z.object({
  lead: z.array(LeadPart).max(50),
  groups: z.array(AnswerGroup).max(200),
  /** Prose from the optional LLM writer (verified; `[n]` markers), shown instead of the groups. */
  prose: z.string().optional(),
  /** Set when the question was searched with words read otherwise (typos, acronyms): the user is told what was searched. */
  readAs: z.array(ReadAs).max(50).optional(),
  /** Set when the answer sums up one work as a whole (its key sentences, or its abstract), or sets works side by side so: no topic to compare across years. */
  wholeWork: z.boolean().optional(),
  /** Set when more passages address the question than the answer quotes: "show me more" quotes the next ones. */
  more: z.boolean().optional(),
  /** Set when the answer leads with the one most quotable sentence (quote 1) before others: what "Cite it" after it points at. */
  quotableFirst: z.boolean().optional(),
  /**
   * Set when the answer shows paragraphs of one work as the collection prints them (a part of it asked, or the
   * paragraph beside a quote) and another follows the last: `READ_ON_REQUEST` shows it.
   */
  readOn: z.boolean().optional(),
  /** Set when the answer is where a quotation the question holds stands in the sources, word for word or close: nothing to compare across years. */
  quotation: z.enum(['exact', 'close']).optional(),
  /** Set when the question quotes words the sources hold closely, not word for word: from its quotation to the source's wording. */
  diff: z.array(DiffOp).max(2000).optional(),
  /**
   * Set when the question asks how to cite a work ("Cite the 1961 speech in MLA") or works ("a bibliography of his
   * speeches"), or for quotes with their citations ("a quote on trade in MLA style": the works quoted): the works, and
   * the style it names if any. Shown after any quotes.
   */
  workCitation: z.object({ workIds: z.array(z.string()).min(1).max(1000), style: CiteStyle.optional() }).optional(),
});
export type AnswerStructure = z.infer<typeof AnswerStructure>;

export const AnswerResponse = z.object({
  question: z.string(),
  mode: AnswerMode,
  /** Markdown with `[n]` markers, each matching one citation. */
  answer: z.string(),
  citations: z.array(Citation),
  structure: AnswerStructure,
  /** In compare mode: passages that address the question per year, in year order (undated last), for a trend chart. */
  yearCounts: z.array(YearCount).optional(),
  /** Set when an optional LLM wrote prose: how many of its sentences the verifier removed, and why it fell back. */
  verifier: z.object({ removed: z.number().int(), fallback: z.string().optional() }).optional(),
});
export type AnswerResponse = z.infer<typeof AnswerResponse>;

// ---------- chat (AI SDK UI message stream) ----------

/** Data parts the chat stream carries besides text: each citation, the answer's mode and structure, and (compare) passages per year. */
export const YearCounts = z.object({ counts: z.array(YearCount).max(500) });

/**
 * The works an answer quotes, lists or says how to cite: what "How do I cite these?" after it asks about; and the one
 * it singles out (`LeadPart.singledOut`), if any: what "How do I cite it?" asks about.
 */
export const WorksNamed = z.object({ workIds: z.array(z.string().max(200)).max(1000), singledOut: z.string().max(200).optional() });
export type WorksNamed = z.infer<typeof WorksNamed>;

export const chatDataSchemas = {
  citation: Citation,
  mode: z.object({ mode: AnswerMode }),
  years: YearCounts,
  answer: AnswerStructure,
  works: WorksNamed,
};

export type ChatDataParts = {
  citation: Citation;
  mode: { mode: AnswerMode };
  years: z.infer<typeof YearCounts>;
  answer: AnswerStructure;
  works: WorksNamed;
};

/** Per-message metadata a client may send with a user message: the filters it applied. */
export const ChatMetadata = Filters.extend({ mode: z.enum(['auto', 'compare']).optional() }).superRefine(boundsInOrder);
export type ChatMetadata = z.infer<typeof ChatMetadata>;

export type ChatMessage = UIMessage<ChatMetadata, ChatDataParts>;

const partId = z.string().max(200).optional();

/** The message parts a client may send back: text, the data parts this server streams, and step markers. */
export const ChatMessagePart = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().max(LIMITS.bodyBytes), state: z.enum(['streaming', 'done']).optional() }),
  z.object({ type: z.literal('step-start') }),
  z.object({ type: z.literal('data-citation'), id: partId, data: Citation }),
  z.object({ type: z.literal('data-mode'), id: partId, data: z.object({ mode: AnswerMode }) }),
  z.object({ type: z.literal('data-years'), id: partId, data: YearCounts }),
  z.object({ type: z.literal('data-answer'), id: partId, data: AnswerStructure }),
  z.object({ type: z.literal('data-works'), id: partId, data: WorksNamed }),
]);

/** One UI message as `useChat` sends it; a client may not send system messages. */
export const ChatRequestMessage = z.object({
  id: z.string().max(200),
  role: z.enum(['user', 'assistant']),
  parts: z.array(ChatMessagePart).max(200),
  metadata: ChatMetadata.optional(),
});

/** What the chat sends for the passages an answer did not quote: a follow-up asking for more (`asksForMore`). */
export const MORE_REQUEST = 'Show me more';
/** What the chat sends to read on from an answer that shows a work's paragraphs: the paragraph after them (`besideAsked`). */
export const READ_ON_REQUEST = 'What comes next?';

/** "Zhang Chao (Seoul National University)": an author, with the institution the source prints beside the name. */
export const authorWithAffiliation = (work: { author: string; affiliation?: string | undefined }): string =>
  work.affiliation ? `${work.author} (${work.affiliation})` : work.author;

/** Text of a message's text parts, joined. */
export function messageText(message: { parts: readonly { type: string; text?: string }[] }): string {
  return message.parts
    .filter((p) => p.type === 'text')
    .map((p) => p.text ?? '')
    .join('\n')
    .trim();
}

/** The default `useChat` request body; the last message is the user's question. */
export const ChatRequest = z
  .object({
    id: z.string().max(200).optional(),
    messages: z.array(ChatRequestMessage).min(1, 'messages is empty').max(LIMITS.chatMessages, `more than ${LIMITS.chatMessages} messages`),
    trigger: z.enum(['submit-message', 'regenerate-message']).optional(),
    messageId: z.string().max(200).optional(),
  })
  .superRefine((body, ctx) => {
    body.messages.forEach((m, i) => {
      if (m.role === 'user' && messageText(m).length > LIMITS.questionChars) {
        ctx.addIssue({ code: 'custom', path: ['messages', i], message: `question is over ${LIMITS.questionChars} characters` });
      }
    });
    const last = body.messages.at(-1);
    if (last && last.role !== 'user') ctx.addIssue({ code: 'custom', path: ['messages'], message: 'the last message must be the user’s question' });
    else if (last && messageText(last) === '') ctx.addIssue({ code: 'custom', path: ['messages', body.messages.length - 1], message: 'question is empty' });
  });
export type ChatRequest = z.infer<typeof ChatRequest>;

// ---------- check (quotations and claims in a pasted text) ----------

export const CheckRequest = z.object({
  text: z.string().max(LIMITS.checkChars, `text is over ${LIMITS.checkChars} characters`).refine((s) => s.trim().length > 0, 'text is empty'),
});
export type CheckRequest = z.infer<typeof CheckRequest>;

/** The corpus wording a quotation comes from: `quote` is verbatim, a span of the passage. */
export const CheckSource = Citation.omit({ n: true, pages: true });
export type CheckSource = z.infer<typeof CheckSource>;

/** What the text around a quotation says about its source, against the source's metadata; when they disagree, in what. */
export const CheckAttribution = z.object({ stated: z.string(), actual: z.string(), ok: z.boolean(), wrong: z.array(z.enum(['date', 'work', 'author', 'page'])).optional() });
export type CheckAttribution = z.infer<typeof CheckAttribution>;

/**
 * The work a phrase in quotation marks names by its title or occasion written a word or two off ("All Efforts to
 * Achieve the Six Goals"), with that title as the source writes it: the verdict `title`. `part`: the phrase is words
 * of the title as written, not all of it ("self-reliant heavy industrialization"), a title's words, not the texts'.
 */
export const CheckTitled = z.object({ workId: z.string(), title: z.string(), date: isoDate.nullable(), year: z.number().int().nullable(), part: z.boolean() });
export type CheckTitled = z.infer<typeof CheckTitled>;

export const CheckClaim = z.object({
  text: z.string(),
  kind: z.enum(['quotation', 'sentence']),
  /** Offsets in the input text. */
  start: z.number().int(),
  end: z.number().int(),
  /** `unmarked`: a sentence that is the sources' words, word for word, with no quotation marks (`source` gives them). */
  verdict: z.enum(['exact', 'close', 'not_found', 'sources', 'title', 'unmarked']),
  source: CheckSource.nullable(),
  /** For verdict `title`: the work whose title the phrase writes otherwise (`diff` goes from the phrase to that title), or holds. */
  titled: CheckTitled.optional(),
  diff: z.array(DiffOp).nullable(),
  attribution: CheckAttribution.nullable(),
  /** For a sentence: the passages that address it; for a quotation not found: the nearest passages, as such. */
  passages: z.array(Passage),
});
export type CheckClaim = z.infer<typeof CheckClaim>;

export const CheckResponse = z.object({ claims: z.array(CheckClaim) });
export type CheckResponse = z.infer<typeof CheckResponse>;

export const ErrorResponse = z.object({ error: z.string(), code: z.string().optional() });
export type ErrorResponse = z.infer<typeof ErrorResponse>;

export const HealthResponse = z.object({
  status: z.literal('ok'),
  works: z.number().int(),
  passages: z.number().int(),
  model: z.string(),
});
