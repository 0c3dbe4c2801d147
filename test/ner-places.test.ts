/**
 * Places and news outlets the tagger misses (src/ner/places.ts), with phrases written like
 * Tunisian news (glossed). Skips when the model is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.ts';
import { checkInvariants } from '../src/pipeline/invariants.ts';
import { modelAvailable } from '../src/ner/model.ts';
import { cutDefiniteHeadObjects, extendGivenNames, extendNisbaSurnames, extendOrgHeads, splitDefiniteHeads } from '../src/ner/edges.ts';
import { fold } from '../src/ner/fold.ts';
import type { Tag } from '../src/ner/conll.ts';

const NEEDS_MODEL = modelAvailable() ? false : 'needs the trained model in models/ner (npm run train:ner)';

/** `TYPE text` of the mentions of a text analysed by the default pipeline (whose documents are checked). */
function mentions(text: string): string[] {
  const doc = analyze(text, { date: '2017-05-01' });
  assert.deepEqual(checkInvariants(doc), []);
  return doc.mentions.map((m) => `${m.type} ${m.text}`);
}

/** Asserts that each text's mentions include every expected `TYPE text`. */
function assertFound(table: readonly [string, readonly string[]][]): void {
  for (const [text, expected] of table) {
    const found = mentions(text);
    for (const e of expected) assert.ok(found.includes(e), `${text}: ${e} not in ${found.join(', ')}`);
  }
}

test('ner(): places after a place head, without the head, and in coordinations', { skip: NEEDS_MODEL }, () => {
  const table: [string, string[]][] = [
    // «And the governor of Sfax said that the works will start next week.» Sfax is in no gazetteer.
    ['وقال والي صفاقس إن الأشغال ستنطلق الأسبوع القادم.', ['LOC صفاقس']],
    // «… 300 young people in the governorate of Kebili»: قبلي is also «before me».
    ['تم تشغيل 300 شاب بولاية قبلي هذا العام.', ['LOC قبلي']],
    // «The programme covers the governorates of Kasserine, Tataouine, Kebili and Medenine.» The
    // guidelines write the place without «ولاية».
    ['يشمل البرنامج ولاية القصرين وتطاوين وقبلي ومدنين.', ['LOC القصرين', 'LOC تطاوين', 'LOC قبلي', 'LOC مدنين']],
    // «The festival covers the delegations of Soukra and Mnihla.» A list head.
    ['يغطي المهرجان معتمديات سكرة والمنيهلة.', ['LOC سكرة', 'LOC المنيهلة']],
    // «He lives in the suburb of Getafe, south of Madrid.»
    ['يقيم في ضاحية خيتافي جنوبي مدريد.', ['LOC خيتافي', 'LOC مدريد']],
  ];
  assertFound(table);
});

test('ner(): outlets and Tunisian towns by name, behind clitics', { skip: NEEDS_MODEL }, () => {
  const table: [string, string[]][] = [
    // «… he said in a statement to the TAP correspondent in Sfax.» Both behind clitics or marks.
    ['وأفاد في تصريح لمراسل "وات" بصفاقس أن الفريق فاز.', ['ORG وات', 'LOC صفاقس']],
    // «Clashes in Ben Guerdane, according to Reuters.»
    ['مواجهات في بن قردان حسب رويترز.', ['LOC بن قردان', 'ORG رويترز']],
    // «… killed 12 people. (Anadolu)» A source line between brackets.
    ['وأسفر الهجوم عن مقتل 12 شخصا. (الأناضول)', ['ORG الأناضول']],
    // «… in an interview with Jawhara FM»: the tagger's «أف أم» (FM) alone becomes the whole name.
    ['وأوضح في حوار مع الجوهرة أف أم أنه سيترشح.', ['ORG الجوهرة أف أم']],
    // «… said the Saudi agency SPA» at the very end of the text.
    ['وأكد الوزير ذلك في تصريح لواس', ['ORG واس']],
    // «… the official Saudi agency "SPA" published»: «واس» keeps its «و».
    ['ونشرت وكالة الأنباء السعودية الرسمية "واس" البيان.', ['ORG واس']],
    // «… the crisis at the border crossing in Ben Guerdane»: «ببن» is ب + بن.
    ['على إثر أزمة المعبر الحدودي ببن قردان تم الاتفاق.', ['LOC بن قردان']],
    // «… the channels "Wataniya 1" and "Wataniya 2"»: the second coordinated with the first.
    ['تلتها قناتا "الوطنية الأولى" و"الوطنية الثانية" على التوالي.', ['ORG الوطنية الأولى', 'ORG الوطنية الثانية']],
    // «… in the Ennasr quarter and Menzah 5»: a quarter keeps «حي» (النصر is also victory).
    ['والمؤسسات التربوية بطريق بنزرت وحي النصر والمنزه الخامس.', ['LOC بنزرت', 'LOC حي النصر']],
    // «… in Tunis the capital»
    ['ولد في حي شعبي بتونس العاصمة سنة 1988.', ['LOC تونس العاصمة']],
    // «… on the channel France 24.»
    ['وتحدث على قناة فرانس 24 عن الوضع.', ['ORG فرانس 24']],
    // «The National Guard's research brigade in Sidi Bouzid dismantled a cell»: a listed town behind «ب»
    ['ونجحت فرقة الأبحاث للحرس الوطني بسيدي بوزيد من تفكيك خلية.', ['LOC سيدي بوزيد']],
    // «… between the areas of Enfidha and Sidi Said»: «سيدي» and a name is a town (Sidi X), not a person
    ['قطع الطريق الرابطة بين منطقتي النفيضة وسيدي سعيد.', ['LOC سيدي سعيد']],
    // «The representative of the governorate of Ben Arous said …»: the head goes, the town stays
    ['وقالت ممثلة ولاية بن عروس إنها لم تتفاجأ.', ['LOC بن عروس']],
  ];
  assertFound(table);
});

test('ner(): «سيدي» in a person\'s name is no place (Mauritanian names with «ولد», after a title)', { skip: NEEDS_MODEL }, () => {
  // «The minister Sidi Ould Tah stressed …»; «The president Sidi Mohamed Ould Cheikh Abdallahi received …»
  for (const text of ['وأكد الوزير سيدي ولد التاه أن الاقتصاد ينمو.', 'استقبل الرئيس سيدي محمد ولد الشيخ عبد الله الوفد.']) {
    const found = mentions(text);
    assert.ok(!found.some((m) => m.startsWith('LOC سيدي')), `${text}: ${found.join(', ')}`);
  }
});

