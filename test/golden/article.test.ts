/**
 * Golden article: a short news text written for this test (not taken from any outlet), with a
 * hand-given mentions layer, analysed by segment → entities → quotes and compared IN FULL with the
 * expected JSON beside it. The expected file was generated once from the output and then checked
 * by hand, quote by quote and entity by entity.
 *
 * To regenerate after a deliberate change (then check the diff by hand before committing):
 *   KHABAR_UPDATE_GOLDEN=1 node --import tsx --test test/golden/article.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJSON } from '../../src/document.ts';
import { checkInvariants } from '../../src/pipeline/invariants.ts';
import { analyzeWithMentions, type MentionSpec } from './build.ts';

const here = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

/** What a tagger should find in health-minister.txt (the oracle mentions layer). */
const MENTIONS: MentionSpec[] = [
  ['سلمى الورغي', 'PER'],
  ['الورغي', 'PER'],
  ['وكالة الأنباء الفرنسية', 'ORG'],
  ['نقابة الأطباء', 'ORG'],
  ['كريم بن صالح', 'PER'],
  ['واشنطن', 'LOC'],
  ['أنتوني بلينكن', 'PER'],
  ['Antony Blinken', 'PER'],
  ['بلنكن', 'PER'],
  ['البنك الدولي', 'ORG'],
];

test('golden article: health-minister.txt gives exactly health-minister.json', () => {
  const text = readFileSync(here('health-minister.txt'), 'utf8');
  const doc = analyzeWithMentions(text, MENTIONS);
  assert.deepEqual(checkInvariants(doc), []);
  const actual = toJSON(doc);
  if (process.env.KHABAR_UPDATE_GOLDEN) writeFileSync(here('health-minister.json'), JSON.stringify(actual, null, 1) + '\n');
  const expected = JSON.parse(readFileSync(here('health-minister.json'), 'utf8'));
  assert.deepEqual(JSON.parse(JSON.stringify(actual)), expected);
});
