/**
 * Function words at the edges of a tagged name. The tagger scores each token in its context and now
 * and then runs a name on into the preposition after it («يوسف الشاهد على [هامش]», Youssef Chahed on
 * [the sidelines]) or starts a person with the complementiser before it («فإن الهاكر», so the
 * hacker). No name ends with a preposition or a complementiser, so these words leave the name
 * whatever the tagger said; used on the tagger's output (`tagSentences` and `tagTokens`, so
 * `khabar tag` and `eval:ner` see it too) and again in `ner()` after its own passes.
 *
 * @packageDocumentation
 */
import type { Tag } from './conll.ts';
import { spansOf } from './conll.ts';
import { lexiconForm } from '../segment/lexicon-form.ts';
import { HEADLINE_VERB_WORDS } from './headline-verbs.ts';
import { isLatinLetterName } from '../text/letter-names.ts';
import { OWN_REPORTER_WORDS } from '../text/person-words.ts';
import { fold } from './fold.ts';
import { NOT_NISBA } from './orgs.ts';
import { TRIGGERS } from './triggers.ts';

/**
 * «فان»: «فإن» (so, that) written without its hamza, or the Dutch «van» (فان نيستلروي, Van
 * Nistelrooy; فان ديزل, Vin Diesel). Before a name of two words or more it is taken for the
 * complementiser (فان برنار كازنوف), before one word for «van», which keeps its first letter
 * (`ner()` does not split it as «ف» + «ان»).
 */
export const VAN = 'فان';
/**
 * Words no name ends with, in their lexicon form (ى kept apart from ي: «على» (on) is no «علي» (Ali)):
 * prepositions, complementisers (also «فإن» and «فان», which last in a name is always «فإن», so that: «van»
 * stands before its surname), the adverbs «أيضا، كذلك» (also: «ودعت يوسف أيضا», Youssef also called), «آنذاك، حينها» (at the time), «مايلي»
 * (the following), «قوله/قولها» (his/her words) and «ضيف» (guest).
 */
// (And «آنذاك»، «حينها» (at the time): «رئيس البرلمان علي عبد العال آنذاك»; «يشار» of the writer's «يشار إلى أن», it is
// worth noting, after a name that ends a paragraph: «رشدي قزقز يشار أن …».)
// (And «المكنى»، «الملقب»، «المدعو» (nicknamed, called), which a nickname follows: «سيف الله بن حسين المكنى بأبي عياض» — not
// «المكني» with «ي», a family name too: «محمد المكني», the mayor of Sousse.)
// (And «أي» (any), a denial's object: «ونفى الحاج أبو يوسف أي اقتتال طائفي», denied any sectarian fighting — a Latin letter
// before it keeps it, «سي أي»: see isLatinLetterName. And «مخاطبا/مخاطبة» (addressing), «متوجها/متوجهة» (turning to), whom
// a headline's person speaks to: «حسين جنيّح مخاطبا اللّاعبين و الجماهير: …».)
const NOT_NAME_ENDS: ReadonlySet<string> = new Set(['على', 'في', 'إلى', 'الى', 'عن', 'مع', 'من', 'إن', 'أن', 'ان', 'فإن', VAN, 'أيضا', 'ايضا', 'كذلك', 'مايلي', 'قوله', 'قولها', 'ضيف', 'آنذاك', 'انذاك', 'أنذاك', 'حينها', 'حينذاك', 'يشار', 'المكنى', 'الملقب', 'المدعو', 'أي', 'اي', 'مخاطبا', 'مخاطبة', 'متوجها', 'متوجهة']);

/** «ولد» (was born, or the Mauritanian «son of»), and the words after the verb: «في» (in), «عام/سنة» (in the year). */
const BORN = 'ولد';
const BORN_NEXT: ReadonlySet<string> = new Set(['في', 'عام', 'سنة', 'بمدينة', 'بولاية']);

/** «ابن، إبن، بن» (son of), as lexicon forms. */
const SON_OF: ReadonlySet<string> = new Set(['ابن', 'إبن', 'بن']);

