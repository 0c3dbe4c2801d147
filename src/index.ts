/**
 * khabar: Arabic news to structured, verifiable knowledge.
 *
 * @packageDocumentation
 */
export * from './document.ts';
export * from './pipeline/pipeline.ts';
export * from './pipeline/invariants.ts';
export * from './analyze.ts';
export {
  segment,
  segmentText,
  tokenize,
  analyzeWord,
  segmentWord,
  stripProclitics,
  lexiconForm,
  type SegmentResult,
  type TokenizeResult,
  type WordAnalysis,
  type WordSegment,
  type StripOptions,
} from './segment/index.ts';
export { quantities, findQuantities } from './numbers/index.ts';
export { times, findTimes, type TimeMatch } from './dates/index.ts';
export { ner, nameStart, tagTokens, getNerModel, loadNerModel, modelAvailable, TAGS, parseConll, spansOf, type NerOptions, type NerModel, type Tag } from './ner/index.ts';
export * from './text/normalize.ts';
export { entities, clusterMentions, builtinAliases, createAliasIndex, nameKey, nameTokens, skeleton, translitKey, wordsMatch, type AliasGroup, type EntitiesOptions } from './entities/index.ts';
export { quotes, findQuotes, CUE_VERBS, NOUN_CUES, COMPLEMENTISERS } from './quotes/index.ts';
