/**
 * Runs the `khabar` command from the TypeScript sources in a child process, from any working
 * directory (tsx is resolved from this project, not from the cwd).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The CLI entry point in the sources. */
export const CLI_MAIN = new URL('../../src/cli/main.ts', import.meta.url).pathname;
/** The tsx loader, as an absolute URL usable with `node --import`. */
export const TSX_LOADER = import.meta.resolve('tsx');
/** The shared data folder (`../shared` from the project root). */
export const SHARED = new URL('../../../shared/', import.meta.url).pathname;
/** Why a test needing `../shared/data` skips, or false when it is there. */
export const NEEDS_SHARED_DATA = existsSync(`${SHARED}data`) ? false : 'needs ../shared/data (the shared corpora are not on this machine)';

/** Options for {@link runCli}. */
export interface RunCliOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  timeout?: number;
}

/** Runs `khabar ARGS…` and returns its status, stdout and stderr (UTF-8). */
export function runCli(args: string[], options: RunCliOptions = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', TSX_LOADER, CLI_MAIN, ...args], {
    encoding: 'utf8',
    input: options.input,
    cwd: options.cwd,
    env: options.env ?? process.env,
    timeout: options.timeout ?? 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
}