/** «أف» and «أم» (F, M), as lexicon forms (the hamza kept or not, or a madda: «آف آم»): «أف أم» (FM) closes a station's name. */
export const FM_LETTERS: ReadonlySet<string> = new Set(['أف', 'اف', 'إف', 'آف']);
export const AM_LETTERS: ReadonlySet<string> = new Set(['أم', 'ام', 'إم', 'آم']);

/** Quantifiers no person's name starts with: «أحد جيران السيدة» (one of the lady's neighbours), «بعض». */
const NOT_PERSON_QUANTIFIERS: ReadonlySet<string> = new Set(['أحد', 'احد', 'إحدى', 'احدى', 'بعض']);
/** «ضيف/ضيفة» (guest) in their lexicon forms: a description of whoever it stands beside, no part of a person's name. */
const GUEST_WORDS: readonly string[] = ['ضيف', 'ضيفة'];
/** The writer's own verbs before the person interviewed: «سألنا مجدي عياش» (we asked Majdi Ayache), «التقينا», «حاورنا». */
const INTERVIEWER_VERBS: readonly string[] = ['سألنا', 'التقينا', 'حاورنا', 'اتصلنا'];
/**
 * Words that describe whoever follows: «ضيف بوليتيكا» (the guest of Politica), «مقربون من …» (people close to …); no
 * person's name starts with one (but «ضيف الله», Dhaifallah, is a given name).
 */
// (And the outlet's own reporter, «موفدتنا إيمان الفجاري», our envoy Imen Fejjari; «مراسلنا», our correspondent.)
// (And «الأولمبي» (Olympic), after «الملعب»: «بالملعب الأولمبي برادس», at the Olympic stadium in Radès.)
// (And the signatories of a text: «وأضاف موقعو البيان أن …», the statement's signatories added that ….)
const NOT_PERSON_FIRST: ReadonlySet<string> = new Set([...GUEST_WORDS, 'مقربون', 'مقربين', 'مقرب', 'مقربة', 'موقعو', 'موقعي', ...OWN_REPORTER_WORDS, 'الأولمبي', 'الاولمبي', ...INTERVIEWER_VERBS]);
/** «ضيف» (guest), in its lexicon form, and «الله», after which it is a given name (ضيف الله). */
const GUEST = GUEST_WORDS[0]!;
const GOD = 'الله';

/** Complementisers a person's name never starts with, also behind «ف»: «فإن الهاكر» (so the hacker). */
const NOT_PERSON_STARTS: ReadonlySet<string> = new Set(['إن', 'أن', 'ان']);

/**
 * Prepositions with a pronoun (on her, to him, from it …), in their lexicon forms: never a word of a name, so a person the
 * tagger began before one starts after it — «جلسة عمل أشرف عليها حسين بوشهوة» (a session supervised by Houcine
 * Bouchhoua), where «أشرف» (supervised) is also the given name Ashraf.
 */
const PRONOUN_PREPOSITIONS: ReadonlySet<string> = new Set(
  'عليه عليها عليهم له لها لهم منه منها منهم عنه عنها عنهم فيه فيها فيهم إليه إليها إليهم اليه اليها به بها بهم معه معها معهم'.split(' '),
);

/** {@link HEADLINE_VERB_WORDS} as the lexicon writes them. */
const HEADLINE_VERB_FORMS: ReadonlySet<string> = new Set(HEADLINE_VERB_WORDS.map(lexiconForm));

/** «لـ» (to) written apart with its tatweel, a clear end of the name before it. */
const TO_APART = /^ل\u0640*$/u;

/** True for a token without a letter or a digit (punctuation, a quotation mark). */
const isMark = (token: string): boolean => !/[\p{L}\p{N}]/u.test(token);

