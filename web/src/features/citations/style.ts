/** The citation style the reader last chose, kept in this browser: the citation panel and the notebook export share it. */
import { readJson, writeJson } from '../../app/storage.ts';
import { CITE_STYLES, type CiteStyle } from './formats.ts';

export const CITE_STYLE_KEY = 'sources.cite-style.v1';

export function savedCiteStyle(): CiteStyle {
  const saved = readJson(CITE_STYLE_KEY);
  return CITE_STYLES.find((s) => s.id === saved)?.id ?? 'chicago';
}

export function saveCiteStyle(style: CiteStyle): void {
  writeJson(CITE_STYLE_KEY, style);
}
