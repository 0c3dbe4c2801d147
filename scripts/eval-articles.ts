/**
 * Scores khabar on the annotated articles in ../shared/eval/dev (or --dir DIR):
 * runs the same analysis as `khabar analyze --json` on each `docs/NAME.txt` with its publication date
 * from `docs/meta.json`, writes `NAME.json` into --out (default out/eval-dev), then runs the
 * project-independent scorer `../shared/eval/score.mjs` on them.
 *
 *   npm run eval:articles [-- --dir ../shared/eval/dev --out out/eval-dev]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeSet } from './analyze-set.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: '../shared/eval/dev' }, out: { type: 'string', default: 'out/eval-dev' } },
});
const dir = resolve(values.dir!);
const out = resolve(values.out!);
if (!existsSync(join(dir, 'docs'))) {
  console.error(`eval-articles: ${dir}/docs not found (the shared evaluation data is not on this machine)`);
  process.exit(2);
}
analyzeSet(dir, out);
// A folder outside ../shared/eval (e.g. test/heldout) has no scorer beside it: use the shared one.
const besideDir = join(dir, '..', 'score.mjs');
const scorer = existsSync(besideDir) ? besideDir : fileURLToPath(new URL('../../shared/eval/score.mjs', import.meta.url));
const result = spawnSync(process.execPath, [scorer, '--dir', dir, '--out', out, ...process.argv.slice(2).filter((a) => a.startsWith('--min-') || /^[\d.]+$/.test(a))], { stdio: 'inherit' });
process.exit(result.status ?? 1);
