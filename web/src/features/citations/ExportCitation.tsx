/**
 * "Cite as": a quote's source, a work's, or several works' (a list of sources, in its order), in Chicago, MLA, APA
 * or BibTeX, shown and copied in the chosen style.
 */
import { CITE_STYLE_NAMES, type CiteStyle } from '../../../../server/contract.ts';
import { announce } from '../../app/announce.tsx';
import { copyText } from '../../app/clipboard.ts';
import { CiteStyleChoice, useCiteStyle } from './CiteStyleChoice.tsx';
import { formatCitation, inBibliographyOrder, SOURCES_HEADING, toPlain, type CiteSource } from './formats.ts';

/** `style`: the one a question asked for ("Cite the 1961 speech in MLA"); else the reader's last choice. */
export function ExportCitation({ sources, style: asked }: { sources: readonly CiteSource[]; style?: CiteStyle }) {
  const [style, setStyle] = useCiteStyle(asked);
  const entries = inBibliographyOrder(style, sources).map((s) => formatCitation(style, s));
  const label = CITE_STYLE_NAMES[style];
  const plain = entries.map(toPlain).join('\n\n');
  const copy = async () => {
    const ok = await copyText(plain);
    announce(ok ? `Copied ${label} ${entries.length > 1 ? SOURCES_HEADING[style].toLowerCase() : 'citation'}` : 'Could not copy: select the text and copy it');
  };
  return (
    <section className="export" aria-label="Export citation">
      <CiteStyleChoice style={style} onChange={setStyle} />
      <div className={style === 'bibtex' ? 'export-text export-code' : 'export-text'} data-testid="export-text" aria-live="polite">
        {style === 'bibtex' ? (
          <pre tabIndex={0} aria-label={entries.length > 1 ? 'BibTeX entries' : 'BibTeX entry'}>
            {plain}
          </pre>
        ) : (
          entries.map((segments, k) => <p key={k}>{segments.map((s, i) => (typeof s === 'string' ? s : <i key={i}>{s.italic}</i>))}</p>)
        )}
      </div>
      <button type="button" className="btn" onClick={copy}>
        Copy {label}
      </button>
    </section>
  );
}