test('ner(): no place or outlet from a common word without its slot', { skip: NEEDS_MODEL }, () => {
  const table: [string, string][] = [
    // «He had arrived before me at the meeting.» قبلي (before me) is Kebili only after a place head.
    ['كان قد وصل قبلي إلى الاجتماع.', 'قبلي'],
    // «On the other hand, the island remains closed.» جهة (side) before a common word.
    ['ومن جهة أخرى تبقى الجزيرة مغلقة.', 'أخرى'],
    // «And the governor of the region said that the works will start.» A place head before a common word.
    ['وقال والي الجهة إن الأشغال ستنطلق.', 'الجهة'],
    // «The minister visited a big city yesterday.»
    ['زار الوزير مدينة كبيرة أمس.', 'كبيرة'],
    // «… the suburb of Ain Draham, and until the end of 2016 …»: «وإلى» (and until) folds to «والي» (governor).
    ['في معتمدية عين دراهم، وإلى موفى 2016، دخل آلاف الزوار.', 'موفى'],
    // «A quiet town in the state of West Virginia.» An adjective after «بلدة» (town).
    ['تعيش بلدة هادئة في ولاية فرجينيا حالة من الذعر.', 'هادئة'],
    // «The wounded man is still alive now.» «حي» (alive) before a time word.
    ['لا يزال الجريح حي الآن في المستشفى.', 'حي الآن'],
    // «The bear came out of its cage.» «قفصه» (its cage) is no «قفصة» (Gafsa).
    ['خرج الدب من قفصه صباح اليوم.', 'قفصه'],
  ];
  for (const [text, word] of table) {
    const found = mentions(text);
    assert.ok(!found.some((m) => m.endsWith(` ${word}`)), `${text}: ${found.join(', ')}`);
  }
  // «… the ambassador, who told "SPA": "…"» An outlet spoken to after a speech verb and a detached
  // «لـ» is left to the tagger (the quote stage would read it as the speaker).
  assert.ok(!mentions('وات\nوحضر السفير تركي العتيبي، الذي قال لـ"وات": "العلاقات بين البلدين متينة".').includes('ORG وات'));
  // «… told "TAP" that …» (no colon): the outlet is read.
  assert.ok(mentions('وحضر السفير تركي العتيبي، الذي قال لـ"وات" إن العلاقات متينة.').includes('ORG وات'));
  // «Anatolia is a large plateau.» الأناضول is the agency only after an outlet noun or in brackets.
  assert.ok(!mentions('الأناضول هضبة واسعة.').includes('ORG الأناضول'));
});

test('ner(): long organisation names from a head noun and a naming adjective', { skip: NEEDS_MODEL }, () => {
  const table: [string, string[]][] = [
    // «"We did not come to sell the Tunisian Company of Electricity and Gas …"»: a detached «و».
    ['قال الشاهد إنه لم يأت لبيع الشركة التونسية للكهرباء و الغاز.', ['ORG الشركة التونسية للكهرباء و الغاز']],
    // «And the director of the National Centre for Cinema and the Image said that …»
    ['وقال مدير المركز الوطني للسينما والصورة إن التعاون مثمر.', ['ORG المركز الوطني للسينما والصورة']],
    // «… the judicial pole for fighting terrorism»: «ل» and a construct chain.
    ['وقرر القطب القضائي لمكافحة الإرهاب فتح تحقيق.', ['ORG القطب القضائي لمكافحة الإرهاب']],
    // «… the court of first instance in Tunis»: a place behind «ب» the tagger found.
    ['وأذنت المحكمة الابتدائية بتونس بالإفراج عنه.', ['ORG المحكمة الابتدائية بتونس']],
    // «… the German Research Centre for Artificial Intelligence»: an indefinite head, its
    // complement in construct, an adjective, a complement.
    ['وتشارك الجامعة مع مركز الأبحاث الألماني للذكاء الاصطناعي في بحوث.', ['ORG مركز الأبحاث الألماني للذكاء الاصطناعي']],
    // «… the Tunisian League for the Defence of Human Rights»: «عن» and its object.
    ['ودعت الرابطة التونسية للدفاع عن حقوق الإنسان إلى التحقيق.', ['ORG الرابطة التونسية للدفاع عن حقوق الإنسان']],
    // «According to data of the General Directorate of Traffic, …»; «the General Directorate of National Security said …»
    ['ووفق بيانات الإدارة العامة للمرور، فإن المخالفات تراجعت.', ['ORG الإدارة العامة للمرور']],
    ['وقالت المديرية العامة للأمن الوطني إن الوضع مستقر.', ['ORG المديرية العامة للأمن الوطني']],
  ];
  assertFound(table);
});

test('ner(): no organisation name from a description', { skip: NEEDS_MODEL }, () => {
  const table: [string, string][] = [
    // «The Tunisian company announced its results.» A head and one adjective: a description.
    ['أعلنت الشركة التونسية نتائجها.', 'الشركة التونسية'],
    // «… the executive apparatus of the state»: a body of another body or a place.
    ['وانتقد الجهاز التنفيذي للدولة بشدة.', 'الجهاز التنفيذي للدولة'],
    // «… the party's political bureau»
    ['واجتمعت الهيئة السياسية لحركة نداء تونس أمس.', 'الهيئة السياسية لحركة نداء تونس'],
    // «… the nervous system of man, which reacts …»
    ['ويتأثر الجهاز العصبي للإنسان والتي تتفاعل مع الغاز.', 'الجهاز العصبي للإنسان'],
    // «… the parliament in Bardo, for ratification»: no place or purpose after a head in construct.
    ['وأحال المشروع على مجلس نواب الشعب للمصادقة عليه.', 'مجلس نواب الشعب للمصادقة'],
    ['واجتمع مجلس نواب الشعب بباردو أمس.', 'مجلس نواب الشعب بباردو'],
    // «The Central Bank of Tunisia decided, at its meeting, …»: «لدى» (at) is no complement.
    ['قرر البنك المركزي التونسي لدى انعقاد مجلسه رفع النسبة.', 'البنك المركزي التونسي لدى انعقاد مجلسه'],
    // «The US administration criticised …»; «the US president's administration announced …»: a government.
    ['وانتقدت الإدارة الأمريكية القرار.', 'الإدارة الأمريكية'],
    ['وأعلنت إدارة الرئيس الأمريكي فرض عقوبات جديدة.', 'إدارة الرئيس الأمريكي'],
  ];
  for (const [text, name] of table) {
    const found = mentions(text);
    assert.ok(!found.some((m) => m.startsWith('ORG ') && m.slice(4).startsWith(name)), `${text}: ${found.join(', ')}`);
  }
});

test('ner(): a family name in «ال…ي» before a comma or «إن» closes a person\'s name; a nationality or an adjective does not', { skip: NEEDS_MODEL }, () => {
  // «… the regional coordinator, Mr Youssef El Idrissi El Alami, said that …»
  assertFound([['قال المنسق الجهوي للعملية بجهة طنجة، السيد يوسف الإدريسي العلمي، إن الذروة قريبة.', ['PER يوسف الإدريسي العلمي']]]);
  const table: [string, string][] = [
    // «… Mohamed Habib Bousaadoun, the Tunisian, a Tunisian citizen, …»: a nationality stays out.
    ['وقال محمد حبيب بوسعدون التونسي، وهو مواطن تونسي، إن الوضع صعب.', 'محمد حبيب بوسعدون التونسي'],
    // «… Nabil Karoui, the official …»: a common adjective stays out.
    ['وقال نبيل القروي الرسمي، إن الوضع صعب.', 'نبيل القروي الرسمي'],
  ];
  for (const [text, name] of table) assert.ok(!mentions(text).includes(`PER ${name}`), text);
});

