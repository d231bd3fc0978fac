/** The corpus browser: every work in date order, each linking to its paragraphs. */
import { authorWithAffiliation } from '../../../../server/contract.ts';
import { Link } from '../../app/router.tsx';
import { formatDate } from '../citations/dates.ts';
import { workPath } from '../citations/passage.ts';
import { useWorks } from './useWorks.ts';

export function WorksPage() {
  const { works, error } = useWorks();
  return (
    <section className="works" aria-labelledby="works-title">
      <h1 id="works-title">Works</h1>
      <p className="lede">Every text in the corpus, oldest first. Each paragraph has a stable link that citations point to.</p>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {!works && !error && <p className="muted">Loading…</p>}
      {works && (
        <ol className="works-list">
          {works.map((w) => (
            <li key={w.id}>
              <Link href={workPath(w.id)} className="work-link">
                <span className="work-date">{formatDate(w.date, w.year)}</span>
                <span className="work-title">{w.title}</span>
              </Link>
              <span className="work-meta muted small">
                {[authorWithAffiliation(w), w.occasion, w.excerpts && 'excerpts', `${w.passages} passage${w.passages === 1 ? '' : 's'}`].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