/**
 * Takes trailing function words ({@link NOT_NAME_ENDS}) out of every name of a sentence (with the marks
 * after them), and out of a person's name a leading complementiser, a quantifier («أحد», one of) or a
 * description («ضيف»، «مقربون»), and «ضيف» (guest) with what follows it inside the name; a person begun before a preposition
 * with its pronoun ({@link PRONOUN_PREPOSITIONS}) starts after it; in place (`tokens` as written,
 * `tags` BIO). «في، إن، أن» after the name of a Latin letter are letters themselves («سي إن إن» CNN,
 * «بي أف ام تي في» BFM TV). A one-word name is left alone. Returns the number of tokens taken out.
 */
export function trimFunctionWords(tokens: readonly string[], tags: Tag[]): number {
  let changed = 0;
  const form = (k: number): string => lexiconForm(tokens[k]!);
  for (const span of spansOf(tags)) {
    const { start } = span;
    let { end } = span;
    // «أكد القيادي في حركة النهضة الجلاصي ضيف بولتيكا» (the Ennahdha leader Jelassi, the guest of Politica, stressed): a
    // person's name ends before «ضيف/ضيفة» (guest) the tagger ran it into. (Not «ضيف الله» (Dhaifallah), nor «ضيف» that ends
    // the name, a family name too.)
    if (span.type === 'PER') {
      for (let k = start + 1; k + 1 < end; k++) {
        if (!GUEST_WORDS.includes(form(k)) || form(k + 1) === GOD) continue;
        for (let m = k; m < end; m++) tags[m] = 'O';
        changed += end - k;
        end = k;
        break;
      }
    }
    // (The name proper ends at its last word: marks the tagger took in stay for ner() to cut.)
    let last = end;
    while (last > start && isMark(tokens[last - 1]!)) last--;
    let cut = last;
    while (cut - start > 1) {
      const word = form(cut - 1);
      // («فان» last is always «فإن» (so, that): «van» stands before its surname. «وحسب الناشط مصطفى عبد
      // الكبير فان ستة عشر شابا …», according to the activist Mustapha Abdelkebir, sixteen young men …)
      // («ضيف» before «الله» is «ضيف الله», Dhaifallah.)
      // (A letter name before it keeps it a letter — «سي إن إن», CNN — but for «أف أم» (FM), a whole acronym: «الجوهرة أف
      // أم إن …» is Jawhara FM, then «that».)
      const afterFm = cut - 3 >= start && FM_LETTERS.has(form(cut - 3)) && AM_LETTERS.has(form(cut - 2));
      // («سعيد إبن الضحية» (Said, the victim's son): «ابن» (son of) before a definite common noun ends no name.)
      const sonOfNoun = span.type === 'PER' && SON_OF.has(word) && cut < tokens.length && tags[cut] === 'O' && form(cut).startsWith('ال');
      // («عبيدي ولد في مانشستر» (Abedi was born in Manchester): «ولد» before where or when is the verb «was born»; the
      // Mauritanian «ولد» (son of) stands between names.)
      const born = word === BORN && cut < tokens.length && BORN_NEXT.has(form(cut));
      if (!(NOT_NAME_ENDS.has(word) || HEADLINE_VERB_FORMS.has(word) || sonOfNoun || born) || (isLatinLetterName(tokens[cut - 2]!) && !afterFm) || (word === GUEST && cut < tokens.length && form(cut) === GOD)) break;
      cut--;
    }
    if (cut < last) {
      for (let k = cut; k < end; k++) tags[k] = 'O';
      changed += last - cut;
      end = cut;
    }
    if (span.type === 'PER') {
      let pronounAt = -1;
      for (let k = start; k + 1 < end; k++) if (PRONOUN_PREPOSITIONS.has(form(k))) pronounAt = k;
      if (pronounAt >= 0) {
        for (let k = start; k <= pronounAt; k++) tags[k] = 'O';
        tags[pronounAt + 1] = 'B-PER';
        changed += pronounAt + 1 - start;
        continue;
      }
    }
    if (span.type === 'PER' && NOT_PERSON_QUANTIFIERS.has(form(start))) {
      for (let k = start; k < end; k++) tags[k] = 'O';
      changed += end - start;
      continue;
    }
    if (span.type === 'PER' && NOT_PERSON_FIRST.has(form(start)) && !(start + 1 < tokens.length && form(start + 1) === GOD)) {
      // «ضيف | بوليتيكا» (a programme's guest): the description leaves, and a name after it stays a person only
      // when it is not one word the tagger took in with the description.
      tags[start] = 'O';
      changed++;
      if (end - start === 2) tags[start + 1] = 'O';
      else if (end - start > 2) tags[start + 1] = 'B-PER';
      continue;
    }
    if (span.type === 'PER' && end - start > 1) {
      const first = form(start);
      const complementiser = first === VAN ? end - start > 2 : NOT_PERSON_STARTS.has(first) || (first.startsWith('ف') && NOT_PERSON_STARTS.has(first.slice(1)));
      if (complementiser) {
        tags[start] = 'O';
        tags[start + 1] = 'B-PER';
        changed++;
      }
    }
  }
  return changed;
}

