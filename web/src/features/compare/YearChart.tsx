/** A small inline SVG bar chart of cited passages per year, on a proportional time axis, with a text equivalent. */
import type { Citation } from '../../../../server/contract.ts';
import { countByYear } from './group.ts';

const W = 560;
const H = 132;
const PAD = { top: 18, right: 14, bottom: 26, left: 14 };

export function YearChart({ citations }: { citations: Citation[] }) {
  const counts = countByYear(citations).filter((c) => c.year != null) as { year: number; count: number }[];
  const undated = citations.filter((c) => c.year == null).length;
  if (counts.length === 0) return null;
  const min = counts[0]!.year;
  const max = counts.at(-1)!.year;
  const span = Math.max(1, max - min);
  const top = Math.max(...counts.map((c) => c.count));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const barW = Math.max(8, Math.min(36, innerW / (span + 1) - 4, innerW / counts.length - 6));
  const x = (year: number) => (counts.length === 1 ? PAD.left + innerW / 2 : PAD.left + barW / 2 + ((year - min) / span) * (innerW - barW));
  const summary = counts.map((c) => `${c.year}: ${c.count}`).join(', ') + (undated ? `, undated: ${undated}` : '');
  // Year labels can collide on a wide span; drop labels closer than 30 units to the previous one (the last one always shows).
  let lastLabel = Number.NEGATIVE_INFINITY;
  const showLabel = counts.map((c, i) => {
    const px = x(c.year);
    const ok = px - lastLabel >= 34 || i === counts.length - 1;
    if (ok) lastLabel = px;
    return ok;
  });
  return (
    <figure className="year-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Cited passages per year — ${summary}`} preserveAspectRatio="xMidYMid meet">
        <line className="axis" x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} />
        {counts.map((c, i) => {
          const h = Math.max(3, (c.count / top) * innerH);
          const cx = x(c.year);
          return (
            <g key={c.year}>
              <rect className="bar" x={cx - barW / 2} y={H - PAD.bottom - h} width={barW} height={h} rx={2}>
                <title>{`${c.year}: ${c.count} passage${c.count === 1 ? '' : 's'}`}</title>
              </rect>
              <text className="count" x={cx} y={H - PAD.bottom - h - 5} textAnchor="middle">
                {c.count}
              </text>
              {showLabel[i] && (
                <text className="year" x={cx} y={H - 8} textAnchor="middle">
                  {c.year}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        Passages cited per year{undated ? ` (${undated} undated not shown)` : ''}
      </figcaption>
    </figure>
  );
}
