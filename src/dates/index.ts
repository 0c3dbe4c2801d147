/**
 * The `times` stage: dates, times of day, durations and sets, resolved to TIMEX3 values against the
 * publication date (`doc.date`). See src/dates/recognize.ts for what is recognised.
 */
import type { AnalysisDocument, TimeExpression } from '../document.ts';
import type { Stage } from '../pipeline/pipeline.ts';
import { NO_TIMES, recognizeTimes } from './recognize.ts';

export { findTimes, type TimeMatch } from './recognize.ts';
export { fromHijri, toHijri, isoWeek, MONTH_NAMES, WEEKDAYS } from './calendar.ts';

/** The times stage: requires `tokens`, provides `times`. */
export function times(): Stage {
  return {
    name: 'times',
    requires: ['tokens'],
    provides: ['times'],
    run(doc: AnalysisDocument) {
      // The recogniser built the expressions already (usually in the quantities stage): keep them,
      // in their own array unless an overlap is dropped (a new array is one more object that the
      // collector copies while the layer lives).
      const found = recognizeTimes(doc, true).expressions;
      let out: TimeExpression[] | undefined;
      let kept: TimeExpression | undefined;
      for (let k = 0; k < found.length; k++) {
        const m = found[k]!;
        // Overlaps are dropped, except a duration inside a date («منذ ثلاثة أيام»: the date and the duration).
        if (kept && m.start < kept.end && !(m.end <= kept.end && m.start >= kept.start && m.type === 'DURATION')) {
          out ??= found.slice(0, k);
          continue;
        }
        out?.push(m);
        kept = m;
      }
      let times = out ?? found;
      // Usually already in order: sorting anyway would copy the array for nothing.
      let sorted = true;
      for (let k = 1; k < times.length && sorted; k++) sorted = times[k - 1]!.start < times[k]!.start || (times[k - 1]!.start === times[k]!.start && times[k - 1]!.end <= times[k]!.end);
      if (!sorted) times = (out ?? found.slice()).sort((a, b) => a.start - b.start || a.end - b.end);
      // A document without times keeps the empty array it has (one object fewer for the collector).
      if (times !== NO_TIMES) doc.times = times;
      else if (doc.times?.length !== 0) doc.times = [];
    },
  };
}