/**
 * Words in «ي» after «ال» that are no family name: those that are no naming adjective either (relatives,
 * ordinals, time words: `NOT_NISBA` of the organisation pass), and the common adjectives that do name a
 * body but never a person («الوطني»، «الدولي», national, international …), folded.
 */
const NOT_FAMILY_NISBA: ReadonlySet<string> = new Set([
  ...NOT_NISBA,
  ...'الثالث الدولي الوطني العربي الإسلامي الشرعي القانوني السياسي الأمني العسكري الاقتصادي الاجتماعي الثقافي الرياضي الفني الإعلامي'.split(' ').map(fold),
]);

/** Words that close an apposition without being a name (himself, also, in turn), folded. */
const APPOSITION_STOPS: ReadonlySet<string> = new Set('نفسه نفسها ذاته ذاتها شخصيا ايضا بدوره بدورها كذلك مثلا خاصه تحديدا حاليا سابقا اصلا'.split(' '));

/**
 * «السيد يوسف الإدريسي العلمي، إن …» (Mr Youssef El Idrissi El Alami): a person's name the tagger
 * ended one word early, before a family name in «ال…ي» (a nisba) that closes the clause (a comma, a
 * stop or a complementiser after it), or before any word that closes an apposition between commas
 * («، دونالد ترامب جونيور،»), or — after a lone given name — before a word with the article that news
 * copy almost never uses (`rareWord`: «لولوة المهنا أن»). The word joins the name unless it is a nationality (`nationality`, e.g.
 * «التونسي» after a name is mostly «the Tunisian»), a time word (`timeWord`: «، محسن حسن اليوم،»), a
 * common adjective, or — between commas — a word news copy uses every day (`commonWord`).
 * A role noun right after the word (`roleWord`, folded) closes the name as a comma does.
 * `folded` are the folded forms of `tokens`; `tags` change in place. Returns the number of words added.
 */
