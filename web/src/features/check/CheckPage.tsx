/**
 * The "Check" page: paste text, see each quotation and sentence marked, open a finding for the source, the diff and a
 * corrected quotation to copy; the text and the findings stay for the tab (saved.ts) when the user leaves and comes back.
 */
import { Fragment, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { LIMITS, SPEAKER_NOTES, type CheckClaim, type CheckResponse, type CheckSource } from '../../../../server/contract.ts';
import { describeError } from '../../api/client.ts';
import { announce } from '../../app/announce.tsx';
import { copyText } from '../../app/clipboard.ts';
import { CharCount, overLimit } from '../../app/LengthLimit.tsx';
import { Link } from '../../app/router.tsx';
import { formatDate } from '../citations/dates.ts';
import { MarkedText } from '../citations/MarkedText.tsx';
import { WordDiff } from '../citations/WordDiff.tsx';
import { passagePath, workPath } from '../citations/passage.ts';
import { SpeakerNote } from '../citations/SpeakerNote.tsx';
import { useWorks } from '../works/useWorks.ts';
import { postCheck } from './api.ts';
import { correctedQuotation, MARK_LABELS, markOf, marksOf, punctuationOnly, stretches, summary, wordsLeftOutOnly, wrongInWords, type Mark } from './marks.ts';
import { loadChecked, loadInput, saveChecked, saveInput, type Checked } from './saved.ts';
import './check.css';

const findingId = (i: number) => `finding-${i + 1}`;

export function CheckPage() {
  const [restored] = useState(loadChecked);
  const [text, setText] = useState(loadInput);
  const [checked, setChecked] = useState<Checked | null>(restored);
  const [open, setOpen] = useState<number | null>(restored?.open ?? null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const inputId = useId();
  useEffect(() => () => abort.current?.abort(), []);
  useEffect(() => saveInput(text), [text]);
  useEffect(() => {
    if (checked) saveChecked(checked, open);
  }, [checked, open]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setError('Paste some text to check first.');
      return;
    }
    const tooLong = overLimit('text', text.length, LIMITS.checkChars);
    if (tooLong) {
      setError(`${tooLong} Shorten it, or check it in parts.`);
      return;
    }
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setBusy(true);
    setError(null);
    try {
      const result: CheckResponse = await postCheck(text, controller.signal);
      setChecked({ text, claims: result.claims });
      setOpen(null);
    } catch (err) {
      if (!controller.signal.aborted) setError(describeError(err));
    } finally {
      if (abort.current === controller) setBusy(false);
    }
  };

  const show = (i: number) => {
    setOpen(i);
    requestAnimationFrame(() => document.getElementById(findingId(i))?.querySelector('button')?.focus());
  };

  return (
    <section className="check" aria-labelledby="check-title">
      <h1 id="check-title">Check quotations</h1>
      <p className="lede">
        Paste a paragraph of an essay or a list of quotations. Each quotation in quotation marks is compared with the sources word by word, and
        each other sentence gets the passages that address it. Nothing here says a claim is true or false: it shows what the sources say.
      </p>
      <form className="check-form" onSubmit={submit}>
        <label htmlFor={inputId}>Text to check</label>
        <textarea
          id={inputId}
          data-testid="check-input"
          value={text}
          rows={8}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${inputId}-hint ${inputId}-count`}
        />
        <p id={`${inputId}-hint`} className="muted small">
          Up to {LIMITS.checkChars.toLocaleString('en')} characters. Quotations of four words or more, in “double” or ‘single’ marks or set off as an indented block, are checked, with the footnote their marker points to; … or [...] may stand for omitted words.
        </p>
        <CharCount id={`${inputId}-count`} length={text.length} limit={LIMITS.checkChars} />
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Checking…' : 'Check'}
        </button>
      </form>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div role="status" className="check-status">
        {checked && !busy ? summary(checked.claims) : ''}
      </div>
      {checked && checked.claims.length > 0 && (
        <>
          <h2>Your text, marked</h2>
          <Legend />
          <p className="check-text" data-testid="check-text">
            {stretches(checked.text, checked.claims).map((s, i) =>
              s.claim === null ? (
                <span key={i}>{s.text}</span>
              ) : (
                <mark key={i} className={`check-mark check-${markOf(checked.claims[s.claim]!)}`}>
                  <a
                    href={`#${findingId(s.claim)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      show(s.claim as number);
                    }}
                  >
                    {s.text}
                  </a>
                  <span className="visually-hidden"> ({marksOf(checked.claims[s.claim]!).map((m) => MARK_LABELS[m]).join(', ')})</span>
                </mark>
              ),
            )}
          </p>
          <h2>Findings</h2>
          <ol className="findings">
            {checked.claims.map((c, i) => (
              <Finding key={`${c.start}-${i}`} claim={c} id={findingId(i)} open={open === i} onToggle={() => setOpen(open === i ? null : i)} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function Legend() {
  return (
    <ul className="check-legend" aria-label="Marks">
      {(Object.keys(MARK_LABELS) as Mark[]).map((m) => (
        <li key={m}>
          <span className={`check-mark check-${m}`}>{MARK_LABELS[m]}</span>
        </li>
      ))}
    </ul>
  );
}

function Finding({ claim, id, open, onToggle }: { claim: CheckClaim; id: string; open: boolean; onToggle: () => void }) {
  const panel = `${id}-details`;
  return (
    <li id={id} className="finding" data-testid="finding">
      <button type="button" className="finding-toggle" aria-expanded={open} aria-controls={panel} onClick={onToggle}>
        {marksOf(claim).map((mark) => (
          <Fragment key={mark}>
            <span className={`check-mark check-${mark}`}>{MARK_LABELS[mark]}</span>{' '}
          </Fragment>
        ))}
        <span className="finding-kind">{claim.titled ? 'Title' : claim.kind === 'quotation' ? 'Quotation' : 'Sentence'}:</span>{' '}
        <span className="finding-text">{claim.kind === 'quotation' ? `“${claim.text}”` : claim.text}</span>
      </button>
      <div id={panel} className="finding-details" hidden={!open}>
        {open && (claim.titled ? <TitleDetails claim={claim} /> : claim.source ? <SourceDetails claim={claim} /> : <Passages claim={claim} />)}
      </div>
    </li>
  );
}

function SourceDetails({ claim }: { claim: CheckClaim }) {
  const { byId } = useWorks();
  const source = claim.source!;
  const work = byId(source.workId);
  const copy = async () => {
    const ok = await copyText(correctedQuotation(source, work));
    announce(ok ? 'Copied the quotation with its citation' : 'Could not copy: select the text and copy it');
  };
  return (
    <>
      {claim.verdict === 'exact' ? (
        <p>The quotation is verbatim in the source.</p>
      ) : claim.verdict === 'unmarked' ? (
        <p>These are the source’s words, word for word, with no quotation marks: quote them, with their citation.</p>
      ) : punctuationOnly(claim) ? (
        <p>The words are the source’s, in its order; its punctuation or quotation marks differ. The source says:</p>
      ) : wordsLeftOutOnly(claim) ? (
        <p>Every word is the source’s, in its order, but words are left out with no omission mark (… or […]). The source says:</p>
      ) : (
        <p>The quotation is not verbatim. The source says:</p>
      )}
      <SourceFigure {...source} testId="source-quote" />
      {source.speaker && (
        <p className="attribution attribution-wrong">
          These words are <strong>{SPEAKER_NOTES[source.speaker]}</strong>: do not attribute them to him.
        </p>
      )}
      {claim.passages[0] && <WholePassage text={claim.passages[0].text} spans={source.spans} />}
      {claim.diff && !punctuationOnly(claim) && <WordDiff diff={claim.diff} />}
      {claim.attribution && (
        <p className={claim.attribution.ok ? 'attribution' : 'attribution attribution-wrong'}>
          Your text says <strong>{claim.attribution.stated}</strong>; the source is <strong>{claim.attribution.actual}</strong>
          {claim.attribution.ok ? ' — they agree.' : ` — they do not agree${claim.attribution.wrong ? ` on ${wrongInWords(claim.attribution)}` : ''}.`}
        </p>
      )}
      <button type="button" className="btn" onClick={copy}>
        Copy {claim.verdict === 'close' ? 'corrected quotation' : 'quotation'} with citation
      </button>
    </>
  );
}

/** The paragraph the source wording comes from, the wording highlighted (its spans); folded away until asked for. */
function WholePassage({ text, spans }: { text: string; spans: CheckSource['spans'] }) {
  return (
    <details className="check-passage">
      <summary>Whole passage</summary>
      <p className="check-passage-text">
        <MarkedText text={text} spans={spans} />
      </p>
    </details>
  );
}

/** A phrase that is a work's title written otherwise (the title as the source writes it, and what differs), or words of one. */
function TitleDetails({ claim }: { claim: CheckClaim }) {
  const titled = claim.titled!;
  return (
    <>
      <p>
        {titled.part ? 'Not words from the texts: words of the title of' : 'Not words from the texts: the title of a work, which the source writes'}{' '}
        <Link href={workPath(titled.workId)}>
          <cite data-testid="source-title">{titled.title}</cite>
        </Link>{' '}
        ({formatDate(titled.date, titled.year)}).
      </p>
      {claim.diff && <WordDiff diff={claim.diff} />}
    </>
  );
}

function Passages({ claim }: { claim: CheckClaim }) {
  // None for a text the search cannot read (another script): no nearest passages to show.
  const nearest = claim.passages.length ? ' The nearest passages, shown as such:' : '';
  const heading =
    claim.verdict === 'sources'
      ? 'What the sources say on this:'
      : claim.kind === 'quotation'
        ? `Nothing in the sources is close to this quotation.${nearest}`
        : `The sources do not appear to address this.${nearest}`;
  return (
    <>
      <p>{heading}</p>
      {claim.passages.length > 0 && (
        <ul className="check-passages">
          {claim.passages.map((p) => (
            <li key={p.id}>
              <SourceFigure {...p} passageId={p.id} />
              <SpeakerNote speaker={p.speaker} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A quote with its title, date and page, and a link to the passage in its work. */
function SourceFigure(p: { quote: string; title: string; date: string | null; year: number | null; page?: number; workId: string; passageId: string; testId?: string }) {
  return (
    <figure className="quote">
      <blockquote>
        <p data-testid={p.testId}>{p.quote}</p>
      </blockquote>
      <figcaption>
        <span className="quote-title">
          {p.title} ({formatDate(p.date, p.year)}
          {p.page !== undefined ? `, p. ${p.page}` : ''})
        </span>
        <Link href={passagePath(p.workId, p.passageId)}>Open in work</Link>
      </figcaption>
    </figure>
  );
}
