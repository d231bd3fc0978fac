/** One polite status region for short confirmations ("Copied", "Saved to notebook"), shown briefly as a toast. */
import { useEffect, useState, useSyncExternalStore } from 'react';

let message = '';
let seq = 0;
const listeners = new Set<() => void>();

export function announce(text: string): void {
  message = text;
  seq++;
  for (const l of listeners) l();
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function Announcer() {
  const current = useSyncExternalStore(subscribe, () => `${seq}\u0000${message}`, () => '');
  const [visible, setVisible] = useState(false);
  const text = current.split('\u0000')[1] ?? '';
  useEffect(() => {
    if (!text) return;
    setVisible(true);
    const t = setTimeout(() => setVisible(false), 2500);
    return () => clearTimeout(t);
  }, [current, text]);
  return (
    <div role="status" aria-live="polite" className={visible && text ? 'toast toast-visible' : 'toast'}>
      {visible ? text : ''}
    </div>
  );
}
