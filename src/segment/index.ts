/**
 * Segmentation stage: paragraphs, sentences, tokens with clitic segments.
 * (Placeholder tokenizer; the full segmenter replaces it.)
 */
import type { AnalysisDocument, Token } from '../document.ts';
import type { Stage } from '../pipeline/pipeline.ts';

/** The segmentation stage: provides `paragraphs`, `sentences` and `tokens`. */
export function segment(): Stage {
  return {
    name: 'segment',
    requires: [],
    provides: ['paragraphs', 'sentences', 'tokens'],
    run(doc: AnalysisDocument) {
      const text = doc.text;
      const tokens: Token[] = [];
      for (const m of text.matchAll(/[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu)) {
        const start = m.index;
        const end = start + m[0].length;
        const kind = /\p{N}/u.test(m[0]) ? 'number' : /\p{L}/u.test(m[0]) ? 'word' : 'punct';
        tokens.push({ start, end, kind, norm: m[0], segments: [{ start, end, role: 'stem' }] });
      }
      doc.tokens = tokens;
      doc.paragraphs = text.trim() ? [{ start: 0, end: text.length }] : [];
      doc.sentences = text.trim() ? [{ start: 0, end: text.length }] : [];
    },
  };
}