test('extendNisbaSurnames: any word that closes an apposition between commas, but a time word', () => {
  const run = (sentence: string, tagged: string): string => {
    const tokens = sentence.split(' ');
    const tags = tagged.split(' ') as Tag[];
    extendNisbaSurnames(tokens, tokens.map(fold), tags, () => false, (w) => w === fold('اليوم'));
    return tags.join(' ');
  };
  // «the head of the union, Abdelmonem Hassan El Amin, said that …»
  assert.equal(run('قال رئيس الاتحاد ، عبد المنعم حسن الأمين ، إن', 'O O O O B-PER I-PER I-PER O O O'), 'O O O O B-PER I-PER I-PER I-PER O O');
  // «the trade minister, Mohsen Hassen, today, …»: no time word.
  assert.equal(run('كشف وزير التجارة ، محسن حسن اليوم ، الجمعة', 'O O O O B-PER I-PER O O O'), 'O O O O B-PER I-PER O O O');
  // Without the comma before the name, only a nisba joins: «قال عبد المنعم حسن الأمين ، إن».
  assert.equal(run('قال عبد المنعم حسن الأمين ، إن', 'O B-PER I-PER I-PER O O O'), 'O B-PER I-PER I-PER O O O');
});

test('extendNisbaSurnames: a rare family name with the article after a lone given name', () => {
  const rare = new Set(['المهنا'].map(fold));
  const run = (sentence: string, tagged: string): string => {
    const tokens = sentence.split(' ');
    const tags = tagged.split(' ') as Tag[];
    extendNisbaSurnames(tokens, tokens.map(fold), tags, () => false, () => false, () => false, (t) => rare.has(fold(t)));
    return tags.join(' ');
  };
  // «the housing minister, Eng. Lulwa Al-Muhanna, said that …»
  assert.equal(run('أكدت وزيرة الإسكان م. لولوة المهنا أن', 'O O O O B-PER O O'), 'O O O O B-PER I-PER O');
  // A word news copy uses («الوفد», the delegation) stays out.
  assert.equal(run('استقبل أحمد الوفد ، ثم', 'O B-PER O O O'), 'O B-PER O O O');
  // After a given name and a father's name too: «Basel Odeh al-Tarawneh said …»
  assert.equal(run('قال باسل عودة المهنا إن', 'O B-PER I-PER O O'), 'O B-PER I-PER I-PER O');
});

test('splitDefiniteHeads: a definite organisation head is no part of the person named after it', () => {
  const given = new Set(['مارغريت', 'إلياس'].map(fold));
  const common = new Set(['يوفر', 'ميزانيات'].map(fold));
  const run = (sentence: string, tagged: string): string => {
    const tokens = sentence.split(' ');
    const tags = tagged.split(' ') as Tag[];
    const heads = new Set(['المنظمة', 'البنك', 'المحكمة'].map(fold));
    splitDefiniteHeads(tokens, tokens.map(fold), tags, (w) => heads.has(w), (w) => given.has(w), (t) => common.has(fold(t)));
    return tags.join(' ');
  };
  // «the organisation's research director Heba Morayef said»: two rare words after «للمنظمة».
  assert.equal(run('مديرة البحوث للمنظمة هبة مرايف قالت', 'O O B-ORG I-ORG I-ORG O'), 'O O O B-PER I-PER O');
  // «the organisation's director general Margaret Chan»: a given name.
  assert.equal(run('مديرة المنظمة مارغريت تشان', 'O B-ORG I-ORG I-ORG'), 'O O B-PER I-PER');
  // «the court's spokesman Elyes Miladi»: «إلياس» folds to «الياس», which is no article.
  assert.equal(run('الناطق باسم المحكمة إلياس الميلادي إن', 'O O B-ORG I-ORG I-ORG O'), 'O O O B-PER I-PER O');
  // «the bank provides budgets» is a clause; «منظمة العفو الدولية» (indefinite head) and «البنك الدولي» are names.
  assert.equal(run('البنك يوفر ميزانيات', 'B-ORG I-ORG I-ORG'), 'B-ORG I-ORG I-ORG');
  assert.equal(run('منظمة العفو الدولية', 'B-ORG I-ORG I-ORG'), 'B-ORG I-ORG I-ORG');
  assert.equal(run('البنك الدولي', 'B-ORG I-ORG'), 'B-ORG I-ORG');
});

test('ner(): a surname that starts like a proclitic keeps it when the full name is in the document; a nationality before a name stays out', { skip: NEEDS_MODEL }, () => {
  // «The Dane Jens Valdemar stressed … Valdemar said …»: «فالدمار» is not «ف» (so) + «الدمار» (the ruin).
  const text = 'أكد الدنماركي ينس فالدمار أن فريقه جاهز. وقال فالدمار في المؤتمر الصحفي إن المباراة صعبة. وأضاف المدرب الدنماركي أن الفريق مستعد.';
  const found = mentions(text);
  assert.ok(found.includes('PER ينس فالدمار'), found.join(', '));
  assert.ok(found.includes('PER فالدمار'), found.join(', '));
  assert.ok(!found.some((m) => m.includes('الدنماركي')), found.join(', '));
});

test('ner(): Maghrebi given names in «ل» keep it (لخضر، لسعد); «لل» before a body\'s head noun is «ل» and the article', { skip: NEEDS_MODEL }, () => {
  // «The secretary-general Lassaad Yacoubi announced …»
  let found = mentions('أعلن الكاتب العام لسعد اليعقوبي أن الإضراب قائم.');
  assert.ok(found.includes('PER لسعد اليعقوبي'), found.join(', '));
  // «… the director general of the national employment agency announced …», «… called on the inquiry committee»
  found = mentions('كشف المدير العام للوكالة الوطنية للتشغيل أن الوكالة ستسلم الشقق.');
  assert.ok(found.includes('ORG وكالة الوطنية للتشغيل'), found.join(', '));
});

test('extendOrgHeads: an indefinite head noun before a body\'s name joins it, not «شركة» or a definite word', () => {
  const run = (sentence: string, tagged: string): string => {
    const tokens = sentence.split(' ');
    const tags = tagged.split(' ') as Tag[];
    extendOrgHeads(tokens, tokens.map(fold), tags);
    return tags.join(' ');
  };
  // «the Landmark Group said», «and the Podemos party»
  assert.equal(run('قالت مجموعة لاندمارك إنها', 'O O B-ORG O'), 'O B-ORG I-ORG O');
  assert.equal(run('وحزب بوديموس', 'O B-ORG'), 'B-ORG I-ORG');
  // «Google» is named without «شركة» (company); «المنظمة» (the organisation) refers back.
  assert.equal(run('قالت شركة غوغل إن', 'O O B-ORG O'), 'O O B-ORG O');
  assert.equal(run('قالت المنظمة أوكسفام إن', 'O O B-ORG O'), 'O O B-ORG O');
});

test('ner(): a lone definite description right before a person\'s name is no second person', { skip: NEEDS_MODEL }, () => {
  // «… says the depositor Noha Farhat (64)»
  const found = mentions('«خسرت تعويض نهاية خدمتي كله»، تقول المودعة نهى فرحات (64 عاماً) التي شاركت في الاعتصام.');
  assert.ok(found.includes('PER نهى فرحات'), found.join(', '));
  assert.ok(!found.includes('PER المودعة'), found.join(', '));
});

