/**
 * Language data of the clitic segmenter (lexicon forms: hamza, alef maqsura and taa marbuta kept).
 */

/** Conjunctions: «و» (and), «ف» (so, then). */
export const CONJUNCTIONS: readonly string[] = ['و', 'ف'];

/** Prepositions and the future particle: «ب» (with, in), «ك» (like), «ل» (for, to), «س» (will). */
export const PREPOSITIONS: readonly string[] = ['ب', 'ك', 'ل', 'س'];

/** First letters of an imperfect verb, the only stems the future particle «س» attaches to. */
export const IMPERFECT_PREFIXES = new Set(['ي', 'ت', 'ن', 'أ', 'ا']);

/**
 * Pronoun enclitics, longest first: «هما» (their, dual), «كما» (your, dual), «ها» (her), «هم» (their),
 * «هن» (their, fem.), «كم» (your, pl.), «نا» (our/us), «ني» (me), «ه» (his).
 * The first-person «ي» (my) is not split: in news it is far more often the nisba suffix of an
 * adjective (تونسي "Tunisian", الوطني "national") than a possessive.
 */
export const ENCLITICS: readonly string[] = ['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'نا', 'ني', 'ه'];

/** Weight of the evidence for a split, per clitic: conjunctions are the most productive. */
export const CLITIC_WEIGHT: Readonly<Record<string, number>> = {
  و: 2.5,
  ف: 2,
  ب: 1.5,
  ك: 1,
  ل: 1.5,
  س: 1.5,
  enclitic: 1.2,
};

/**
 * Factor of a split when the whole word shows no sign of being a stem itself (it never takes the
 * article, nor a conjunction when a conjunction is stripped): clitics are productive, so a remainder
 * that is a word is then the likely reading — the corpus has «وأضاف» (and he added) twelve times as
 * often as «أضاف», and «بطلق» (with a shot) twice as often as «طلق».
 */
export const CLITIC_BOOST = 6;

/**
 * Factor of a split when the whole word is a stem itself (الفكرة "the idea" exists, so «فكرة» is not
 * ف + كرة "ball"; وولاية exists, so «ولاية» is not و + لاية).
 */
export const STEM_FACTOR = 0.1;

/**
 * Words that start with «ال» without a definite article, kept whole: relative pronouns
 * (الذي "who", التي "which", …), «الله» (God), and the particles «إلى/الى» (to), «إلا/الا» (except).
 */
export const NOT_ARTICLE = new Set([
  'الذي',
  'التي',
  'الذين',
  'اللذين',
  'اللتين',
  'اللذان',
  'اللتان',
  'اللاتي',
  'اللواتي',
  'اللائي',
  'الله',
  'اللهم',
  'الى',
  'الي',
  'الا',
]);

/**
 * Lexicalised particles kept whole although they look like clitic + word: «كما» (as, also),
 * «لما» (when), «لقد» (indeed), «لكن» (but), «لدى» (at), «لذا» (so), «ليس» (is not),
 * «بل» (rather), «كأن» (as if), «فيما» (while), «بينما» (while).
 */
export const WHOLE_WORDS = new Set([
  'كما',
  'لما',
  'لقد',
  'لكن',
  'لدى',
  'لدي',
  'لذا',
  'ليس',
  'ليست',
  'كأن',
  'فيما',
  'بينما',
  'كلما',
  'لعل',
  'لولا',
  'لو',
]);
