/** The question form: a labelled textarea (Enter sends, Shift+Enter breaks the line), filters, the compare toggle, and chips for what will apply. */
import { useId, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import { LIMITS } from '../../../../server/contract.ts';
import { CharCount } from '../../app/LengthLimit.tsx';
import { useWorks } from '../works/useWorks.ts';
import { NO_FILTERS, type FilterState } from './filters.ts';

export interface ComposerProps {
  value: string;
  onChange: (v: string) => void;
  filters: FilterState;
  onFilters: (f: FilterState) => void;
  onSubmit: () => void;
  onStop: () => void;
  busy: boolean;
  formError: string | null;
  /** Why the last question could not be answered (server down, 4xx message); the question is back in the input. */
  requestError: string | null;
  inputRef: RefObject<HTMLTextAreaElement | null>;
}

export function Composer({ value, onChange, filters, onFilters, onSubmit, onStop, busy, formError, requestError, inputRef }: ComposerProps) {
  const id = useId();
  const { works, error: worksError, byId } = useWorks();
  const set = (patch: Partial<FilterState>) => onFilters({ ...filters, ...patch });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) onSubmit();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      if (!busy) onSubmit();
    }
  };
  const years = filters.from || filters.to;
  const active = Boolean(years || filters.work);
  const yearLabel = filters.from && filters.to ? `${filters.from}–${filters.to}` : filters.from ? `from ${filters.from}` : `until ${filters.to}`;
  const workTitle = filters.work ? (byId(filters.work)?.title ?? filters.work) : '';

  return (
    <form className="composer" onSubmit={submit} aria-label="Ask a question">
      {requestError && (
        <div className="error-banner" role="alert">
          <strong>Could not answer.</strong> {requestError}
        </div>
      )}
      {(active || filters.compare) && (
        <div className="pending-filters">
          <span className="muted small" id={`${id}-applies`}>
            Applies to your next question:
          </span>
          <ul className="chips" aria-labelledby={`${id}-applies`}>
            {years && (
              <li className="chip">
                Years: {yearLabel}
                <button type="button" className="chip-remove" aria-label={`Remove year filter ${yearLabel}`} onClick={() => set({ from: '', to: '' })}>
                  ×
                </button>
              </li>
            )}
            {filters.work && (
              <li className="chip">
                Work: {workTitle}
                <button type="button" className="chip-remove" aria-label={`Remove work filter ${workTitle}`} onClick={() => set({ work: '' })}>
                  ×
                </button>
              </li>
            )}
            {filters.compare && (
              <li className="chip chip-accent">
                Compare across years
                <button type="button" className="chip-remove" aria-label="Stop comparing across years" onClick={() => set({ compare: false })}>
                  ×
                </button>
              </li>
            )}
          </ul>
        </div>
      )}
      <label htmlFor={`${id}-q`} className="visually-hidden">
        Your question
      </label>
      <div className="composer-row">
        <textarea
          id={`${id}-q`}
          ref={inputRef}
          data-testid="chat-input"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
          rows={2}
          placeholder="Ask the sources… e.g. What does self-reliance mean?"
          aria-describedby={`${formError ? `${id}-err` : `${id}-hint`} ${id}-count`}
          aria-invalid={formError ? true : undefined}
        />
        {busy ? (
          <button type="button" className="btn btn-primary" onClick={onStop}>
            Stop
          </button>
        ) : (
          <button type="submit" className="btn btn-primary">
            Ask
          </button>
        )}
      </div>
      <p id={`${id}-hint`} className="muted small hint">
        Enter to ask · Shift+Enter for a new line. Answers quote the sources verbatim; nothing else.
      </p>
      <CharCount id={`${id}-count`} length={value.trim().length} limit={LIMITS.questionChars} />
      {formError && (
        <p id={`${id}-err`} className="error-text" role="alert">
          {formError}
        </p>
      )}
      <div className="composer-options">
        <label className="toggle">
          <input type="checkbox" checked={filters.compare} onChange={(e) => set({ compare: e.target.checked })} />
          <span>Compare across years</span>
        </label>
        <details className="filters" open={active || undefined}>
          <summary>Filters{active ? ' (on)' : ''}</summary>
          <div className="filter-fields">
            <div className="field">
              <label htmlFor={`${id}-from`}>From year</label>
              <input id={`${id}-from`} inputMode="numeric" pattern="[0-9]{4}" maxLength={4} placeholder="1961" value={filters.from} onChange={(e) => set({ from: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>To year</label>
              <input id={`${id}-to`} inputMode="numeric" pattern="[0-9]{4}" maxLength={4} placeholder="1993" value={filters.to} onChange={(e) => set({ to: e.target.value })} />
            </div>
            <div className="field field-wide">
              <label htmlFor={`${id}-work`}>Work</label>
              <select id={`${id}-work`} value={filters.work} onChange={(e) => set({ work: e.target.value })} disabled={!works}>
                <option value="">All works</option>
                {works?.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.year ?? 'n.d.'} · {w.title}
                  </option>
                ))}
              </select>
              {worksError && <p className="error-text small">Works list unavailable: {worksError}</p>}
            </div>
            {active && (
              <button type="button" className="btn btn-quiet" onClick={() => onFilters({ ...NO_FILTERS, compare: filters.compare })}>
                Clear filters
              </button>
            )}
          </div>
        </details>
      </div>
    </form>
  );
}
