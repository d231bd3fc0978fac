/** A small inline SVG bar chart of passages per year, on a proportional time axis, with a text equivalent. */
import type { YearCount } from '../../../../server/contract.ts';

const W = 560;
const H = 140;
const PAD = { top: 18, right: 16, bottom: 34, left: 16 };
const LABEL_GAP = 34;

export interface YearChartProps {
  counts: YearCount[];
  /** What is counted, e.g. "Passages cited per year". */
  caption: string;
}

export function YearChart({ counts: all, caption }: YearChartProps) {
  const counts = all.filter((c): c is { year: number; count: number } => c.year != null).sort((a, b) => a.year - b.year);
  const undated = all.filter((c) => c.year == null).reduce((s, c) => s + c.count, 0);
  if (counts.length === 0) return null;
  const min = counts[0]!.year;
  const max = counts.at(-1)!.year;
  const span = Math.max(1, max - min);
  const top = Math.max(...counts.map((c) => c.count));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const barW = Math.max(8, Math.min(36, innerW / (span + 1) - 4));
  const x = (year: number) => (counts.length === 1 ? PAD.left + innerW / 2 : PAD.left + barW / 2 + ((year - min) / span) * (innerW - barW));
  const summary = counts.map((c) => `${c.year}: ${c.count}`).join(', ') + (undated ? `, undated: ${undated}` : '');
  // Years close together get their labels on a second line; a label that fits on neither is left out (the bar's
  // tooltip and the accessible summary still give it).
  const lastOnRow = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  const labelRow = counts.map((c) => {
    const px = x(c.year);
    const row = px - lastOnRow[0]! >= LABEL_GAP ? 0 : px - lastOnRow[1]! >= LABEL_GAP ? 1 : -1;
    if (row >= 0) lastOnRow[row] = px;
    return row;
  });
  return (
    <figure className="year-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${caption} — ${summary}`} preserveAspectRatio="xMidYMid meet">
        <line className="axis" x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} />
        {counts.map((c, i) => {
          const h = Math.max(3, (c.count / top) * innerH);
          const cx = x(c.year);
          const row = labelRow[i]!;
          return (
            <g key={c.year}>
              <rect className="bar" x={cx - barW / 2} y={H - PAD.bottom - h} width={barW} height={h} rx={2}>
                <title>{`${c.year}: ${c.count} passage${c.count === 1 ? '' : 's'}`}</title>
              </rect>
              <text className="count" x={cx} y={H - PAD.bottom - h - 5} textAnchor="middle">
                {c.count}
              </text>
              {row >= 0 && (
                <text className="year" x={cx} y={H - PAD.bottom + 15 + row * 14} textAnchor="middle">
                  {c.year}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {caption}
        {undated ? ` (${undated} undated not shown)` : ''}
      </figcaption>
    </figure>
  );
}
