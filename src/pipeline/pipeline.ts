/**
 * Pipelines of named stages. A stage declares the layers it requires and the layers it provides;
 * {@link createPipeline} checks the order once, when the pipeline is built, and throws for a stage
 * placed before its requirements (misuse of the API). Running a pipeline never throws on any input
 * string: a stage that fails is reported as a message on the document and its layers stay empty.
 */
import {
  createDocument,
  type AnalysisDocument,
  type ArticleMeta,
  type LayerName,
} from '../document.ts';

/** What every stage is given besides the document. */
export interface StageContext {
  /** Add a problem to the document. */
  report(code: string, message: string, span?: { start: number; end: number }): void;
}

/**
 * One named step of analysis. A stage reads the layers it `requires` and writes only the layers it
 * `provides` (by assigning or filling `doc[layer]`); it never edits another stage's layer.
 */
export interface Stage {
  /** A short unique name: `segment`, `quantities`, `ner`, … */
  readonly name: string;
  /** Layers that must be provided by earlier stages. */
  readonly requires: readonly LayerName[];
  /** Layers this stage fills. */
  readonly provides: readonly LayerName[];
  /** Fills the provided layers of `doc`. */
  run(doc: AnalysisDocument, context: StageContext): void;
}

/** Options for {@link createPipeline}. */
export interface PipelineOptions {
  /**
   * Freeze every layer once its stage has run, so a later stage that edits it fails loudly.
   * Costs time; meant for tests. Default false.
   */
  strict?: boolean;
}

/** A checked, ordered list of stages. */
export interface Pipeline {
  /** The stages in run order. */
  readonly stages: readonly Stage[];
  /** Every layer the pipeline provides. */
  readonly provides: ReadonlySet<LayerName>;
  /** Analyses a text. Never throws for a string input. */
  run(text: string, meta?: ArticleMeta): AnalysisDocument;
  /** Runs the stages over a document created by {@link createDocument}. */
  runDocument(doc: AnalysisDocument): AnalysisDocument;
}

/** Thrown by {@link createPipeline} for stages in an impossible order. */
export class PipelineOrderError extends Error {
  override name = 'PipelineOrderError';
}

/**
 * Builds a pipeline, checking that each stage's requirements are provided by a stage before it and
 * that no two stages provide the same layer.
 *
 * @throws {@link PipelineOrderError} when a stage comes before its requirements.
 */
export function createPipeline(stages: readonly Stage[], options: PipelineOptions = {}): Pipeline {
  const provided = new Map<LayerName, string>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new PipelineOrderError(`stage "${stage.name}" appears twice in the pipeline`);
    names.add(stage.name);
    for (const layer of stage.requires) {
      if (!provided.has(layer)) {
        const later = stages.find((s) => s.provides.includes(layer));
        throw new PipelineOrderError(
          later
            ? `stage "${stage.name}" requires layer "${layer}", which stage "${later.name}" provides only later: move "${later.name}" before "${stage.name}"`
            : `stage "${stage.name}" requires layer "${layer}", which no stage in the pipeline provides`,
        );
      }
    }
    for (const layer of stage.provides) {
      const owner = provided.get(layer);
      if (owner) throw new PipelineOrderError(`stages "${owner}" and "${stage.name}" both provide layer "${layer}"`);
      provided.set(layer, stage.name);
    }
  }
  const frozenStages = Object.freeze([...stages]);
  const strict = options.strict ?? false;

  const runDocument = (doc: AnalysisDocument): AnalysisDocument => {
    const context: StageContext = {
      report(code, message, span) {
        doc.messages.push(span ? { code, message, start: span.start, end: span.end } : { code, message });
      },
    };
    for (const stage of frozenStages) {
      try {
        stage.run(doc, context);
      } catch (error) {
        // A bug in one stage must not lose the other layers: empty its layers and say what happened.
        for (const layer of stage.provides) (doc[layer] as unknown[]) = [];
        context.report('stage-failed', `stage "${stage.name}" failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (strict) for (const layer of stage.provides) deepFreeze(doc[layer]);
    }
    return doc;
  };

  return {
    stages: frozenStages,
    provides: new Set(provided.keys()),
    run: (text, meta) => runDocument(createDocument(String(text), meta)),
    runDocument,
  };
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
