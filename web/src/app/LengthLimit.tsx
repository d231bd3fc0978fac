/** A text's length against the limit the server sets for it: a count once near the limit, and what to say over it. */

/** The share of the limit from which the count shows. */
const NEAR_LIMIT = 0.9;

const characters = (n: number) => `${n.toLocaleString('en')} character${n === 1 ? '' : 's'}`;

/** "The text is 4,319 characters over the limit of 20,000 characters." — null when it is within the limit. */
export function overLimit(what: string, length: number, limit: number): string | null {
  return length > limit ? `The ${what} is ${characters(length - limit)} over the limit of ${characters(limit)}.` : null;
}

/** "18,200 of 20,000 characters", or "24,319 of 20,000 characters: 4,319 characters over the limit", from near the limit on. */
export function CharCount({ id, length, limit }: { id: string; length: number; limit: number }) {
  if (length < limit * NEAR_LIMIT) return null;
  const over = length - limit;
  return (
    <p id={id} className={`char-count small ${over > 0 ? 'error-text' : 'muted'}`}>
      {length.toLocaleString('en')} of {characters(limit)}
      {over > 0 ? `: ${characters(over)} over the limit` : ''}
    </p>
  );
}