export function extendNisbaSurnames(
  tokens: readonly string[],
  folded: readonly string[],
  tags: Tag[],
  nationality: (word: string) => boolean,
  timeWord: (word: string) => boolean = () => false,
  commonWord: (token: string) => boolean = () => false,
  rareWord: (token: string) => boolean = () => false,
  roleWord: (word: string) => boolean = () => false,
): number {
  let added = 0;
  for (const span of spansOf(tags)) {
    const k = span.end;
    if (span.type !== 'PER' || k + 1 >= tokens.length || tags[k] !== 'O') continue;
    const word = folded[k]!;
    const next = tokens[k + 1]!;
    // (Or a role noun right after: «شيماء بنت علي البلوشية مديرة دائرة …», Shaima Al-Balushi, director of …)
    const roleAfter = tags[k + 1] === 'O' && roleWord(folded[k + 1]!);
    // (Or «لـ» written apart before an outlet: «محمد علي البرهومي لـ"الجوهرة أف أم"», told Jawhara FM.)
    const toApart = TO_APART.test(next);
    // (Or «من» before a body, tagged or by its head noun: «طارق الفتيتي من الاتحاد الوطني الحر», Tarek Fititi of the Free National Union.)
    const ofBody = folded[k + 1] === 'من' && k + 2 < tokens.length && (tags[k + 2] === 'B-ORG' || (folded[k + 2]!.startsWith('ال') && TRIGGERS.get(folded[k + 2]!) === 'ORG'));
    if (!(isMark(next) && /[،,.:؛]/u.test(next)) && !NOT_PERSON_STARTS.has(lexiconForm(next).replace(/^ف/u, '')) && !roleAfter && !toApart && !ofBody) continue;
    // «رئيس الاتحاد، عبد المنعم حسن الأمين، إن …»: between the commas of an apposition, whatever the word.
    // (Not «نفسه، ذاته، أيضا» (himself, also) or another word without the article that news copy uses every
    // day: «، أحمد سالم نفسه،»; a family name with it may be a common word: «، عبد المنعم حسن الأمين،».)
    const apposition = span.start > 0 && /^[،,]$/u.test(tokens[span.start - 1]!) && /^[،,]$/u.test(next) && !APPOSITION_STOPS.has(word) && (word.startsWith('ال') || !commonWord(tokens[k]!));
    // «م. لولوة المهنا أن» (Eng. Lulwa Al-Muhanna): a family name with the article that is no nisba, after
    // a lone given name, when the word is one news copy almost never uses (`rareWord`): not a noun.
    // (Also after a given name and a father's name: «باسل عودة الطراونة».)
    // (Not a plural: «مانشستر سيتي الإنجليزيين».)
    const family = span.end - span.start <= 2 && word.startsWith('ال') && word.length >= 5 && !/(يين|يون)$/u.test(word) && rareWord(tokens[k]!);
    // (A woman's nisba in «ية» too, when news copy hardly uses the word: «شيماء بنت علي البلوشية».)
    const feminine = /^ال.{3,}يه$/u.test(word) && rareWord(tokens[k]!);
    if (!apposition && !family && !feminine && !/^ال.{3,}ي$/u.test(word)) continue;
    // (The look-ups last: few words get this far.)
    // (A woman's nisba is a nationality too in «ية»: «ماريا موتولا الموزمبيقية».)
    if (NOT_FAMILY_NISBA.has(word) || !/^[\p{L}\p{M}]{2,}$/u.test(tokens[k]!) || timeWord(word) || nationality(word.replace(/يه$/u, 'ي'))) continue;
    tags[k] = 'I-PER';
    added++;
  }
  return added;
}

/**
 * «وزير المال كمال حيدر» (the finance minister Kamal Haidar): a person's name the tagger began one word
 * late, after a given name it left out. A word right before a person's span that is a given name
 * (`givenName`, folded), written without a proclitic and not excluded (`excluded`: a title, a trigger
 * word, a common noun), joins the name. `folded` are the folded forms of `tokens`; `tags` change in place. Returns the number of words
 * added.
 */
export function extendGivenNames(
  tokens: readonly string[],
  folded: readonly string[],
  tags: Tag[],
  givenName: (word: string) => boolean,
  excluded: (word: string, token: string) => boolean = () => false,
): number {
  let added = 0;
  for (const span of spansOf(tags)) {
    let k = span.start - 1;
    if (span.type !== 'PER' || k < 0 || tags[k] !== 'O') continue;
    // («هند بنت علي الزهراني» (Hind, daughter of Ali al-Zahrani): a given name before «بن/بنت» and the person, the father,
    // is the person's own name.)
    const sonOf = k > 0 && (folded[k] === 'بن' || folded[k] === 'بنت') && tags[k - 1] === 'O';
    if (sonOf) k--;
    const word = folded[k]!;
    // (The word as written is the name: «وكمال» (and Kamal) is not looked up.)
    if (!/^[\p{L}\p{M}]{3,}$/u.test(tokens[k]!) || word.startsWith('ال')) continue;
    // (Not before «و» + a given name: «علي وناصر الشنوفي» are two people; «فهد»، «وليد» are names.)
    if (/^[وف]/u.test(tokens[span.start]!) && givenName(folded[span.start]!.slice(1))) continue;
    // (Not at the start of a sentence or clause, where a verb spelled like a given name stands: «باشر خالد
    // الفالح مهامه» (Khalid al-Falih took up his duties), أشرف، أكرم، جاهد.)
    // (But a headline's label «بدرة قعلول : …» (Badra Gaaloul: …) is a name before its colon, no verb.)
    if ((k === 0 && tokens[span.end] !== ':') || (k > 0 && isMark(tokens[k - 1]!))) continue;
    // (Before «بن/بنت» even a given name that is also a noun with the article: «هند» (Hind; «الهند», India).)
    if ((!sonOf && excluded(word, tokens[k]!)) || !givenName(word)) continue;
    tags[k] = 'B-PER';
    if (sonOf) tags[k + 1] = 'I-PER';
    tags[span.start] = 'I-PER';
    added++;
  }
  return added;
}

