/**
 * Argument parsing shared by every subcommand: `node:util` parseArgs with positionals, a `-h/--help`
 * option, and one way to report a usage error (the message, then the command's help, exit 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

const HELP_OPTION = { help: { type: 'boolean', short: 'h', default: false } } as const;

/** What {@link parseCommandArgs} returns for options `O`. */
export type ParsedCommandArgs<O extends OptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O & typeof HELP_OPTION }>>;

/**
 * Parses a subcommand's arguments. Returns the parsed values and positionals, or the exit code to
 * return at once: 2 after printing a usage error, 0 after printing the help for `--help`.
 */
export function parseCommandArgs<const O extends OptionsConfig>(command: string, argv: string[], options: O, help: string): ParsedCommandArgs<O> | number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...options, ...HELP_OPTION } });
  } catch (error) {
    process.stderr.write(`khabar ${command}: ${(error as Error).message}\n\n${help}`);
    return 2;
  }
  // The help flag is always there (HELP_OPTION), whatever the command's own options.
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(help);
    return 0;
  }
  return parsed;
}
