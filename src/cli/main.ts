/**
 * The `khabar` command: a thin dispatcher over the library. Each subcommand lives in its own module
 * and is loaded only when used, so `khabar analyze` never loads the store or the server.
 *
 * Exit codes: 0 success, 1 an input could not be read or a command failed, 2 usage.
 */
import { pathToFileURL } from 'node:url';
import { realpathSync } from 'node:fs';

/** A subcommand: runs with its own arguments and resolves to an exit code. */
export type Command = (argv: string[]) => Promise<number>;

/** Every subcommand, with a one-line summary and the module that implements it. */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  analyze: { summary: 'analyse articles (txt, json, jsonl, jsonl.gz, - for stdin)', load: () => import('./analyze.ts') },
  serve: { summary: 'serve the web app and the JSON API over the corpus store', load: () => import('./serve.ts') },
  tag: { summary: 'tag a CoNLL file with the NER model (--conll FILE|-)', load: () => import('./tag.ts') },
  ingest: { summary: 'analyse articles and store them in the corpus (files and folders)', load: () => import('./ingest.ts') },
  search: { summary: 'full-text search over the corpus, with facets', load: () => import('./search.ts') },
  quotes: { summary: 'who said what across the corpus, newest first', load: () => import('./quotes.ts') },
  entities: { summary: 'corpus-wide entities with their aliases and counts', load: () => import('./entities.ts') },
  // Later subcommands register here: tag, ingest, search, quotes, entities, serve.
};

/** Prints the usage text. */
export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: khabar <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nkhabar <command> --help for a command's options.\n`;
}

/** Runs the command line and resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`khabar: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  let module: { run: Command };
  try {
    module = await command.load();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(`cli/${name}.`)) {
      process.stderr.write(`khabar: the "${name}" command is not available in this build\n`);
      return 2;
    }
    throw error;
  }
  return module.run(rest);
}

const invokedDirectly = (() => {
  try {
    return process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
})();

if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`khabar: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