test('ner(): a country\'s adjective after a body\'s name is part of it; «آل» and a name end a person\'s; a woman\'s rare nisba in «ية»', { skip: NEEDS_MODEL }, () => {
  // «Turkish Airlines said it added 120 flights», «the health director Dr Saeed bin Aidh Al Mufreh explained …»,
  // «the executive director Shaima bint Ali Al Balushi said …»
  const table: [string, string][] = [
    ['وقالت الخطوط الجوية التركية إنها أضافت 120 رحلة.', 'ORG الخطوط الجوية التركية'],
    // «the Food and Agriculture Organization of the United Nations said»: a body behind «لل» completes the body before it.
    ['وقالت منظمة الأغذية والزراعة للأمم المتحدة إن الوضع خطير.', 'ORG منظمة الأغذية والزراعة للأمم المتحدة'],
    ['وأوضح الدكتور سعيد بن عائض آل مفرح أن التشغيل سيتم.', 'PER سعيد بن عائض آل مفرح'],
    ['وأوضح مدير الصحة بمنطقة الباحة الدكتور سعيد بن عائض آل مفرح لـ«عكاظ» أن التشغيل سيتم على مرحلتين.', 'PER سعيد بن عائض آل مفرح'],
    ['وقالت المديرة التنفيذية شيماء بنت علي البلوشية إن الشركة ستتولى التشغيل.', 'PER شيماء بنت علي البلوشية'],
  ];
  for (const [text, mention] of table) assert.ok(mentions(text).includes(mention), `${text}: ${mentions(text).join(', ')}`);
});

test('ner(): a person\'s name goes on over a hyphen written against its words («يون سانغ-وو»)', { skip: NEEDS_MODEL }, () => {
  const found = mentions('بحسب ما قال يون سانغ-وو، أستاذ الاقتصاد في الجامعة.');
  assert.ok(found.some((m) => m.startsWith('PER') && m.endsWith('يون سانغ-وو')), found.join(', '));
});

test('ner() (twelfth round, review): where the new name passes must not fire', { skip: NEEDS_MODEL }, () => {
  const table: [string, string][] = [
    // «Larbi Ben M'hidi said …», «Safi Said, Politica's guest, said …»: definite given names that are also adjectives. (The
    // name ends before «ضيف», the guest, since the thirty-eighth round.)
    ['وقال العربي بن مهيدي إن الثورة مستمرة.', 'PER العربي بن مهيدي'],
    ['وقال الصافي سعيد ضيف بوليتيكا إن الوضع صعب.', 'PER الصافي سعيد'],
    // «Hajj Tahar Abidi said …»: an honorific is no role noun that makes the words after it a description.
    ['وقال الحاج الطاهر العبيدي إن الموسم جيد.', 'PER الحاج الطاهر العبيدي'],
    // «… thanks to Saad Hariri … Saad Hariri said …»: «ل» is «to» where the name stands without it too.
    ['قدم عون الشكر لسعد الحريري. وقال سعد الحريري إن الحكومة مستمرة.', 'PER سعد الحريري'],
    // «the runner Maria Mutola of Mozambique»: a woman's nationality in «ية» stays out.
    ['وقالت العداءة ماريا موتولا الموزمبيقية، إن السباق صعب.', 'PER ماريا موتولا'],
  ];
  for (const [text, mention] of table) assert.ok(mentions(text).includes(mention), `${text}: ${mentions(text).join(', ')}`);
  // A list of names joined by hyphens stays a list; «التركيز» (focus) is no Turkish adjective.
  assert.ok(!mentions('فاز حسين ناطر-وائل بالغالي-ايمن الصفاقسي بالجائزة.').some((m) => m.includes('-')));
  assert.ok(!mentions('وأكدت منظمة الصحة العالمية التركيز على اللقاحات.').some((m) => m.includes('التركيز')));
  // «the secretary-general of the Arab League, the Algerian Abdelkader Messahel»: a masculine adjective after a
  // feminine body belongs to the person named next.
  assert.ok(!mentions('والتقى الأمين العام للجامعة العربية الجزائري عبد القادر مساهل.').some((m) => m.includes('العربية الجزائري')));
});

test('ner(): a lone participle of speech is never a person', { skip: NEEDS_MODEL }, () => {
  // «… denying that the institute colluded»
  const text = 'وأضاف أن المعهد يتبع وزارة الدفاع الأمريكية نافيا أن يكون المعهد قد تواطئ';
  assert.ok(!mentions(text).some((m) => m.includes('نافيا')), mentions(text).join(', '));
});

test('extendGivenNames: a given name the tagger left before a person joins the name, not a title or a noun', () => {
  const given = new Set(['كمال', 'علي', 'حصه'].map(fold));
  const run = (sentence: string, tagged: string): string => {
    const tokens = sentence.split(' ');
    const tags = tagged.split(' ') as Tag[];
    // («حصة» is also «a programme»: the caller excludes names news copy writes as nouns.)
    extendGivenNames(tokens, tokens.map(fold), tags, (w) => given.has(w), (w) => w === fold('حصة'));
    return tags.join(' ');
  };
  // «the finance minister Kamal Haidar told …»
  assert.equal(run('أن وزير المال كمال حيدر أبلغ', 'O O O O B-PER O'), 'O O O B-PER I-PER O');
  // «the minister Mohamed Ali Ghannouchi»: before a two-word span too.
  assert.equal(run('وقال الوزير علي محمد الغنوشي إن', 'O O O B-PER I-PER O'), 'O O B-PER I-PER I-PER O');
  // «the programme Bleu Nuit», «and Kamal Haidar»: a noun, a proclitic.
  assert.equal(run('في حصة Bleu Nuit', 'O O B-PER I-PER'), 'O O B-PER I-PER');
  assert.equal(run('وكمال حيدر', 'O B-PER'), 'O B-PER');
  // «Ali and Nasser Chennoufi»: two people («ناصر» is a given name behind «و»).
  const withNasser = (sentence: string, tagged: string): string => {
    const tokens = sentence.split(' ');
    const tags = tagged.split(' ') as Tag[];
    extendGivenNames(tokens, tokens.map(fold), tags, (w) => given.has(w) || w === fold('ناصر'));
    return tags.join(' ');
  };
  assert.equal(withNasser('قال علي وناصر الشنوفي', 'O O B-PER I-PER'), 'O O B-PER I-PER');
  // «Khalid al-Falih took up his duties»: a verb spelled like a given name (أشرف، أكرم) opens the sentence.
  const verbToo = (sentence: string, tagged: string): string => {
    const tokens = sentence.split(' ');
    const tags = tagged.split(' ') as Tag[];
    extendGivenNames(tokens, tokens.map(fold), tags, (w) => w === fold('باشر'));
    return tags.join(' ');
  };
  assert.equal(verbToo('باشر خالد الفالح مهامه', 'O B-PER I-PER O'), 'O B-PER I-PER O');
  assert.equal(verbToo('. باشر خالد الفالح مهامه', 'O O B-PER I-PER O'), 'O O B-PER I-PER O');
  // A headline's label «كمال حيدر : …» (Kamal Haidar: …) opens with the given name: a name before its colon is no verb.
  assert.equal(run('كمال حيدر : الوضع صعب', 'O B-PER O O O'), 'B-PER I-PER O O O');
  // «… and Fahd al-Shammari» after a given name: «فهد» behind no «و».
  assert.equal(run('قال كمال فهد الشمري', 'O O B-PER I-PER'), 'O B-PER I-PER I-PER');
});

