/**
 * Arabic letters as UTF-16 code units, for the scans that test a character with `charCodeAt` instead of building a
 * string: one name for each code, shared by the stages.
 */

/** «ا» (alef). */
export const ALEF = 0x0627;
/** «ب» (baa). */
export const BAA = 0x0628;
/** «س» (seen). */
export const SEEN = 0x0633;
/** «ـ» (tatweel), the letter-stretching mark. */
export const TATWEEL = 0x0640;
/** «ف» (faa). */
export const FAA = 0x0641;
/** «ق» (qaf). */
export const QAF = 0x0642;
/** «ك» (kaf). */
export const KAF = 0x0643;
/** «ل» (lam). */
export const LAM = 0x0644;
/** «ن» (noon). */
export const NOON = 0x0646;
/** «ه» (haa). */
export const HAA = 0x0647;
/** «و» (waw). */
export const WAW = 0x0648;
/** «ي» (yaa). */
export const YAA = 0x064a;
/** «ٰ» (dagger alef), a small alef written above a letter. */
export const DAGGER_ALEF = 0x0670;