/** Proclitics before the article of a definite head noun: «للمنظمة» (لل), «بالمنظمة», «والمنظمة». */
const DEFINITE_HEAD = /^(?:[وف]?[بلك]?ال|[وف]?لل)/u;
/** A word whose alef carries a hamza after its proclitics («إلياس», «وألفة»): no article, though folded it reads «ال…». */
const HAMZA_ALEF_START = /^[وف]?[بلك]?[أإآ]/u;
/** Whether `head` is a definite organisation head behind its proclitics: «للمنظمة», «والوكالة» (`isOrgHead` gets «ال» + the noun). */
function definiteOrgHead(head: string, isOrgHead: (definite: string) => boolean): boolean {
  const article = DEFINITE_HEAD.exec(head);
  return article !== null && isOrgHead('ال' + head.slice(article[0].length));
}
/** An Arabic word of letters only (no digit, no Latin letter): «هبة». */
export const ARABIC_WORD = /^[\u0621-\u064A\u0671-\u06D3]{2,}$/u;

/**
 * «مديرة البحوث في المكتب الإقليمي للمنظمة هبة مرايف» (the organisation's research director Heba
 * Morayef): the tagger runs a definite head noun that refers back to an organisation («المنظمة», the
 * organisation) into the person named after it. A definite noun cannot head a name in construct
 * («منظمة العفو» is indefinite), so a definite organisation head (`isOrgHead`, given the form with the
 * article) followed by a word without the article is no organisation name: when that word is a given
 * name (`givenName`), or starts two or more words none of which has the article or is a common word
 * (`commonWord`: «البنك يوفر ميزانيات» is a clause), the head leaves the
 * span and the rest becomes a person. `folded` are the folded forms of `tokens`; `tags` change in
 * place. Returns the number of spans split.
 */
export function splitDefiniteHeads(
  tokens: readonly string[],
  folded: readonly string[],
  tags: Tag[],
  isOrgHead: (definite: string) => boolean,
  givenName: (word: string) => boolean,
  commonWord: (token: string) => boolean = () => false,
): number {
  let split = 0;
  for (const span of spansOf(tags)) {
    if (span.type !== 'ORG' || span.end - span.start < 2) continue;
    if (!definiteOrgHead(folded[span.start]!, isOrgHead)) continue;
    const rest: string[] = [];
    for (let k = span.start + 1; k < span.end; k++) rest.push(folded[k]!);
    if (!rest.every((w) => ARABIC_WORD.test(w))) continue;
    // (A word with the article, read on the token: folding writes «إلياس» (Elyes), «إلهام», «ألفة» as «ال…».)
    const definite = (k: number): boolean => DEFINITE_HEAD.test(folded[k]!) && !HAMZA_ALEF_START.test(tokens[k]!);
    let withArticle = false;
    for (let k = span.start + 1; k < span.end; k++) withArticle ||= definite(k);
    if (!givenName(rest[0]!) && (rest.length < 2 || withArticle || tokens.slice(span.start + 1, span.end).some(commonWord))) continue;
    if (definite(span.start + 1) || NOT_PERSON_STARTS.has(tokens[span.start + 1]!)) continue;
    tags[span.start] = 'O';
    tags[span.start + 1] = 'B-PER';
    for (let k = span.start + 2; k < span.end; k++) tags[k] = 'I-PER';
    split++;
  }
  return split;
}

