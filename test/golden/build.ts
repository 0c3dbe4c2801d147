/**
 * Test helper: a document whose `mentions` layer is given by hand (an oracle tagger), so that the
 * entities and quotes stages are tested on their own, whatever the NER model does.
 */
import { createDocument, type AnalysisDocument, type EntityType } from '../../src/document.ts';
import { createPipeline } from '../../src/pipeline/pipeline.ts';
import { segment } from '../../src/segment/index.ts';
import { entities } from '../../src/entities/index.ts';
import { quotes } from '../../src/quotes/index.ts';

/** A mention: its exact surface text and type; repeated surfaces are found left to right. */
export type MentionSpec = readonly [surface: string, type: EntityType];

/**
 * Segments `text`, fills the mentions layer from `mentions` (each surface searched after the
 * previous one of the same text, as a whole word), then runs entities() and quotes().
 */
export function analyzeWithMentions(text: string, mentions: readonly MentionSpec[], options: { quotes?: boolean } = {}): AnalysisDocument {
  const doc = createDocument(text);
  createPipeline([segment()], { strict: true }).runDocument(doc);
  const next = new Map<string, number>();
  const found: { start: number; end: number; type: EntityType }[] = [];
  for (const [surface, type] of mentions) {
    let at = next.get(surface) ?? 0;
    for (;;) {
      const i = text.indexOf(surface, at);
      if (i < 0) throw new Error(`mention ${surface} not found in the text`);
      at = i + surface.length;
      const free = !found.some((m) => m.start < at && i < m.end);
      if (free && !/\p{L}/u.test(text[at] ?? '') && !/[^\sوفبلك\p{P}]/u.test(text[i - 1] ?? ' ')) {
        found.push({ start: i, end: at, type });
        break;
      }
    }
    next.set(surface, at);
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  doc.mentions = found.map((m, i) => ({ id: `m${i + 1}`, ...m, text: text.slice(m.start, m.end) }));
  const context = { report: (code: string, message: string) => doc.messages.push({ code, message }) };
  entities().run(doc, context);
  if (options.quotes !== false) quotes().run(doc, context);
  return doc;
}
