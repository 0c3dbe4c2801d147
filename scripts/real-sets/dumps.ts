/**
 * Dumps what khabar finds in every article of the shared news corpus, one line a fact, sorted, for checking a rule on all
 * 10,157 articles by diffing the dumps of two versions of the code:
 *
 *   npm run real:dumps -- --prefix /tmp/before     (then, after a change, --prefix /tmp/after; diff the files)
 *
 * PREFIX.m.tsv: every entity mention (article, start, end, type, text); PREFIX.d.tsv: every quote (kind, start, speaker,
 * speaker mention, addressee, text) and every person or body with its mentions; PREFIX.t.tsv: every time and quantity.
 * Runs in two processes (the machines here have two cores).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze } from '../../src/analyze.ts';
import { InputError } from '../../src/ingest/read.ts';
import { articlesOf } from '../../src/ingest/sources.ts';
import { articleText } from './article.ts';

const { values } = parseArgs({
  options: { prefix: { type: 'string' }, shard: { type: 'string' }, shards: { type: 'string', default: '2' }, corpus: { type: 'string', default: '../shared/data/news/ant-corpus.jsonl.gz' } },
});
if (!values.prefix) {
  console.error('real:dumps: --prefix PATH is required');
  process.exit(2);
}
const prefix = values.prefix;
const shards = Number(values.shards);
const kinds = ['m', 'd', 't'] as const;

if (values.shard === undefined) {
  // The parent: one child a shard, then the shards' lines merged and sorted.
  const self = fileURLToPath(import.meta.url);
  const children = Array.from({ length: shards }, (_, shard) =>
    new Promise<void>((done, fail) => {
      const child = spawn(process.execPath, [...process.execArgv, self, '--prefix', prefix, '--shard', String(shard), '--shards', String(shards), '--corpus', values.corpus!], { stdio: 'inherit' });
      child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`shard ${shard} exited with ${code}`))));
    }),
  );
  await Promise.all(children);
  for (const kind of kinds) {
    const lines: string[] = [];
    for (let shard = 0; shard < shards; shard++) {
      const part = `${prefix}.${shard}.${kind}.tsv`;
      lines.push(...readFileSync(part, 'utf8').split('\n').filter((l) => l));
      rmSync(part);
    }
    lines.sort();
    writeFileSync(`${prefix}.${kind}.tsv`, lines.join('\n') + '\n');
    console.log(`${prefix}.${kind}.tsv: ${lines.length} lines`);
  }
} else {
  const shard = Number(values.shard);
  const out: Record<(typeof kinds)[number], string[]> = { m: [], d: [], t: [] };
  const flat = (s: string): string => s.replace(/\s+/gu, ' ');
  let n = 0;
  for await (const a of articlesOf(values.corpus!)) {
    if (a instanceof InputError) throw a;
    if (n++ % shards !== shard) continue;
    const id = a.id ?? a.origin;
    const text = articleText(a.title, a.text);
    const doc = analyze(text, { date: a.date ?? null, ...(a.url ? { url: a.url } : {}) });
    const byId = new Map(doc.entities.map((e) => [e.id, e]));
    for (const e of doc.entities) {
      for (const m of e.mentions) out.m.push(`${id}\t${m.start}\t${m.end}\t${e.type}\t${flat(text.slice(m.start, m.end))}`);
      if (e.type === 'PER' || e.type === 'ORG') out.d.push(`E\t${id}\t${e.type}\t${flat(e.name)}\t${[...new Set(e.mentions.map((m) => flat(text.slice(m.start, m.end))))].join('|')}`);
    }
    for (const q of doc.quotes) {
      const speaker = q.speaker ? byId.get(q.speaker) : undefined;
      const addressee = q.addressee ? byId.get(q.addressee) : undefined;
      out.d.push(`Q\t${id}\t${q.kind}\t${q.start}\t${speaker ? flat(speaker.name) : '-'}\t${q.speakerMention ? flat(text.slice(q.speakerMention.start, q.speakerMention.end)) : '-'}\t${addressee ? flat(addressee.name) : '-'}\t${flat(q.text)}`);
    }
    for (const t of doc.times) out.t.push(`T\t${id}\t${t.start}\t${t.end}\t${t.type}\t${t.value}\t${flat(text.slice(t.start, t.end))}`);
    for (const q of doc.quantities) out.t.push(`N\t${id}\t${q.start}\t${q.end}\t${q.value}\t${q.currency ?? '-'}\t${q.unit ?? '-'}\t${flat(text.slice(q.start, q.end))}`);
  }
  for (const kind of kinds) writeFileSync(`${prefix}.${shard}.${kind}.tsv`, out[kind].join('\n') + '\n');
}
