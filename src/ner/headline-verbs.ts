/**
 * A word list shared by the tagger's post-passes (edges.ts, slots.ts), in a module of its own: the two sit on one import
 * cycle, and a constant exported by either was read by the other before it was set.
 *
 * @packageDocumentation
 */

/**
 * Speech verbs in the imperfect that headlines put right after a name: «الاتحاد يدعو الحكومة لـ…» (the union calls on the
 * government to …), «جمعة يعلن عن تأسيس حزب» (Jomaa announces a party). No name ends with one (see trimFunctionWords);
 * the slot pass reads a surname before one (slots.ts).
 */
export const HEADLINE_VERB_WORDS: readonly string[] = [
  'يعلن', 'تعلن', 'يؤكد', 'تؤكد', 'يوضح', 'توضح', 'يطالب', 'تطالب', 'يدعو', 'تدعو', 'ينفي', 'تنفي', 'يكشف', 'تكشف',
  'يحذر', 'تحذر', 'يقول', 'تقول', 'يرد', 'ترد', 'يعترف', 'تعترف', 'يتهم', 'تتهم', 'ينتقد', 'تنتقد',
  // «هيئة الدفاع عن الشهيد شكري بلعيد ترجح تأجيل القضية» (the defence of the martyr Chokri Belaid expects a postponement).
  'يرجح', 'ترجح',
];
