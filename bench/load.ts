/**
 * Load runs with autocannon against a running server (127.0.0.1 only): a fixed duration and connection
 * count, cycling through the bench questions, bounded so it always stops by itself.
 */
import { createRequire } from 'node:module';
import { BENCH_QUESTIONS } from './questions.ts';

interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}

interface AutocannonResult {
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  duration: number;
  latency: { average: number; p50: number; p97_5: number; p99: number; max: number };
  requests: { average: number; total: number; sent: number };
}

type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: AutocannonRequest[];
}) => Promise<AutocannonResult>;

export interface LoadResult {
  endpoint: string;
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p97_5: number; p99: number; max: number; mean: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

export type LoadEndpoint = '/api/search' | '/api/answer';

function requestsFor(endpoint: LoadEndpoint): AutocannonRequest[] {
  if (endpoint === '/api/search') return BENCH_QUESTIONS.map((q) => ({ method: 'GET', path: `/api/search?q=${encodeURIComponent(q)}&k=5` }));
  return BENCH_QUESTIONS.map((question) => ({
    method: 'POST',
    path: '/api/answer',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question }),
  }));
}

export async function loadRun(baseUrl: string, endpoint: LoadEndpoint, seconds: number, connections: number): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(baseUrl)) throw new Error(`load runs only against 127.0.0.1, not ${baseUrl}`);
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const result = await autocannon({ url: baseUrl, connections, duration: seconds, timeout: 10, requests: requestsFor(endpoint) });
  return {
    endpoint,
    seconds,
    connections,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.total / (result.duration || seconds)),
    latencyMs: {
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: Math.round(result.latency.average * 100) / 100,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
