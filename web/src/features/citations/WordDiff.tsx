/** A word diff from a user's quotation to the source's wording: their words struck, the source's underlined (the Check page, a chat answer). */
import type { DiffOp } from '../../../../server/contract.ts';

export function WordDiff({ diff }: { diff: readonly DiffOp[] }) {
  return (
    <p className="word-diff" data-testid="diff">
      <span className="muted small">Changes (your words struck, the source’s underlined): </span>
      {diff.map((d, i) => (
        <span key={i}>
          {i > 0 && ' '}
          {d.op === 'equal' && d.text}
          {d.op === 'delete' && (
            <del>
              <span className="visually-hidden">your text: </span>
              {d.text}
            </del>
          )}
          {d.op === 'insert' && (
            <ins>
              <span className="visually-hidden">source: </span>
              {d.text}
            </ins>
          )}
        </span>
      ))}
    </p>
  );
}