/**
 * «وقدرت الوكالة الانتعاش الاقتصادي …» (the agency estimated the economic recovery …), «ودعت المنظمة السلط الرسمية إلى
 * …» (the organisation called on the authorities to …): the tagger ran a definite feminine head noun that refers back to
 * a body into the verb's object after it. An adjective of a feminine head is feminine too («الوكالة الدولية», «الهيئة
 * العليا»): a definite word after it that could not agree with it (see FEMININE_HEAD_AGREEMENT) is another noun, and
 * the span keeps the head alone. `isOrgHead` is given the form with the article; `tags` change in place. Returns the number of spans cut.
 */
export function cutDefiniteHeadObjects(folded: readonly string[], tags: Tag[], isOrgHead: (definite: string) => boolean): number {
  let cut = 0;
  for (const span of spansOf(tags)) {
    if (span.type !== 'ORG' || span.end - span.start < 2) continue;
    const head = folded[span.start]!;
    if (!head.endsWith(TA_MARBUTA_FOLDED) || !definiteOrgHead(head, isOrgHead)) continue;
    const next = folded[span.start + 1]!;
    if (!next.startsWith('ال') || FEMININE_HEAD_AGREEMENT.test(next) || !ARABIC_WORD.test(next)) continue;
    for (let k = span.start + 1; k < span.end; k++) tags[k] = 'O';
    cut++;
  }
  return cut;
}
/** «ة», folded (the folding writes it «ه»). */
const TA_MARBUTA_FOLDED = fold('ة');
/**
 * Endings of a word that may agree with a feminine head (folded or keyed): «ة», «ى/ا» (العليا، الكبرى), and «ي» and the
 * plural endings, which the head's complement may carry («وكالة الأنباء الرسمي…», «للمستهلكين»). Shared with the entity
 * stage's body names.
 */
export const FEMININE_HEAD_AGREEMENT = /(ه|ى|ي|ا|ين|ون|ات)$/u;

/** Indefinite head nouns that are part of the body's name they stand before: «مجموعة لاندمارك», «حزب نداء تونس»; folded. */
// (Not «شركة» (company) or «بنك» (bank): news copy names a company without it, «غوغل» for «شركة غوغل».)
const NAMING_ORG_HEADS: ReadonlySet<string> = new Set(['مجموعة', 'منظمة', 'حركة', 'جمعية', 'حزب', 'جامعة', 'ائتلاف', 'جبهة', 'نقابة', 'اتحاد'].map(fold));
/** Proclitics a head may carry: «وحزب», «لمجموعة», «بجمعية». */
const HEAD_CLITIC = /^(?:[وف]?[بل]?)/u;

/**
 * «قالت مجموعة لاندمارك إنها …» (the Landmark Group said): the tagger found the body's name without
 * the indefinite head noun before it, which is part of the name (a group, company, party …). The head
 * (behind و/ف/ب/ل) joins the span. `folded` are the folded forms of `tokens`; `tags` change in place.
 * Returns the number of spans extended.
 */
export function extendOrgHeads(tokens: readonly string[], folded: readonly string[], tags: Tag[]): number {
  let added = 0;
  for (const span of spansOf(tags)) {
    const h = span.start - 1;
    if (span.type !== 'ORG' || h < 0 || tags[h] !== 'O') continue;
    // (Not over «لل» + a word, «جامعة للإتفاق», nor before one word in «ة», «جمعية بوصلة», a weak name the
    // entity stage drops whole.)
    if (folded[span.start]!.startsWith('لل') || (span.end - span.start === 1 && folded[span.start]!.endsWith('ه'))) continue;
    const word = folded[h]!;
    const clitic = HEAD_CLITIC.exec(word)![0];
    if (!NAMING_ORG_HEADS.has(word.slice(clitic.length)) || !ARABIC_WORD.test(tokens[h]!.replace(/[\u064B-\u065F\u0670\u0640]/gu, ''))) continue;
    tags[h] = 'B-ORG';
    tags[span.start] = 'I-ORG';
    added++;
  }
  return added;
}
