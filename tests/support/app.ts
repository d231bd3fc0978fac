/** Test support: the real HTTP app over real dependencies, built once per test file and removed after it. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll } from 'vitest';
import { appDeps, type Deps } from '../../server/deps.ts';
import { createApp, type AppDeps } from '../../server/http/app.ts';
import { realDeps } from './deps.ts';

export interface RealApp {
  deps: Deps;
  app: OpenAPIHono;
}

/** Registers the file's beforeAll/afterAll; read `deps` and `app` from the returned object inside tests. */
export function useRealApp(extra: Partial<AppDeps> = {}): RealApp {
  const real = {} as RealApp;
  let remove = () => {};
  beforeAll(async () => {
    const built = await realDeps();
    remove = built.remove;
    real.deps = built.deps;
    real.app = createApp({ ...appDeps(built.deps), ...extra });
  });
  afterAll(() => remove());
  return real;
}
