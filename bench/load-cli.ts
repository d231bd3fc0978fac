/**
 * `npm run load [-- --url http://127.0.0.1:PORT] [-- --seconds 30 --connections 50]`: autocannon on /api/search
 * and /api/answer against a running server on 127.0.0.1, or against one it starts (and stops) itself.
 */
import { argsOf } from '../server/cli/run.ts';
import { loadRun } from './load.ts';
import { startServer, type RunningServer } from './server.ts';
import { table } from './stats.ts';

const { values } = argsOf('npm run load [-- --url http://127.0.0.1:PORT] [-- --seconds 30 --connections 50]', {
  options: { url: { type: 'string' }, seconds: { type: 'string', default: '30' }, connections: { type: 'string', default: '50' } },
});
const seconds = Math.min(300, Math.max(1, Number(values.seconds)));
const connections = Math.min(500, Math.max(1, Number(values.connections)));
let server: RunningServer | undefined;
const url = values.url ?? (server = await startServer()).url;
try {
  const runs = [];
  for (const endpoint of ['/api/search', '/api/answer'] as const) {
    console.error(`load: ${endpoint} ${seconds} s × ${connections} connections on ${url}`);
    runs.push(await loadRun(url, endpoint, seconds, connections));
  }
  const health = await fetch(`${url}/api/health`);
  console.log(
    table(
      ['', 'requests', 'req/s', 'p50', 'p97.5', 'p99', 'errors', 'timeouts', 'non-2xx'],
      runs.map((r) => [r.endpoint, r.requests, r.requestsPerSecond, r.latencyMs.p50, r.latencyMs.p97_5, r.latencyMs.p99, r.errors, r.timeouts, r.non2xx]),
    ),
  );
  console.log(`/api/health afterwards: ${health.status}`);
  if (health.status !== 200 || runs.some((r) => r.errors || r.timeouts || r.non2xx)) process.exitCode = 1;
} finally {
  await server?.stop();
}
