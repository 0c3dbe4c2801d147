/**
 * Abbreviations after which a full stop does not end a sentence, in normalised form
 * (see `normalizeWord`). A stop after one of them ends a sentence only when a number comes right
 * before it: «عام 2017 م.» (the year 2017 AD.) is sentence-final, «د. محمد» (Dr Mohamed) is not.
 */
export const ABBREVIATIONS = new Set([
  // Arabic one-letter abbreviations
  'د', // «د.» دكتور (Dr)
  'ا', // «أ.» أستاذ (Prof., Mr)
  'م', // «م.» مهندس (engineer); ميلادي (AD) after a year
  'ج', // «ج.» جامعة (university), جزء (part)
  'ص', // «ص.» صفحة (page); صباحا (a.m.)
  'ق', // «ق.م.» قبل الميلاد (BC)
  'ت', // «ت.» توفي (died); تلفون (tel.)
  'ش', // «ش.» شارع (street)
  'س', // «س.» سنة (year); ساعة (hour)
  'ع', // «ع.» عدد (issue number)
  'ه', // «هـ.» هجري (AH) after a year
  'ح', // «ح.» حديث
  'ب', // «ب.» بريد (post)
  'ك', // «كلم.» is written in full; «ك.» كيلو
  'ف', // «ف.» فقرة (paragraph)
  'ن', // «ن.» نائب
  'ر', // «ر.» رقم (number)
  'ل', // «ل.» ليرة
  'ي', // «ي.» يوم
  'و', // «و.» وزارة
  'ط', // «ط.» طبعة (edition)
  'مج', // «مج.» مجلد (volume)
  'كلم', // كيلومتر (km), often written with a stop
  'ملم', // مليمتر (mm)
  'سم', // سنتيمتر (cm)
  'كغ', // كيلوغرام (kg)
  'مليم', // millime (Tunisian currency unit)
  // Latin
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'vs',
  'etc',
  'no',
  'vol',
  'p',
  'pp',
  'fig',
  'm',
  'mme',
  'mlle',
  'av',
  'bd',
]);
