/** "Cite as": Chicago, MLA, APA or BibTeX, remembered for the next citation (`style.ts`). */
import { useId, useState } from 'react';
import { CITE_STYLES, type CiteStyle } from './formats.ts';
import { saveCiteStyle, savedCiteStyle } from './style.ts';

/** The chosen style, starting from `initial` or else the one last chosen, and a setter that remembers it. */
export function useCiteStyle(initial?: CiteStyle): [CiteStyle, (style: CiteStyle) => void] {
  const [style, setStyle] = useState<CiteStyle>(initial ?? savedCiteStyle);
  return [style, (next) => (saveCiteStyle(next), setStyle(next))];
}

export function CiteStyleChoice({ style, onChange }: { style: CiteStyle; onChange: (style: CiteStyle) => void }) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend>Cite as</legend>
      {CITE_STYLES.map((s) => (
        <label key={s.id}>
          <input type="radio" name={name} value={s.id} checked={style === s.id} onChange={() => onChange(s.id)} />
          <span>{s.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
