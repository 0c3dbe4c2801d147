/**
 * The default analysis: every stage khabar has, in order.
 */
import type { AnalysisDocument, ArticleMeta } from './document.ts';
import { createPipeline, type Pipeline, type Stage } from './pipeline/pipeline.ts';
import { segment } from './segment/index.ts';
import { quantities } from './numbers/index.ts';
import { times } from './dates/index.ts';
import { ner } from './ner/index.ts';
import { entities } from './entities/index.ts';
import { quotes } from './quotes/index.ts';

/** The stages of the default pipeline, in run order. */
export function defaultStages(): Stage[] {
  return [segment(), quantities(), times(), ner(), entities(), quotes()];
}

let defaultPipeline: Pipeline | undefined;

/** Options for {@link analyze}. */
export interface AnalyzeOptions extends ArticleMeta {
  /** Use this pipeline instead of the default one. */
  pipeline?: Pipeline;
}

/**
 * Analyses one text with the default pipeline (or `options.pipeline`). Never throws for a string:
 * problems become `messages` on the document.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisDocument {
  const { pipeline, ...meta } = options;
  const chosen = pipeline ?? (defaultPipeline ??= createPipeline(defaultStages()));
  return chosen.run(text, meta);
}
