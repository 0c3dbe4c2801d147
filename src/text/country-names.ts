/**
 * Country names the project writes itself.
 *
 * @packageDocumentation
 */

/**
 * Short and variant Arabic forms of country names that CLDR (Node's `Intl.DisplayNames`) does not give, by ISO 3166 code. The
 * entity stage's alias table joins them to their country; the NER stage reads the one-word ones as the countries a nisba
 * adjective names («السعودي», «الإماراتي», «الأمريكي»).
 */
export const COUNTRY_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  US: ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'USA', 'U.S.', 'United States of America'],
  GB: ['بريطانيا', 'بريطانيا العظمى', 'المملكة المتحدة لبريطانيا العظمى', 'UK', 'Britain', 'Great Britain'],
  SA: ['السعودية', 'المملكة السعودية', 'Saudi Arabia'],
  AE: ['الإمارات', 'دولة الإمارات', 'الامارات العربية', 'UAE'],
  PS: ['فلسطين', 'دولة فلسطين', 'Palestine'],
  SY: ['سورية', 'سوريا', 'الجمهورية العربية السورية'],
  EG: ['جمهورية مصر العربية'],
  MA: ['المملكة المغربية'],
  TN: ['الجمهورية التونسية'],
  DZ: ['الجمهورية الجزائرية'],
  JO: ['المملكة الأردنية الهاشمية', 'المملكة الأردنية'],
  LB: ['الجمهورية اللبنانية'],
  IQ: ['جمهورية العراق'],
  RU: ['روسيا الاتحادية', 'الاتحاد الروسي'],
  CN: ['جمهورية الصين الشعبية'],
  IR: ['الجمهورية الإسلامية الإيرانية', 'جمهورية إيران الإسلامية'],
  TR: ['تركية', 'الجمهورية التركية'],
  DE: ['المانيا الاتحادية'],
  KP: ['كوريا الديمقراطية'],
  KR: ['جمهورية كوريا'],
  CD: ['الكونغو الديمقراطية'],
  OM: ['سلطنة عمان', 'سلطنة عُمان'],
  MR: ['موريتانيا', 'الجمهورية الإسلامية الموريتانية'],
  YE: ['الجمهورية اليمنية'],
  LY: ['دولة ليبيا'],
  MV: ['المالديف', 'جزر المالديف'],
  // (The Tunisian press's spelling.)
  BE: ['بلجيكيا'],
  DK: ['الدنمارك'],
};
