/** The command-line tools on bad input: one clear line and the usage, never a stack (none of these reaches the index). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The script `npm run <tool>` runs, as package.json says. */
const SCRIPTS = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const scriptOf = (tool: string) => /^node (\S+)$/.exec(SCRIPTS[tool]!)![1]!;
/** Every tool a user or developer runs by name. */
const TOOLS = ['ask', 'search', 'check', 'ingest', 'eval', 'bench', 'load', 'fetch-model'];

const run = (tool: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [path.join(ROOT, scriptOf(tool)), ...args], { cwd: ROOT, encoding: 'utf8', input: '' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('command-line tools', () => {
  it.each(TOOLS)('%s --help prints its usage and succeeds', (tool) => {
    const help = run(tool, '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(new RegExp(`^usage: npm run ${tool}\\b`));
  });

  it.each(TOOLS)('%s with an unknown option says which, and how to use it, without a stack', (tool) => {
    const bad = run(tool, '--bogus');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe(`error: Unknown option '--bogus'.\nusage: npm run ${tool}${run(tool, '--help').stdout.slice(`usage: npm run ${tool}`.length)}`);
  });

  it('check names a file it cannot read, and says what to give instead', () => {
    // An essay pasted where the file name goes.
    const text = 'He said that "we must rely on our own efforts" in 1961, and he meant it. '.repeat(5);
    expect(run('check', text).stderr).toBe(`error: cannot read "${text.slice(0, 57)}…": too long for a file name. Give a file, or the text on standard input.\n`);
    expect(run('check', path.join(scratch, 'missing.txt')).stderr).toBe(`error: cannot read "${path.join(scratch, 'missing.txt')}": no such file. Give a file, or the text on standard input.\n`);
    const folder = run('check', scratch);
    expect(folder.status).toBe(1);
    expect(folder.stderr).toBe('error: cannot read the file: a folder, not a file. Give a file, or the text on standard input.\n');
    // Saved in a Windows code page, or not text at all: said, not checked as garbled text.
    const saved = path.join(scratch, 'essay-1252.txt');
    writeFileSync(saved, Buffer.from('He said \x93Dependence will get us nowhere.\x94 in 1961.', 'latin1'));
    const codePage = run('check', saved);
    expect(codePage.status).toBe(1);
    expect(codePage.stderr).toBe(`error: cannot read "${saved}": unreadable encoding: not valid UTF-8. Save it as plain text (UTF-8).\n`);
    const binary = path.join(scratch, 'essay.bin');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    expect(run('check', binary).stderr).toBe(`error: cannot read "${binary}": binary file (contains NUL bytes). Save it as plain text (UTF-8).\n`);
  });

  it('ask and search refuse an empty question with the contract\'s message', () => {
    expect(run('ask', '').stderr).toBe('error: question: question is empty\n');
    expect(run('search', '').stderr).toMatch(/^error: q: /);
  });
});