test('ner() (sixteenth round): a listed town the tagger typed as a body before a headline’s colon is a place, and no speaker', { skip: NEEDS_MODEL }, () => {
  // «Kasserine: weapons, ammunition and medicines seized in two hideouts»: a dateline, not «Kasserine said».
  const text = 'القصرين : حجز سلاح وذخيرة وأدوية في مخبأين للإرهابيين\nأكد الناطق الرسمي باسم وزارة الدفاع الوطني أن قوات الجيش تمكنت من حجز الأسلحة.';
  const doc = analyze(text, { date: '2015-06-04' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.deepEqual(doc.mentions.filter((m) => m.text === 'القصرين').map((m) => m.type), ['LOC']);
  assert.ok(!doc.quotes.some((q) => q.start < text.indexOf('\n')), doc.quotes.map((q) => q.text).join(' | '));
});

test('ner() (nineteenth round): a listed town typed as a body before a headline’s colon after a quarter’s name is a place too', { skip: NEEDS_MODEL }, () => {
  // «Riadh quarter - Sousse: a weekly market next to a clinic!»: a dateline, no «Sousse said».
  const text = 'حي الرياض- سوسة : سوق أسبوعية محاذية لمستوصف !\nعبّر عدد من متساكني شارع الفتح بجهة حي الرياض بسوسة عن تذمرهم من الوضع.';
  const doc = analyze(text, { date: '2017-01-18' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.deepEqual(doc.mentions.filter((m) => m.start < text.indexOf('\n') && m.text === 'سوسة').map((m) => m.type), ['LOC']);
  assert.ok(!doc.quotes.some((q) => q.start < text.indexOf('\n') && q.speaker !== null), doc.quotes.map((q) => q.text).join(' | '));
});

test('ner (twentieth round): a sports body\'s name goes on over the kind of ball', { skip: NEEDS_MODEL }, () => {
  // «The Tunisian Volleyball Federation announced …» (the tagger reads «الطائرة» as «the plane»).
  const doc = analyze('وأعلنت الجامعة التونسية للكرة الطائرة أن المنتخب سيشارك في البطولة.');
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type]), [['الجامعة التونسية للكرة الطائرة', 'ORG']]);
});

test('ner (twentieth round): «لخضر» is a family name too; a common noun with a possessive pronoun ends a name in a slot', { skip: NEEDS_MODEL }, () => {
  // «The delegate of Enfidha, Ramzi Lakhdar, stressed …» (not «ل + خضر», to vegetables); «Samira Merai stressed her
  // support for the decision» (the name ends before «دعمها», her support).
  for (const [text, name] of [
    ['وأكد معتمد منطقة النفيضة، رمزي لخضر، أنه تم عقد جلسة.', 'رمزي لخضر'],
    ['وأكدت سميرة مرعي دعمها للقرار.', 'سميرة مرعي'],
  ] as const) {
    const doc = analyze(text);
    assert.deepEqual(checkInvariants(doc), [], text);
    assert.deepEqual(doc.entities.filter((e) => e.type === 'PER').map((e) => e.name), [name], text);
  }
});

test('ner() (thirty-fourth round): towns the news corpus names after an administrative head are places wherever they stand', { skip: NEEDS_MODEL }, () => {
  assertFound([
    // «… on the lines of El Ayoun, Thala and Haidra» (Haidra, a delegation of Kasserine; El Ayoun, «the eyes», only in a
    // list of places).
    ['وتم توزيع المساعدات على معتمديات شمال الولاية على غرار العيون وتالة وحيدرة والمناطق الحدودية.', ['LOC حيدرة', 'LOC العيون']],
    // «… information from the national unit for terrorism crimes in El Aouina»: behind «ب», the span leaves it out.
    ['وتمكنت دورية تابعة لمركز الحرس الوطني بأوتيك من حجز البضاعة.', ['LOC أوتيك']],
    // «A traffic accident in Khezama» (Sousse), «the people of Bargou».
    ['وقع حادث مرور في خزامة صباح اليوم.', ['LOC خزامة']],
    ['وطالب أهالي برقو بتعبيد الطريق.', ['LOC برقو']],
  ]);
  // (A word that is also a common one only where a place's slot makes it a place: «the young woman was taken to
  // hospital» names no town Chebba.)
  assert.ok(!mentions('ونقلت الشابة إلى المستشفى لتلقي العلاج.').some((m) => m.startsWith('LOC')));
});

test('extendNisbaSurnames (thirty-seventh round): a nisba before «من» and a body, tagged or by its head noun', () => {
  const run = (sentence: string, tagged: string): string => {
    const tokens = sentence.split(' ');
    const tags = tagged.split(' ') as Tag[];
    extendNisbaSurnames(tokens, tokens.map(fold), tags, () => false);
    return tags.join(' ');
  };
  // «Tarek Fititi of the Free National Union described …»: the body by its head noun, untagged.
  assert.equal(run('وصف طارق الفتيتي من الاتحاد الوطني الحر', 'O B-PER O O O O O'), 'O B-PER I-PER O O O O');
  // … and a body the tagger found.
  assert.equal(run('وصف طارق الفتيتي من نداء تونس', 'O B-PER O O B-ORG I-ORG'), 'O B-PER I-PER O B-ORG I-ORG');
  // Not «من» before a place or a common noun: «Tarek, the Tunisian, from the capital».
  assert.equal(run('وصف طارق الفتيتي من العاصمة', 'O B-PER O O O'), 'O B-PER O O O');
});

test('ner() (thirty-seventh round): the tagger reads words without their harakat, but a word with tanween as written', { skip: NEEDS_MODEL }, () => {
  // «the former member of the National Constituent Assembly, Tahar Hmila, said that …»: the shadda of «الطّاهر» made an
  // odd word of it, and «التأسيسي الطّاهر» a body.
  const found = mentions('قال النائب السابق بالمجلس الوطني التأسيسي الطّاهر هميلة إن الوضع صعب.');
  assert.ok(found.includes('PER الطّاهر هميلة'), found.join(', '));
  assert.ok(!found.some((m) => m.startsWith('ORG ') && m.includes('الطّاهر')), found.join(', '));
  // «Macron, who spoke by phone yesterday, Thursday, with President …»: «هاتفياً» keeps its tanween, and no name.
  assert.ok(!mentions('وقال ماكرون الذي تحدث هاتفياً، أمس الخميس، مع الرئيس إن العلاقات جيدة.').some((m) => m.includes('هاتفي')));
});

test('cutDefiniteHeadObjects (thirty-eighth round): a definite feminine head keeps no definite word that cannot agree with it', () => {
  const run = (sentence: string, tagged: string): string => {
    const tokens = sentence.split(' ');
    const tags = tagged.split(' ') as Tag[];
    const heads = new Set(['الوكالة', 'المنظمة', 'الهيئة', 'الاتحاد'].map(fold));
    cutDefiniteHeadObjects(tokens.map(fold), tags, (w) => heads.has(w));
    return tags.join(' ');
  };
  // «the agency estimated the economic recovery», «the organisation called on the official authorities»: the verb's object.
  assert.equal(run('وقدرت الوكالة الانتعاش الاقتصادي في', 'O B-ORG I-ORG I-ORG O'), 'O B-ORG O O O');
  assert.equal(run('ودعت المنظمة السلط الرسمية إلى', 'O B-ORG I-ORG I-ORG O'), 'O B-ORG O O O');
  // Feminine adjectives, «العليا», and the nisba stay: «الوكالة الدولية للطاقة الذرية», «الهيئة العليا المستقلة».
  assert.equal(run('الوكالة الدولية للطاقة الذرية', 'B-ORG I-ORG I-ORG I-ORG'), 'B-ORG I-ORG I-ORG I-ORG');
  assert.equal(run('الهيئة العليا المستقلة', 'B-ORG I-ORG I-ORG'), 'B-ORG I-ORG I-ORG');
  // A masculine head is left alone: «الاتحاد الأوروبي».
  assert.equal(run('الاتحاد الأوروبي', 'B-ORG I-ORG'), 'B-ORG I-ORG');
});

test('ner() and entities (thirty-eighth round): a definite feminine head before its verb\'s object names the body alone', { skip: NEEDS_MODEL }, () => {
  // «Consumer Defence Organisation … The organisation called on the official authorities to shoulder their responsibilities.»
  const doc = analyze('منظمة الدفاع عن المستهلك تحذر من الأسعار. ودعت المنظمة السلط الرسمية المعنية الى تحمل مسؤولياتها.', { date: '2017-03-31' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.ok(!doc.entities.some((e) => /السلط/u.test(e.name)), doc.entities.map((e) => e.name).join(', '));
  assert.deepEqual(doc.quotes.map((q) => [q.text, doc.entities.find((e) => e.id === q.speaker)?.name ?? null]), [['تحمل مسؤولياتها', 'منظمة الدفاع عن المستهلك']]);
});

test('ner() (fortieth round): «بلجيكيا», the Tunisian press\'s spelling of Belgium, is a place', { skip: NEEDS_MODEL }, () => {
  // «He stressed Belgium's resolve to support the democratic process».
  const found = mentions('وأكد عزم بلجيكيا على مساندة المسار الديمقراطي.');
  assert.deepEqual(found, ['LOC بلجيكيا']);
});

test('ner() (fortieth round): a person after a street\'s head and a title is the street\'s name, unless named elsewhere', { skip: NEEDS_MODEL }, () => {
  // «the investor whose project has a problem in Colonel Karnaoui Avenue».
  assert.ok(!mentions('ملف المستثمر الذي يشهد مشروعه إشكالا بشارع العقيد القرناوي في منطقة خزامة.').some((m) => m.startsWith('PER')));
  // «The Popular Front commemorated the assassination of the martyr Chokri Belaid. The protesters gathered in Martyr Chokri
  // Belaid Square»: the man the article is about keeps his mention in the square's name too.
  const found = mentions('أحيت الجبهة الشعبية ذكرى اغتيال الشهيد شكري بلعيد. وتجمع المحتجون في ساحة الشهيد شكري بلعيد بالعاصمة.');
  assert.equal(found.filter((m) => m.startsWith('PER شكري')).length, 2, found.join(', '));
});

test('ner() (fortieth round): a four-word name with a particle between commas after a role', { skip: NEEDS_MODEL }, () => {
  // «the Dutch justice minister, Ard van der Steur, announced before parliament that …».
  const found = mentions('كما أعلن وزير العدل الهولندي، أرد فان دير ستور، أمام البرلمان، أن الإبقاء على السجون الفارغة يكلف البلاد أثمانا باهظة.');
  assert.ok(found.includes('PER أرد فان دير ستور'), found.join(', '));
});

test('ner() (fortieth round): a body\'s name takes no «عن» before a noun with a possessive pronoun', { skip: NEEDS_MODEL }, () => {
  // «the executive bureau of the Tunisian hotel federation expressed their dismay at the sentences».
  const found = mentions('أعرب أعضاء المكتب التنفيذي للجامعة التونسية للنزل عن استيائهم الشديد من الأحكام الصادرة.');
  assert.ok(found.some((m) => m.startsWith('ORG ') && m.endsWith('للنزل')), found.join(', '));
  assert.ok(!found.some((m) => m.includes('استيائهم')), found.join(', '));
});

test('ner() (forty-third round): «وام» and «واج», agencies known by an acronym that also reads as «و» + a word', { skip: NEEDS_MODEL }, () => {
  assertFound([
    // «Abu Dhabi, 3 March / WAM / The minister said …» (a dateline between slashes).
    ['أبوظبي في 3 مارس / وام / قال الوزير إن المتحف جميل.', ['LOC أبوظبي', 'ORG وام']],
    // «The minister told "WAM" that …»: the agency between quotation marks after «لـ».
    ['وقال الوزير لـ"وام" إن المتحف جميل.', ['ORG وام']],
    // «Algiers (APS) – The minister said …».
    ['الجزائر (واج) - قال الوزير إن المتحف جميل.', ['LOC الجزائر', 'ORG واج']],
    // «Protests in the delegations of Redeyef and Oum Larayes»: «و» + a town, no agency.
    ['وشهدت معتمديتي الرديف وام العرائس احتجاجات.', ['LOC الرديف', 'LOC ام العرائس']],
  ]);
});

test('ner() (forty-third round): the name after «المتحدثة باسم الشركة» is a person\'s, and so is its original in brackets', { skip: NEEDS_MODEL }, () => {
  // «The company's spokeswoman Claire Dubois told AFP that …» (the tagger typed both names as bodies).
  const found = mentions('وقالت المتحدثة باسم الشركة كلير دوبوا (Claire Dubois) لفرانس برس إن الأمر جيد.');
  assert.ok(found.includes('PER كلير دوبوا'), found.join(', '));
  assert.ok(found.includes('PER Claire Dubois'), found.join(', '));
  // «The EU's spokesman said …»: the body named right after «باسم» stays a body.
  assert.ok(mentions('وقال المتحدث باسم الاتحاد الأوروبي إن الوضع مستقر.').includes('ORG الاتحاد الأوروبي'));
});

test('ner() (forty-third round): a given name between commas after a person\'s role, with its original in brackets, is no place', { skip: NEEDS_MODEL }, () => {
  // «"We cancel nothing", said the company's chief executive, Daniel Okafor, on a call with analysts» (the tagger read a place).
  const found = mentions('"لا نلغي شيئا"، قال الرئيس التنفيذي للشركة، دانيال أوكافور (Daniel Okafor)، خلال مكالمة مع المحللين.');
  assert.ok(found.includes('PER دانيال أوكافور'), found.join(', '));
  assert.ok(found.includes('PER Daniel Okafor'), found.join(', '));
  // «The delegation visited George Town (George Town) in Malaysia»: a place with no role before it stays a place.
  assert.ok(!mentions('وزار الوفد مدينة جورج تاون (George Town) في ماليزيا.').some((m) => m.startsWith('PER')));
});

test('ner() (fifty-fourth round): Tunisian towns the harvest missed are places wherever they stand', { skip: NEEDS_MODEL }, () => {
  assertFound([
    // «The research and inspection team of the National Guard in Teboulba dismantled a cell» (the place behind «ب»).
    ['وتمكنت فرقة الأبحاث والتفتيش للحرس الوطني بطبلبة من تفكيك خلية.', ['LOC طبلبة']],
    // «The oasis of Jemna», «the road from Enfidha to Ras Jedir».
    ['وزار الوفد واحة جمنة أمس.', ['LOC جمنة']],
    ['وأغلقت الطريق بين النفيضة ورأس جدير.', ['LOC النفيضة', 'LOC رأس جدير']],
    // «Five children in the hospital of Misrata» (a Libyan city the gazetteer knows but the tagger misses).
    ['وبقي 5 أطفال بمستشفى مصراتة.', ['LOC مصراتة']],
  ]);
});

test('ner() (fifty-fourth round): a listed given name before a name the tagger does not know, and that name alone later', { skip: NEEDS_MODEL }, () => {
  // «President Donald Trump forgot to sign two executive orders … but Trump left the room»: the tagger, trained on older
  // copy, found «دونالد» alone; the family name joins it, and is carried to its repeat.
  const text = 'نسي الرئيس الأمريكي دونالد ترامب توقيع أمرين تنفيذيين. لكن ترامب غادر القاعة. وردت الصحف على ترامب بسخرية.';
  const found = mentions(text);
  assert.ok(found.includes('PER دونالد ترامب'), found.join(', '));
  // (The repeat behind «على» (on) is the name alone, not «علي» (Ali) and the name.)
  assert.deepEqual(found.filter((m) => m.startsWith('PER')), ['PER دونالد ترامب', 'PER ترامب', 'PER ترامب']);
  // A common word after the given name stays out: «وأكد سامي اليوم أن …» (a time), «دعا محمد وزير …» (a role).
  assert.deepEqual(mentions('وأكد سامي اليوم أن الأمر بسيط.').filter((m) => m.startsWith('PER')), ['PER سامي']);
});

test('ner() (fifty-fourth round): the deputy public prosecutor («مساعد وكيل الجمهورية») is a role before a name', { skip: NEEDS_MODEL }, () => {
  // «The public prosecutor Elyes Zoghlami denied that»; «إلياس» folds like a word with the article («الياس»).
  assertFound([
    ['نفى وكيل الجمهورية إلياس الزغلامي ذلك.', ['PER إلياس الزغلامي']],
    ['وقال الناطق باسم المحكمة إلياس الزغلامي إن الأمر بسيط.', ['PER إلياس الزغلامي']],
  ]);
});

test('ner() (fifty-fourth round): call letters written with dots are one outlet; a participle of speech ends no name', { skip: NEEDS_MODEL }, () => {
  assertFound([
    // «The television station KABC said that a person was killed»: the tagger kept «بي.سي» alone.
    ['وقالت محطة كيه.إيه.بي.سي التلفزيونية إن شخصا قتل.', ['ORG كيه.إيه.بي.سي']],
    // «The local station (WSB) …», «the American network CNN said …» (the tagger took the network noun in, as a person).
    ['وأظهرت صورة لمحطة (دبليو.إس.بي) التلفزيونية براميل.', ['ORG دبليو.إس.بي']],
    ['وقالت شبكة سي.إن.إن الأمريكية إن الرئيس وصل.', ['ORG سي.إن.إن']],
    // «ABC News said …»: a name that goes on after the letters keeps its words.
    ['وقالت شبكة إيه.بي.سي نيوز إن الرئيس وصل.', ['ORG إيه.بي.سي نيوز']],
    // «… to the UN's executive director Carlos Lopes, expressing Tunisia's wish …».
    ['وقدم الوزير الوثيقة إلى المدير التنفيذي للجنة التابعة للأمم المتحدة كارلوس لوباز معربا عن رغبة تونس.', ['PER كارلوس لوباز']],
    // «… congratulated the president-elect Donald Trump, deeming him a friend»: the tagger typed the person a body.
    ['وهنأ رئيس الوزراء الرئيس الأميركي المنتخب دونالد ترامب معتبراً أنه صديق.', ['PER دونالد ترامب']],
  ]);
  assert.ok(!mentions('وقالت شبكة سي.إن.إن الأمريكية إن الرئيس وصل.').some((m) => m.startsWith('PER')));
});

test('ner() (fifty-fourth round): a listed place over the tagger\'s pieces; the TAP agency by its full name; a short foreign given name in «و»', { skip: NEEDS_MODEL }, () => {
  assertFound([
    // «The people of the area of Bir Ali Ben Khalifa in the governorate of Sfax marched»: the tagger read a place and a person.
    ['خرج اليوم أهالي منطقة بئر علي بن خليفة من ولاية صفاقس في مسيرة.', ['LOC بئر علي بن خليفة', 'LOC صفاقس']],
    // «… in a statement to the Tunis Africa news agency (TAP) in the region» — also without «للأنباء» (of news).
    ['وأكد رئيس الفرقة في تصريح لوكالة تونس افريقيا بالجهة أنه تم الحجز.', ['ORG وكالة تونس افريقيا']],
    ['وأكد رئيس الفرقة في تصريح لوكالة تونس إفريقيا للأنباء أنه تم الحجز.', ['ORG وكالة تونس إفريقيا للأنباء']],
    // «Wayne Rooney scored a fine goal»: «واين» is no «و» + «اين» (where).
    ['وسجل واين روني هدفا رائعا.', ['PER واين روني']],
  ]);
  const found = mentions('وأكد رئيس الفرقة في تصريح لوكالة تونس افريقيا بالجهة أنه تم الحجز.');
  assert.ok(!found.includes('LOC تونس') && !found.some((m) => m.includes('افريقيا') && m.startsWith('LOC')), found.join(', '));
  // «… Emmanuel Macron … and Macron strengthened …»: where the document names the person after another first word, the
  // «و» before a verb the tagger took in is the conjunction.
  const macron = mentions('قال الرئيس الفرنسي إيمانويل ماكرون إن الوضع جيد. وعزز ماكرون موقعه في الانتخابات.');
  assert.ok(!macron.some((m) => m.includes('وعزز')), macron.join(', '));
});

test('ner() (fifty-fourth round): a person run over «و» and a given name is two; no name opens on «على» (on)', { skip: NEEDS_MODEL }, () => {
  // «The lawyer said that Sofiane and Nadhir committed no crime» (the corpus's «سفيان ونذير», one person for the tagger).
  const pair = mentions('وقال المحامي إن سفيان ونذير لم يرتكبا أي جرم.');
  assert.ok(pair.includes('PER سفيان') && pair.includes('PER نذير'), pair.join(', '));
  assert.ok(!pair.some((m) => m.includes('ونذير')), pair.join(', '));
  // «on the margin of the meeting», «the photo on Facebook»: a common word after «على» is no person.
  assert.ok(!mentions('وعلى هامش اللقاء، نشرت الوزارة الصورة على فيسبوك.').some((m) => m.startsWith('PER')));
  // «the attack on Naji Jelloul»: the name without the preposition.
  const found = mentions('وردت الحركة على ناجي جلول في بيان.');
  assert.ok(found.includes('PER ناجي جلول') && !found.some((m) => m.includes('على')), found.join(', '));
});

test('ner() (fifty-fourth round): a union\'s name ends at «للشغل» (of labour) but for its place', { skip: NEEDS_MODEL }, () => {
  // A union's name the tagger ran on into the verb's object; written here as the tagger had it in a blind article.
  const doc = analyze('ودعا الاتحاد العام التونسي للشغل القوى الحية والديمقراطية إلى التضامن. وقال الاتحاد الجهوي للشغل بصفاقس إن الإضراب قائم.', { date: '2017-05-01' });
  const orgs = doc.mentions.filter((m) => m.type === 'ORG').map((m) => m.text);
  assert.ok(!orgs.some((m) => m.includes('القوى')), orgs.join(', '));
  // (Its place behind «ب» is part of a regional union's name since the fifty-seventh round, as the annotators name it.)
  assert.ok(orgs.includes('الاتحاد الجهوي للشغل بصفاقس'), orgs.join(', '));
});

test('ner() (fifty-fifth round): a station\'s name ends at «أف أم» (FM); Pyongyang keeps its «ب»; a country\'s adjective after a club\'s name', { skip: NEEDS_MODEL }, () => {
  assertFound([
    // «… in a statement to Jawhara FM's correspondent Maher Sghaier»: the tagger ran a person from «أف أم» on.
    ['وقال بسباس في تصريح لمراسل الجوهرة أف أم ماهر الصغير إن الإنتاج تراجع.', ['ORG الجوهرة أف أم', 'PER ماهر الصغير']],
    // «… Jawhara FM's correspondent in Sidi Bouzid»: where the correspondent is, not the station's name.
    ['وأكد لمراسل الجوهرة أف أم في سيدي بوزيد أن الطريق مغلقة.', ['ORG الجوهرة أف أم', 'LOC سيدي بوزيد']],
    // «Pyongyang said that …»: no «ب» (in) + «يونغ».
    ['وقالت بيونغ يانغ إن الولايات المتحدة دبرت محاولة اغتيال.', ['LOC بيونغ يانغ']],
    // «Ahly Tripoli of Libya», «Fenerbahçe of Turkey»: the adjective says where the club is from.
    ['وتأهل أهلي طرابلس الليبي على حساب فيروفيارو الموزمبيقي.', ['ORG أهلي طرابلس', 'ORG فيروفيارو']],
    // «A symposium was held today in Hammamet», «the El Kamour sit-in's co-ordination met at the Kasbah»: towns and sites
    // that are no common word in Tunisian copy, tagged wherever they stand.
    ['انتظمت اليوم بالحمامات ندوة حول دور القضاء.', ['LOC الحمامات']],
    ['والتقى ممثلو معتصمي الكامور رئيس الحكومة بالقصبة.', ['LOC الكامور', 'LOC القصبة']],
  ]);
  // A body's head and its complement keep the adjective (the guidelines' «وزارة الداخلية الإيطالية»), and so does Tunisia's own.
  const kept = mentions('وقال جهاز الأمن السري الأميركي إن الرئيس بخير.');
  assert.ok(kept.includes('ORG جهاز الأمن السري الأميركي'), kept.join(', '));
  const station = mentions('وقالت قناة الحوار التونسي إن البرنامج توقف.');
  assert.ok(station.some((m) => m.endsWith('الحوار التونسي')), station.join(', '));
  assert.ok(!mentions('وقالت بيونغ يانغ إن الولايات المتحدة دبرت محاولة اغتيال.').some((m) => m.endsWith(' يونغ يانغ') && !m.includes('بيونغ')));
});

test('ner() (fifty-fifth round): a party\'s definite name the tagger ran on into its leader is the party, then the leader', { skip: NEEDS_MODEL }, () => {
  // «… against 21.7 per cent for the National Front's candidate Marine Le Pen, who …» (the corpus's words).
  const found = mentions('مقابل 21.7 بالمائة لمرشحة الجبهة الوطنية مارين لوبان، التي ترشحت بدورها.');
  assert.ok(found.includes('ORG الجبهة الوطنية') && found.includes('PER مارين لوبان'), found.join(', '));
  // An acronym's letters are no definite name: «إل تي إي» (LTE) stays whole.
  assert.ok(!mentions('وتدعم الشبكة تقنية إل تي إي الجديدة.').some((m) => m.startsWith('PER')));
});

test('ner() (sixty-second round): «الساحل» (the Sahel region) after a place head or beside a place; «الساحلي» no town\'s adjective', { skip: NEEDS_MODEL }, () => {
  // «Disruption of drinking-water supply in the governorates of the Sahel and Sfax» (ANT corpus); «rain in the Sahel region».
  assert.ok(mentions('اضطراب في توزيع مياه الشرب في ولايات الساحل وصفاقس').includes('LOC الساحل'));
  assert.ok(mentions('وتكون الأمطار متفرقة بالشمال وبجهة الساحل في الصباح.').includes('LOC الساحل'));
  // Not the coast: «off the Libyan coast».
  assert.ok(!mentions('غرق مركب قبالة الساحل الليبي.').some((m) => m === 'LOC الساحل'));
  // «الساحلي» makes no club of its own with a club's head: «النجم الساحلي 49» in a league table stays the club alone.
  assert.ok(!mentions('الترتيب : 1/ الترجي التونسي 56 2/ النادي الإفريقي 53 3/ النجم الساحلي 49 (-1)').some((m) => m.includes('49')));
});

test('ner() (sixty-second round): a governorate\'s seat and a side is one place («صفاقس الجنوبية», «سوسة المدينة»)', { skip: NEEDS_MODEL }, () => {
  // «… in the delegations of Sfax City, Sfax West and Sfax South» (ANT corpus).
  const found = mentions('اضطراب في توزيع الماء بمعتمديات صفاقس المدينة وصفاقس الغربية وصفاقس الجنوبية.');
  for (const place of ['صفاقس المدينة', 'صفاقس الغربية', 'صفاقس الجنوبية']) assert.ok(found.includes(`LOC ${place}`), found.join(', '));
  // A body's town keeps its side: «فرقة الشرطة العدلية بسوسة المدينة».
  assert.ok(mentions('وتمكنت فرقة الشرطة العدلية بسوسة المدينة من إيقاف المتهم.').includes('LOC سوسة المدينة'));
});

test('ner() (sixty-second round): a local unit the tagger took whole with its town keeps the town as a place', { skip: NEEDS_MODEL }, () => {
  // «… after a ruling of the Monastir court of appeal sentencing …» (ANT corpus): the body and, nested in it, the town.
  const found = mentions('على خلفية صدور حكم بمحكمة الاستئناف بالمنستير يقضي بالسجن 4 أشهر.');
  assert.ok(found.includes('ORG محكمة الاستئناف بالمنستير') && found.includes('LOC المنستير'), found.join(', '));
});
