/** Progress of an embedding run as one log line: texts done of the total, rate and time left (pure). */

export interface Progress {
  done: number;
  total: number;
  seconds: number;
}

/** e.g. `index: embedded 1024/9876 texts (2345/s, ETA 4 s)`; the rate is this run's, not counting resumed texts. */
export function progressLine({ done, total, seconds }: Progress): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const eta = rate > 0 ? `ETA ${formatSeconds((total - done) / rate)}` : 'ETA unknown';
  return `index: embedded ${done}/${total} texts (${Math.round(rate)}/s, ${eta})`;
}

function formatSeconds(s: number): string {
  if (s < 90) return `${Math.ceil(s)} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}
