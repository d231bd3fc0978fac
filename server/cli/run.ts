/**
 * Runs a command-line entry point: `--help` prints its usage; bad input (an unknown option, a file it cannot read,
 * a request the contract or the corpus refuses) and startup errors print one clear line, not a stack.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ZodError } from 'zod';
import { ConfigError } from '../config.ts';
import { AppError, StartupError } from '../errors.ts';

/** Why a file could not be read, in words, by the error's code. */
const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'a folder, not a file',
  ENAMETOOLONG: 'too long for a file name',
  EACCES: 'permission denied',
};

const helpAsked = () => process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h');

export async function runCli(usage: string, main: () => Promise<void>): Promise<void> {
  if (helpAsked()) {
    console.log(`usage: ${usage}`);
    return;
  }
  try {
    await main();
  } catch (error) {
    console.error(problem(error, usage));
    process.exitCode = 1;
  }
}

/**
 * The options of a script that runs top to bottom (the bench, the eval): `--help` prints its usage and an unknown
 * option says so with it, then the process exits, as `runCli` would.
 */
export function argsOf<T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  if (helpAsked()) {
    console.log(`usage: ${usage}`);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(problem(error, usage));
    process.exit(1);
  }
}

function problem(error: unknown, usage: string): unknown {
  if (error instanceof ZodError) return `error: ${error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ')}`;
  if (error instanceof ConfigError || error instanceof StartupError) return error.message;
  if (error instanceof AppError) return `error: ${error.message}`;
  const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown };
  // parseArgs: "Unknown option '--bogus'. To specify a positional argument …": the first sentence says it.
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) return `error: ${(error as Error).message.split('. ')[0]!.replace(/\.$/, '')}.\nusage: ${usage}`;
  if (typeof code === 'string' && code in FILE_ERRORS) {
    const shown = typeof path !== 'string' ? 'the file' : `"${path.length > 60 ? `${path.slice(0, 57)}…` : path}"`;
    return `error: cannot read ${shown}: ${FILE_ERRORS[code]}. Give a file, or the text on standard input.`;
  }
  return error;
}
