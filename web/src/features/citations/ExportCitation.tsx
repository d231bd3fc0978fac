/** "Cite as": a quote's or a work's source in Chicago, MLA, APA or BibTeX, shown and copied in the chosen style. */
import type { CiteStyle } from '../../../../server/contract.ts';
import { announce } from '../../app/announce.tsx';
import { copyText } from '../../app/clipboard.ts';
import { CiteStyleChoice, useCiteStyle } from './CiteStyleChoice.tsx';
import { CITE_STYLES, formatCitation, toPlain, type CiteSource } from './formats.ts';

/** `style`: the one a question asked for ("Cite the 1961 speech in MLA"); else the reader's last choice. */
export function ExportCitation({ source, style: asked }: { source: CiteSource; style?: CiteStyle }) {
  const [style, setStyle] = useCiteStyle(asked);
  const segments = formatCitation(style, source);
  const label = CITE_STYLES.find((s) => s.id === style)!.label;
  const copy = async () => {
    const ok = await copyText(toPlain(segments));
    announce(ok ? `Copied ${label} citation` : 'Could not copy: select the text and copy it');
  };
  return (
    <section className="export" aria-label="Export citation">
      <CiteStyleChoice style={style} onChange={setStyle} />
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
