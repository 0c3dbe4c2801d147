/**
 * Words about people that the name tagger (src/ner) and the quote stage (src/quotes) both read, as written; each
 * stage normalises them its own way (`fold` or `nameKey`), so the lists are kept here once.
 */

/**
 * Nouns of kin, neighbours and the people around someone that a description starts with: «شقيق الضحية» (the victim's
 * brother), «جارة عبدالزهرة» (Abdelzahra's neighbour), «أنصار قيس سعيد» (Kais Saied's supporters), «شق حافظ» (Hafedh's
 * faction) — the person named after them is someone else. (Not «ابن», which starts names: «ابن الخطاب»; nor «جد/جدة»,
 * grandfather and grandmother, here: «جدة» is also Jeddah, so only the quote stage adds them.)
 */
export const RELATIVE_NOUNS: readonly string[] = 'والد والدة نجل نجلة شقيق شقيقة زوج زوجة أرملة حفيد حفيدة ابنة جار جارة صديق صديقة شق جناح أنصار أتباع عائلة أسرة'.split(' ');

/**
 * The outlet's own reporters, «our envoy», «our correspondent»: a role whose possessor is its own suffix, so a name comes
 * right after it («وأكدت موفدتنا إيمان الفجاري», our envoy Imen Fejjari stressed) and never starts with it.
 */
export const OWN_REPORTER_WORDS: readonly string[] = ['موفدنا', 'موفدتنا', 'مراسلنا', 'مراسلتنا', 'مبعوثنا', 'مبعوثتنا'];

/** «المدعو», «المدعوة» (the one named): a name follows. */
export const NAMED_ONE_WORDS: readonly string[] = ['المدعو', 'المدعوة'];

/** «يدعى», «تدعى» (who is called): a name follows a person noun and the word. */
export const IS_CALLED_WORDS: readonly string[] = ['يدعى', 'تدعى'];
