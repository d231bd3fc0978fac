/** "Cite as": the quote's source in Chicago, MLA, APA or BibTeX, shown and copied in the chosen style. */
import { useId, useState } from 'react';
import type { Citation } from '../../../../server/contract.ts';
import { announce } from '../../app/announce.tsx';
import { copyText } from '../../app/clipboard.ts';
import { useWorks } from '../works/useWorks.ts';
import { CITE_STYLES, citeSource, formatCitation, toPlain, type CiteStyle } from './formats.ts';
import { passagePath } from './passage.ts';

export function ExportCitation({ citation }: { citation: Citation }) {
  const [style, setStyle] = useState<CiteStyle>('chicago');
  const { byId } = useWorks();
  const name = useId();
  const url = window.location.origin + passagePath(citation.workId, citation.passageId);
  const segments = formatCitation(style, citeSource(citation, byId(citation.workId), url));
  const label = CITE_STYLES.find((s) => s.id === style)!.label;
  const copy = async () => {
    const ok = await copyText(toPlain(segments));
    announce(ok ? `Copied ${label} citation` : 'Could not copy: select the text and copy it');
  };
  return (
    <section className="export" aria-label="Export citation">
      <fieldset className="segmented">
        <legend>Cite as</legend>
        {CITE_STYLES.map((s) => (
          <label key={s.id}>
            <input type="radio" name={name} value={s.id} checked={style === s.id} onChange={() => setStyle(s.id)} />
            <span>{s.label}</span>
          </label>
        ))}
      </fieldset>
      <div className={style === 'bibtex' ? 'export-text export-code' : 'export-text'} data-testid="export-text" aria-live="polite">
        {style === 'bibtex' ? (
          <pre tabIndex={0} aria-label="BibTeX entry">{toPlain(segments)}</pre>
        ) : (
          <p>{segments.map((s, i) => (typeof s === 'string' ? s : <i key={i}>{s.italic}</i>))}</p>
        )}
      </div>
      <button type="button" className="btn" onClick={copy}>
        Copy {label}
      </button>
    </section>
  );
}
