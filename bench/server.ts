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
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server not ready after ${options.timeoutMs ?? 120_000} ms:\n${output}`));
    }, options.timeoutMs ?? 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /ready: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with code ${code} before it was ready:\n${output}`));
    });
  });
  const readyMs = performance.now() - spawnedAt;
  return {
    url,
    child,
    readyMs,
    spawnedAt,
    output: () => output,
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
