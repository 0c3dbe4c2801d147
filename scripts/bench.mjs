#!/usr/bin/env node
/**
 * `npm run bench [-- FILE]`: compiles the engine and the benchmark with tsc (as the package ships:
 * plain ES modules, one per source file) into `.bench-build/`, then runs the compiled benchmark.
 *
 * Why not run the TypeScript through tsx, as the other scripts do: tsx transforms with esbuild's
 * `keepNames`, which wraps every function and closure it creates in a `__name()` call (an
 * `Object.defineProperty`). Stages that create closures per document (entities, quotes, the number
 * and date readers) then pay 1.3–2.5× their shipped cost, and the ratios between stages that the
 * issues set as targets are distorted. `npm run bench:tsx` still runs the source through tsx.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.bench-build');
const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.bench.json')], { stdio: 'inherit' });
if (tsc.status !== 0) {
  console.error('bench: the TypeScript build failed (tsc -p tsconfig.bench.json)');
  process.exit(tsc.status ?? 1);
}
// The compiled engine finds the model at ../../models from src/ner, as dist/ner does in the package.
mkdirSync(out, { recursive: true });
if (!existsSync(join(out, 'models'))) symlinkSync(join(root, 'models'), join(out, 'models'), 'dir');
const file = process.argv[2] ?? 'bench/pipeline.bench.ts';
const compiled = join(out, file.replace(/\.ts$/u, '.js'));
const run = spawnSync(process.execPath, [compiled, ...process.argv.slice(3)], { stdio: 'inherit', env: process.env });
process.exit(run.status ?? 1);
