/**
 * The `times` stage: dates, times of day, durations and sets, resolved to TIMEX3 values against the
 * publication date (`doc.date`). See src/dates/recognize.ts for what is recognised.
 */
import type { AnalysisDocument, TimeExpression } from '../document.ts';
import type { Stage } from '../pipeline/pipeline.ts';
import { recognizeTimes } from './recognize.ts';

export { findTimes, type TimeMatch } from './recognize.ts';
export { fromHijri, toHijri, isoWeek, MONTH_NAMES, WEEKDAYS } from './calendar.ts';

/** The times stage: requires `tokens`, provides `times`. */
export function times(): Stage {
  return {
    name: 'times',
    requires: ['tokens'],
    provides: ['times'],
    run(doc: AnalysisDocument) {
      const out: TimeExpression[] = [];
      // The recogniser built the expressions already (usually in the quantities stage): keep them.
      const found = recognizeTimes(doc, true).expressions;
      for (let k = 0; k < found.length; k++) {
        const m = found[k]!;
        const last = out[out.length - 1];
        // Overlaps are dropped, except a duration inside a date («منذ ثلاثة أيام»: the date and the duration).
        if (last && m.start < last.end && !(m.end <= last.end && m.start >= last.start && m.type === 'DURATION')) continue;
        out.push(m);
      }
      // Usually already in order: sorting anyway would copy the array for nothing.
      let sorted = true;
      for (let k = 1; k < out.length && sorted; k++) sorted = out[k - 1]!.start < out[k]!.start || (out[k - 1]!.start === out[k]!.start && out[k - 1]!.end <= out[k]!.end);
      if (!sorted) out.sort((a, b) => a.start - b.start || a.end - b.end);
      doc.times = out;
    },
  };
}
