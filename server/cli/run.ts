/** Runs a command-line entry point: bad input and startup errors print one clear line, not a stack. */
import { ZodError } from 'zod';
import { ConfigError } from '../config.ts';
import { StartupError } from '../errors.ts';

export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof ZodError) console.error(`error: ${error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ')}`);
    else if (error instanceof ConfigError || error instanceof StartupError) console.error(error.message);
    else console.error(error);
    process.exitCode = 1;
  }
}
