/**
 * Starts `node server/main.ts` as a child process on 127.0.0.1 with a port the OS picks, waits for its
 * ready line, and stops it again: for the HTTP bench, the cold-start figures, the load runs and the tests
 * that need a real process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');

export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** Milliseconds from spawn to the ready line. */
  readyMs: number;
  /** performance.now() when the process was spawned. */
  spawnedAt: number;
  output: () => string;
  /** Resolves when the server's output (stdout and stderr) matches `pattern`; rejects if it exits first. */
  waitFor: (pattern: RegExp) => Promise<RegExpExecArray>;
  stop: () => Promise<number | null>;
}

export interface StartOptions {
  env?: Record<string, string | undefined>;
  /** Give up after this long without a ready line (an index build from scratch takes a few seconds). */
  timeoutMs?: number;
}

/** A web dist folder with a stub index.html, so main.ts never triggers a Vite build during a measurement. */
export function stubWebDist(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-web-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>bench</title>');
  return dir;
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const env: Record<string, string | undefined> = { ...process.env, PORT: '0', HOST: '127.0.0.1', ...options.env };
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'server', 'main.ts')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waiting = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const check of waiting) check();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const m = pattern.exec(output);
        if (m) {
          waiting.delete(check);
          resolve(m);
        }
      };
      waiting.add(check);
      check();
      void exited.then((code) => reject(new Error(`server exited with code ${code} before its output matched ${pattern}:\n${output}`)));
    });
  const timeoutMs = options.timeoutMs ?? 120_000;
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), child.kill('SIGKILL')), timeoutMs);
  const url = await waitFor(/ready: (http:\/\/127\.0\.0\.1:\d+)/)
    .then((m) => m[1]!)
    .catch((error: Error) => {
      throw timedOut ? new Error(`server not ready after ${timeoutMs} ms:\n${output}`) : error;
    })
    .finally(() => clearTimeout(timer));
  const readyMs = performance.now() - spawnedAt;
  return {
    url,
    child,
    readyMs,
    spawnedAt,
    output: () => output,
    waitFor,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Runs a command to completion, collecting its output; kills it after `timeoutMs`. */
export function runNode(
  args: readonly string[],
  env: Record<string, string | undefined>,
  timeoutMs = 120_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
