/**
 * The approximators written before a number («نحو» about, «أكثر من» more than, «لا يقل عن» at least …), shared by the
 * quantities stage and the age recogniser.
 */
import type { Approx } from '../document.ts';

/** Approximators before a number, as sequences of normalised words; the first may carry و/ف/ب. */
export const APPROX_BEFORE: [string[], Approx][] = (
  [
    ['لا يتجاوز', 'up-to'], ['لا تتجاوز', 'up-to'], ['لا يزيد عن', 'up-to'], ['لا يزيد علي', 'up-to'], ['لا تزيد عن', 'up-to'], ['لا تزيد علي', 'up-to'],
    ['لا يفوق', 'up-to'], ['لا تفوق', 'up-to'],
    ['نحو', 'about'], ['حوالي', 'about'], ['قرابه', 'about'], ['زهاء', 'about'], ['يقارب', 'about'], ['تقارب', 'about'], ['قارب', 'about'],
    ['قاربت', 'about'], ['يناهز', 'about'], ['تناهز', 'about'], ['ناهز', 'about'], ['ناهزت', 'about'], ['حدود', 'about'], ['تقريبا', 'about'],
    ['اكثر من', 'more-than'], ['يزيد عن', 'more-than'], ['يزيد علي', 'more-than'], ['تزيد عن', 'more-than'], ['تزيد علي', 'more-than'],
    ['يفوق', 'more-than'], ['تفوق', 'more-than'], ['فاق', 'more-than'], ['فاقت', 'more-than'], ['ازيد من', 'more-than'], ['ما فوق', 'more-than'],
    ['يتجاوز', 'more-than'], ['تتجاوز', 'more-than'], ['تجاوز', 'more-than'], ['تجاوزت', 'more-than'], ['يربو علي', 'more-than'],
    ['اقل من', 'less-than'], ['ما دون', 'less-than'],
    ['تصل الي', 'up-to'], ['يصل الي', 'up-to'], ['وصل الي', 'up-to'], ['وصلت الي', 'up-to'], ['حتي', 'up-to'], ['لغايه', 'up-to'], ['اقصاه', 'up-to'],
    ['لا يقل عن', 'at-least'], ['لا تقل عن', 'at-least'], ['علي الاقل', 'at-least'],
  ] as [string, Approx][]
).map(([w, a]) => [w.split(' '), a]);
