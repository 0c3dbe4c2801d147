/**
 * A person's grammatical gender from what an article writes beside the name: the given name and the
 * titles or roles before it. One rule for the entity stage (which description fits which person:
 * «هذه الباحثة», this researcher (f)) and the quote stage (which person a feminine verb can have as
 * its subject: «وقالت», she said).
 */
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-names.ts';
import { nameKey } from './keys.ts';
import { MORE_FEMALE_GIVEN_NAMES, MORE_MALE_GIVEN_NAMES } from '../ner/given-names.ts';

/** The project's given names (see `src/ner/given-names.ts`) as name keys, by sex. */
const LISTED_FEMALE: ReadonlySet<string> = new Set(MORE_FEMALE_GIVEN_NAMES.map((w) => nameKey(w)));
const LISTED_MALE: ReadonlySet<string> = new Set(MORE_MALE_GIVEN_NAMES.map((w) => nameKey(w)));

/** Whether a name key is on the project's own list of given names (src/ner/given-names.ts: «حمادي»، «فائز»، «دونالد»). */
export function taggerGivenName(key: string): boolean {
  return LISTED_MALE.has(key) || LISTED_FEMALE.has(key);
}

/**
 * Women's given names common in news that the arabic-names lists miss or list for both sexes
 * (نور، أمل، رجاء are given to men too, but in the news they are mostly women's).
 */
const MORE_FEMALE_NAMES: ReadonlySet<string> = new Set(
  'سلوى ليلى مريم زينب هند سعاد نور منى هدى عبير أمل رنا دعاء لمياء أسماء هيفاء نجلاء سناء وفاء رجاء صفاء إيمان جيهان سوسن نسرين ياسمين شيرين كوثر ريما ريم رشا ندى لمى سلمى دنيا بشرى صابرين نادين رغد سهام آمال أحلام ابتسام مارين'
    .split(' ')
    .map((w) => nameKey(w)),
);

/**
 * Men's given names ending in ة or ه that the lists miss: «حمة» (Hamma, Tunisia), «خليفة», «عطية»,
 * «طلحة», and «نبيه، وجيه، نزيه، فقيه», which keys (ة folded into ه) cannot tell from a woman's name in ة.
 * (The lists already give حمزة، أسامة، جمعة، قتيبة، معاوية as men's names.)
 */
const MORE_MALE_TAH: ReadonlySet<string> = new Set('حمة خليفة عطية طلحة عروة عبيدة نبيه وجيه نزيه فقيه'.split(' ').map((w) => nameKey(w)));

/**
 * Title and role heads ending in ة that stand before men: «كاهية» (deputy director, Tunisia), «عمدة»
 * (mayor), «خليفة», and the honorifics «سماحة، فضيلة، سعادة، جلالة، فخامة» (His Eminence, His Excellency …).
 */
const MASCULINE_TAH_HEADS: ReadonlySet<string> = new Set('كاهية عمدة خليفة سماحة فضيلة سعادة جلالة فخامة'.split(' ').map((w) => nameKey(w)));

/** A person's gender; `guessed` when it rests only on a given name's ending (ة, or «ييه» of a French -ier), which a verb may correct. */
export interface PersonGender {
  readonly gender: 'm' | 'f';
  readonly guessed?: boolean;
}

/** The keyed ending of French men's names in -ier: «ديدييه» (Didier). */
const FRENCH_IER = 'ييه';

/**
 * The gender of a person named `name` (name tokens, see `nameTokens`; titles stripped) with the title or
 * role `heads` written beside it (keys without proclitics and article: «وزيره», «كاهيه»). The given name decides first
 * (compounds with الدين/الله and عبد/أبو are men's; a name listed for one sex only); then a head ending in ة that is not
 * a man's title (a woman); then a French name in -ier (a man, guessed); then a given name ending in ة (a woman,
 * guessed); then any other head (a man); otherwise undefined.
 */
export function personGender(name: readonly string[], heads: Iterable<string>): PersonGender | undefined {
  const first = name[0] ?? '';
  // «نور الدين الطبوبي», «عبد الله», «أبو بكر».
  if (name[1] === 'الدين' || name[1] === 'الله' || /^(عبد|ابو)/u.test(first)) return { gender: 'm' };
  // «أم علي» (Umm Ali, mother of Ali): a woman's kunya.
  if (first === 'ام' && name.length > 1) return { gender: 'f' };
  if (MORE_FEMALE_NAMES.has(first)) return { gender: 'f' };
  const female = FEMALE_FIRST_NAMES.has(first) || LISTED_FEMALE.has(first);
  const male = MALE_FIRST_NAMES.has(first) || MORE_MALE_TAH.has(first) || LISTED_MALE.has(first);
  if (female && !male) return { gender: 'f' };
  if (male && !female) return { gender: 'm' };
  // A feminine title is plain evidence; a masculine one is weaker (news copy gives women «الوزير» too).
  // (So for a name on both lists: «الدكتورة إيناس», Dr Inas, f.)
  let titled = false;
  for (const head of heads) {
    if (head.endsWith('ه') && !MASCULINE_TAH_HEADS.has(head)) return { gender: 'f' };
    titled = true;
  }
  // «ديدييه، أوليفييه، كزافييه» (Didier, Olivier, Xavier): French men's names in -ier end in «ييه», which no
  // Arabic woman's name does.
  if (first.length > 4 && first.endsWith(FRENCH_IER)) return { gender: 'm', guessed: true };
  // A given name ending in ة not listed as a man's (سابينه) outweighs a masculine title (البروفسور).
  if (first.length > 2 && first.endsWith('ه')) return { gender: 'f', guessed: true };
  return titled ? { gender: 'm' } : undefined;
}
