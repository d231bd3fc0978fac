/** A tiny client-side router on the History API: the current path and hash, navigate(), and <Link>. */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const CHANGE = 'app:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener('hashchange', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const snapshot = () => window.location.pathname + window.location.hash;

/** The current location as `{ path, hash }` (hash without '#'). */
export function useLocation(): { path: string; hash: string } {
  const loc = useSyncExternalStore(subscribe, snapshot, () => '/');
  const i = loc.indexOf('#');
  return i < 0 ? { path: loc, hash: '' } : { path: loc.slice(0, i), hash: decodeURIComponent(loc.slice(i + 1)) };
}

export function navigate(to: string): void {
  if (to === snapshot()) return;
  window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGE));
  if (!to.includes('#')) window.scrollTo(0, 0);
}

/** An <a> that navigates client-side on a plain left click and behaves like a normal link otherwise. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (rest.target && rest.target !== '_self') return;
    e.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
