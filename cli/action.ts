// The glue between commander and the command groups: each action gets its Context (built from the
// global options at run time), its options, then its positional arguments.
import { type Command, InvalidArgumentError } from 'commander';
import { type Context, createContext, type Io } from './context.js';

export const processIo: Io = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
};

/** A commander action: `(ctx, options, ...positionals)`; what it throws ends the run (see main.ts). */
export function act<O, P extends unknown[]>(
  handler: (ctx: Context, options: O, ...positionals: P) => Promise<void>,
): (...raw: unknown[]) => Promise<void> {
  return async (...raw: unknown[]) => {
    const command = raw[raw.length - 1] as Command;
    const options = raw[raw.length - 2] as O;
    await handler(createContext(command, processIo), options, ...(raw.slice(0, -2) as P));
  };
}

/** `--limit 10` and friends: a whole number, or a usage error naming the option. */
export function integer(name: string): (value: string) => number {
  return (value) => {
    if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError(`${name} takes a whole number, got ${value}`);
    return Number(value);
  };
}

/** `a,b,c` -> ['a', 'b', 'c'] (blanks dropped). */
export function list(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A repeatable option's collector: `--load a --load b` -> ['a', 'b']. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
