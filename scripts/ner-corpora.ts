/**
 * The NER corpora under ../shared/data/ner, read with their own tokenisation and mapped onto
 * khabar's tags, with the fixed train/dev/held-out splits used by `train:ner` and `eval:ner`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { anercorpLabels, aqmarLabels, readTagged, wojoodLabels, type TaggedSentence } from '../src/ner/conll.ts';

/** AQMAR articles kept out of training and scored by `eval:ner` (a mix of topics). */
export const AQMAR_HELD_OUT = ['Damascus', 'Linux', 'Razi', 'Summer_Olympics2004'];

/** Fraction of ANERcorp's training part, taken from its end, used as the dev split. */
export const DEV_FRACTION = 0.1;

/** All the splits. */
export interface NerCorpora {
  /** ANERcorp training part minus its last 10 % of sentences. */
  anerTrain: TaggedSentence[];
  /** The last 10 % of ANERcorp's training part: the dev split. */
  anerDev: TaggedSentence[];
  /** AQMAR articles used for training. */
  aqmarTrain: TaggedSentence[];
  /** The held-out AQMAR articles ({@link AQMAR_HELD_OUT}). */
  aqmarHeldOut: TaggedSentence[];
  /** The Wojood sample (train, val and test files), outer tags. */
  wojood: TaggedSentence[];
}

/** Reads every corpus from `data` (../shared/data). */
export function readCorpora(data: string): NerCorpora {
  const aner = readTagged(readFileSync(join(data, 'ner/anercorp/train.txt'), 'utf8'), anercorpLabels);
  const cut = Math.round(aner.length * (1 - DEV_FRACTION));
  const aqmarDir = join(data, 'ner/aqmar/articles');
  const aqmarTrain: TaggedSentence[] = [];
  const aqmarHeldOut: TaggedSentence[] = [];
  for (const file of readdirSync(aqmarDir).filter((f) => f.endsWith('.txt')).sort()) {
    const sentences = readTagged(readFileSync(join(aqmarDir, file), 'utf8'), aqmarLabels);
    (AQMAR_HELD_OUT.includes(file.replace(/\.txt$/, '')) ? aqmarHeldOut : aqmarTrain).push(...sentences);
  }
  const wojood: TaggedSentence[] = [];
  for (const f of ['train.txt', 'val.txt', 'test.txt']) {
    const path = join(data, 'ner/wojood-sample', f);
    if (existsSync(path)) wojood.push(...readTagged(readFileSync(path, 'utf8'), wojoodLabels, 1));
  }
  return { anerTrain: aner.slice(0, cut), anerDev: aner.slice(cut), aqmarTrain, aqmarHeldOut, wojood };
}
