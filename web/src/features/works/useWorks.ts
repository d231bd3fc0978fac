/** The works list (ordered by date), loaded once and shared through context by the filters, the chips and the citation formatters. */
import { createContext, createElement, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { WorkSummary } from '../../../../server/contract.ts';
import { describeError, fetchWorks } from '../../api/client.ts';

export interface WorksState {
  works: WorkSummary[] | null;
  error: string | null;
  byId: (id: string) => WorkSummary | undefined;
}

const EMPTY: WorksState = { works: null, error: null, byId: () => undefined };
const WorksContext = createContext<WorksState>(EMPTY);

export function WorksProvider({ children, initial }: { children: ReactNode; initial?: WorkSummary[] }) {
  const [works, setWorks] = useState<WorkSummary[] | null>(initial ?? null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (initial) return;
    let live = true;
    fetchWorks().then(
      (w) => {
        if (live) {
          setWorks(w);
          setError(null);
        }
      },
      (err: unknown) => {
        if (live) setError(describeError(err));
      },
    );
    return () => {
      live = false;
    };
  }, [initial]);
  const value = useMemo<WorksState>(() => {
    const map = new Map((works ?? []).map((w) => [w.id, w]));
    return { works, error, byId: (id) => map.get(id) };
  }, [works, error]);
  return createElement(WorksContext.Provider, { value }, children);
}

export function useWorks(): WorksState {
  return useContext(WorksContext);
}
