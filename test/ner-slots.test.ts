/**
 * Names in person slots (src/ner/slots.ts): unseen names right after a speech verb or a title,
 * with real phrases from Tunisian news (glossed). Skips when the model is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.ts';
import { checkInvariants } from '../src/pipeline/invariants.ts';
import { getNerModel, modelAvailable } from '../src/ner/model.ts';
import { nameReading, proposeSlotNames, slotLexicon } from '../src/ner/slots.ts';
import type { Tag } from '../src/ner/conll.ts';

const NEEDS_MODEL = modelAvailable() ? false : 'needs the trained model in models/ner (npm run train:ner)';

/** The persons and bodies `analyze()` finds in `text`, as [name, type], after checking the document's invariants. */
function peopleAndBodies(text: string): [string, string][] {
  const doc = analyze(text, { date: '2017-05-01' });
  assert.deepEqual(checkInvariants(doc), []);
  return doc.entities.filter((e) => e.type === 'PER' || e.type === 'ORG').map((e) => [e.name, e.type]);
}

/** PER mention texts of a text analysed by the default pipeline (whose documents are checked). */
function persons(text: string): string[] {
  const doc = analyze(text, { date: '2017-05-01' });
  assert.deepEqual(checkInvariants(doc), []);
  return doc.mentions.filter((m) => m.type === 'PER').map((m) => m.text);
}

test('nameReading: names the lexicon does not know as words, not common words', { skip: NEEDS_MODEL }, () => {
  const lex = slotLexicon(getNerModel().resources.gazetteer);
  const table: [string, boolean][] = [
    ['منوبية', true], // Manoubia, a Tunisian first name
    ['العرفاوي', true], // Arfaoui, a nisba surname
    ['القوبنطيني', true], // Gobantini
    ['غديرة', true], // Ghedira
    ['مصدر', false], // source (also written المصدر)
    ['التعليم', false], // education (also تعليم, بالتعليم)
    ['وجود', false], // existence (لوجود، وجوده)
    ['المنتقدون', false], // the critics: a sound plural
    ['النائبان', false], // the two MPs: a dual
    ['دوافعه', false], // his motives: a pronoun suffix on a known word
    ['لتوثيق', false], // to document: a preposition on a known word
    ['تتاثر', false], // she is affected: an imperfect verb (يتأثر), hamza left out
    ['ستتنقل', false], // she will travel: a future verb
    ['أعاد', false], // he brought back: a perfect verb (أعادت)
    ['تطبيقا', false], // in application: an adverbial accusative
    ['سموه', false], // His Highness
    ['إن', false], // that
  ];
  for (const [word, name] of table) assert.equal(nameReading(word, lex) !== null, name, word);
});

test('ner(): unseen names after a speech verb or a title become persons, repeats too', { skip: NEEDS_MODEL }, () => {
  const table: [string, string[]][] = [
    // «And Manoubia said that the market is hard.» A first name in no list.
    ['وقالت منوبية إن السوق صعبة.', ['منوبية']],
    // «Arfaoui explained that the government will keep its commitments.» A surname alone.
    ['وأوضح العرفاوي أن الحكومة ستفي بتعهداتها.', ['العرفاوي']],
    // «Mrs Manoubia, the kiosk owner, spoke about her work.» After a title, closed by a comma.
    ['تحدثت السيدة منوبية، صاحبة الكشك، عن عملها.', ['منوبية']],
    // «And Manoubia said that the work is hard. Manoubia does not regret her decisions.» The
    // one-reading-per-name pass carries the name to its repeat.
    ['وقالت منوبية إن العمل صعب. منوبية لم تندم على قراراتها.', ['منوبية', 'منوبية']],
    // «The academic Olfa Youssef criticised …»: the surname the tagger found joins the first name
    // (whose folded form «الفه» only looks definite).
    ['انتقدت الجامعية ألفة يوسف تصريحات رئيس الجمهورية.', ['ألفة يوسف']],
    // «… the performance of Mariem Bouajaja and Amna Mouelhi»: a name coordinated with a person
    // name the tagger found, without the conjunction.
    ['وتميز العرض بأداء كل من مريم بوعجاجة وآمنة المولهي، بإشراف المخرج.', ['آمنة المولهي']],
  ];
  for (const [text, expected] of table) {
    const found = persons(text);
    for (const name of expected) assert.ok(found.includes(name), `${text}: ${found.join(' | ')}`);
    assert.equal(found.filter((f) => f === expected[0]).length, expected.filter((e) => e === expected[0]).length, text);
  }
});

test('ner(): common words and unclear name ends in the same slots stay out', { skip: NEEDS_MODEL }, () => {
  const table: [string, string][] = [
    ['وقال مصدر أمني إن الوضع هادئ.', 'مصدر'], // «A security source said that the situation is calm.»
    ['وأكد وجود نقص في الأدوية.', 'وجود'], // «He confirmed a shortage of medicines.» An object.
    ['وأفاد عضو النقابة أن الإضراب قائم.', 'عضو'], // «A member of the union said the strike is on.»
    ['وقال المنتقدون إن الأسئلة الجديدة ستشكل عبئا.', 'المنتقدون'], // «The critics said …»
    ['وقال سموه إن المشروع خطوة جديدة.', 'سموه'], // «His Highness said the project is a new step.»
    ['وكان قد أكد منتصف شهر فيفري أن الاتفاق قائم.', 'منتصف'], // «He had stated in mid-February that …»
    ['وقد كان الشيخ متجها إلى الجامع لأداء صلاة الصبح.', 'متجها'], // «The old man was heading to the mosque»
    ['كشف النائبان في البرلمان عن حركة نداء تونس عن الخبر.', 'النائبان'], // «The two MPs … revealed»
    ['وأوضح النائب الديمقراطي دوافعه، قائلا إنه قلق.', 'دوافعه'], // «The Democratic MP explained his motives»
    // «Aida Arab said, in a phone call, that …»: the surname «عرب» (Arabs) is a common word; the
    // name is read whole because a comma ends it at once (next test), never the first name alone.
    ['أفادت عايدة عرب، في اتصال هاتفي، أن القضية مرفوعة.', 'عايدة'],
    // «He met the minister Kamel and an agent of a bakery»: «وكيل» (agent) is a word, not و + a name.
    ['التقى الوزير كمال الجندوبي وكيل مخبزة في سوسة.', 'كيل مخبزة'],
  ];
  for (const [text, word] of table) assert.ok(!persons(text).includes(word), `${text}: ${word}`);
});

test('proposeSlotNames: a word the tagger typed otherwise elsewhere in the document is left alone', { skip: NEEDS_MODEL }, () => {
  const lex = slotLexicon(getNerModel().resources.gazetteer);
  // «Manoubia said that …» after «Manoubia» was tagged a place (the governorate) in another sentence.
  const sentences: { tokens: string[]; tags: Tag[] }[] = [
    { tokens: ['زار', 'منوبية', 'أمس'], tags: ['O', 'B-LOC', 'O'] },
    { tokens: ['وقالت', 'منوبية', 'إن', 'السوق', 'صعبة'], tags: ['O', 'O', 'O', 'O', 'O'] },
  ];
  assert.equal(proposeSlotNames(sentences, lex), 0);
  assert.deepEqual(sentences[1]!.tags, ['O', 'O', 'O', 'O', 'O']);
  const alone = [{ tokens: ['وقالت', 'منوبية', 'إن', 'السوق', 'صعبة'], tags: ['O', 'O', 'O', 'O', 'O'] as Tag[] }];
  assert.equal(proposeSlotNames(alone, lex), 1);
  assert.deepEqual(alone[0]!.tags, ['O', 'B-PER', 'O', 'O', 'O']);
});

test('ner(): the surname of a person named in full, alone after a speech verb or «حسب», or opening a headline', { skip: NEEDS_MODEL }, () => {
  const table: [string, string, number][] = [
    // «Youssef Chahed said the government is ready. And Chahed stressed that the solution is near.»
    // «الشاهد» is also «the witness»: the full name earlier in the article decides.
    ['وقال يوسف الشاهد إن الحكومة مستعدة. وأكد الشاهد أن الحل قريب.', 'الشاهد', 1],
    // «Mehdi Jomaa chaired the meeting. And Jomaa said that he filed a request.» (جمعة: Friday)
    ['ترأس مهدي جمعة الاجتماع. وأفاد جمعة، بأنه أودع مطلبا.', 'جمعة', 1],
    // A headline: «Jomaa announces a new party. Mehdi Jomaa said the party is open.»
    ['جمعة يعلن عن تأسيس حزب جديد. وقال مهدي جمعة إن الحزب مفتوح.', 'جمعة', 1],
    // «Nejib Ayad said the festival is ready. And "Ayad" stressed that …»: a quotation mark between.
    ['قال نجيب عيّاد إن المهرجان جاهز. وأكدّ "عيّاد" أنّ التصور العام جاهز.', 'عيّاد', 1],
    // «And the witness said that the accused was there.»: no one of that name in the article.
    ['وقال الشاهد إن المتهم كان هناك.', 'الشاهد', 0],
    // «The President Béji Caïd Essebsi received the minister. For his part, Caïd Essebsi expressed
    // his hope …»: a surname of two words, the last two of a name of three.
    ['استقبل رئيس الجمهورية الباجي قايد السبسي الوزير. من جهته عبر قايد السبسي عن أمله في النجاح.', 'قايد السبسي', 1],
  ];
  for (const [text, surname, count] of table) {
    const found = persons(text);
    assert.equal(found.filter((f) => f === surname).length, count, `${text}: ${found.join(' | ')}`);
  }
});

test('ner(): names in role slots — between commas, before a comma and a role, opening a sentence, after a role and its complement', { skip: NEEDS_MODEL }, () => {
  const table: [string, string][] = [
    // «The former communications minister, Mongi Marzouk, considered that …»
    ['واعتبر وزير الاتصالات السابق، منجي مرزوق، أن الحياد ضروري.', 'منجي مرزوق'],
    // «The regional education delegate in Sidi Bouzid, Mouldi Laifi, told TAP that …»: a definite role, its complement, a comma, the name
    ['وقال المندوب الجهوي للتربية في سيدي بوزيد، المولدي العيفي لوكالة تونس افريقيا للأنباء إن الأشغال انتهت.', 'المولدي العيفي'],
    // «It is recalled that the MP of the Nidaa Tounes bloc, Tahar Battikh, had stated …» (بطيخ: watermelon)
    ['يذكر أن النائب عن كتلة نداء تونس، الطاهر بطيخ، كان صرح بذلك.', 'الطاهر بطيخ'],
    // «The head of government Habib Essid asked the governors …»: a definite given name.
    ['طالب رئيس الحكومة الحبيب الصيد، من الولاة العمل الميداني.', 'الحبيب الصيد'],
    // «Prime Minister Theresa May announced late that …» (ماي is also May, the month)
    ['وأعلنت رئيسة الوزراء تيريزا ماي في وقت متأخر أن مستوى التحذير حرج.', 'تيريزا ماي'],
    // «Fatma Mseddi said the situation is hard.»: a name opening the sentence before a speech verb.
    ['فاطمة المسدي قالت إن الوضع صعب.', 'فاطمة المسدي'],
    // «The rights activist Zohra Koubia said in a statement …» (زهرة: flower)
    ['أفادت الناشطة الحقوقية زهرة كوبية في تصريح أن المسيرات تواصلت.', 'زهرة كوبية'],
    // «Aida Arab said, in a phone call, …»: a surname that is a word (Arabs), ended by a comma.
    ['أفادت عايدة عرب، في اتصال هاتفي، أن القضية مرفوعة.', 'عايدة عرب'],
    // «… and the child Azer Souih third»: a description behind «و», a name of two words.
    ['وحل اللاعب منعم بلقاسم ثانيا والطفل آزر السويح على المرتبة الثالثة.', 'آزر السويح'],
    // «Years ago the martyr Lotfi Nagdh was killed, …» (نقض: annulment), ended by a comma.
    ['منذ سنوات قُتل الشهيد لطفي نقض، وصودرت حياته.', 'لطفي نقض'],
    // «… with the President of the Republic Béji Caïd Essebsi, planned for Monday»: a definite
    // given name in ي that is no adjective (no feminine الباجية, no place باج), «قايد» a word, and
    // a definite word after the nisba surname.
    ['وبعد أن يلتقي برئيس الجمهورية الباجي قايد السبسي المبرمج ليوم الاثنين.', 'الباجي قايد السبسي'],
    ['وتطرقا إلى مبادرة رئيس الجمهورية الباجي قايد السبسي الهادفة لحل الأزمة الليبية.', 'الباجي قايد السبسي'],
    // «The spokesman, Siddiq Al-Fituri, added that …» (الصديق: the friend), «… the municipal councillor
    // of Sebha, Najmiya Al-Magrif, …» (a given name the lexicon never saw): two words between commas,
    // the second a rare surname.
    ['وأضاف المتحدث، الصديق الفيتوري، أن الشركة رفعت الكميات.', 'الصديق الفيتوري'],
    ['من جهتها، طالبت عضو المجلس البلدي سبها، نجمية المقريف، بفتح تحقيق.', 'نجمية المقريف'],
    // «The spokesman, Ali Radhi al-Fatlawi, adds …»: three words, «علي» folded like «على» (on).
    ['ويضيف المتحدث، علي راضي الفتلاوي، في حديث للصحيفة، أن الوزارة طلبت المساعدة.', 'علي راضي الفتلاوي'],
    // «The weather expert at the national centre, Hafsa al-Kaabi, said …»: the tagger's «خبيرة الأرصاد» (a role
    // and a definite word) is no name, and a family nisba after a given name the lexicon never saw is.
    ['قالت خبيرة الأرصاد في المركز الوطني للأرصاد، حفصة الكعبي، إن المنخفض سيبلغ ذروته.', 'حفصة الكعبي'],
  ];
  for (const [text, name] of table) {
    const found = persons(text);
    assert.ok(found.includes(name), `${text}: ${found.join(' | ')}`);
  }
});

test('ner(): what the role slots leave alone', { skip: NEEDS_MODEL }, () => {
  const table: [string, string][] = [
    // «About the show: the producing body: …»: a field label after «:», not a headline.
    ['نبذة عن العرض: الهيكل المنتج: مسرح الحمراء.', 'الهيكل المنتج'],
    // «The head of the international federation of journalists and travel writers …»: after «و».
    ['أكد رئيس الاتحاد الدولي للصحافيين و كتاب السياحة أن المؤتمر ناجح.', 'كتاب السياحة'],
    // «The head of Jendouba Sports and the head of Gafsa Caravans attended»: a second role.
    ['وحضر رئيس جندوبة الرياضية ورئيس قوافل قفصة الاجتماع.', 'قوافل قفصة'],
    // «… the former president, Moncef Marzouki proposed a solution»: a verb is no third name word.
    ['يذكر أن رئيس الجمهورية السابق، المنصف المرزوقي اقترح حلا.', 'المنصف المرزوقي اقترح'],
    // «… the head of the squad, Kamel Aichaoui, to the radio's correspondent»: a preposition.
    ['وفق ما أكده رئيس الفرقة، كمال العيشاوي لمراسل الإذاعة.', 'كمال العيشاوي لمراسل'],
    // «… the popular and union memory escaped from the prison»: «والنقابية» is an adjective here;
    // only descriptions (الطفل، الشاب …) open a slot behind «و».
    ['لكن الذاكرة الشعبية والنقابية أفلتت من المعتقل.', 'أفلتت'],
    // «The bond between mother and child, a decisive matter in …»: no role behind «و».
    ['إن الرابط العاطفي بين الأم والطفل، أمر حاسم في نمو الدماغ.', 'أمر حاسم'],
    // «… the president's initiative aimed at solving …»: one try a role, no name started later.
    ['وتطرقا إلى مبادرة رئيس الجمهورية الباجي قايد السبسي الهادفة لحل الأزمة الليبية.', 'السبسي الهادفة لحل'],
    // «The board of Espérance of Zarzis decided to drop the coach»: «الجرجيسي» is of Zarzis (جرجيس).
    ['قررت الهيئة المديرة للترجي الرياضي الجرجيسي التخلي عن المدرب.', 'الجرجيسي التخلي'],
    // «… Prime Minister Theresa May, to shake his hand»: «ل» on a verb is no name word.
    ['لتخرج بعدها رئيسة الوزراء البريطانية تيريزا ماي لتصافحه.', 'تيريزا ماي لتصافحه'],
    // «The minister said, last Thursday, …», «the director, the official source, …»: common words between commas.
    ['وقال الوزير، الخميس الماضي، إن الشركة رفعت الكميات.', 'الخميس الماضي'],
    ['وقال المدير، المصدر المسؤول، إن الشركة رفعت الكميات.', 'المصدر المسؤول'],
  ];
  for (const [text, wrong] of table) {
    const found = persons(text);
    assert.ok(!found.includes(wrong), `${text}: ${found.join(' | ')}`);
  }
});

test('proposeSlotNames: a role-slot given name is read from its own token, whatever an earlier article held', { skip: NEEDS_MODEL }, () => {
  const lex = slotLexicon(getNerModel().resources.gazetteer);
  // «وتطرقا إلى مبادرة رئيس الجمهورية الباجي قايد السبسي الهادفة لحل الأزمة» (they discussed the initiative
  // of the President of the Republic Béji Caïd Essebsi aimed at solving the crisis); «الباجى», with alef
  // maqsura, folds to the same word but is no definite given name in ي.
  const sentence = (given: string): { tokens: string[]; tags: Tag[] }[] => {
    const tokens = ['وتطرقا', 'إلى', 'مبادرة', 'رئيس', 'الجمهورية', given, 'قايد', 'السبسي', 'الهادفة', 'لحل', 'الأزمة', '.'];
    return [{ tokens, tags: tokens.map((): Tag => 'O') }];
  };
  // One given-name test for both articles, as in a long-running process (the answers are kept per test).
  const noListedName = (): boolean => false;
  proposeSlotNames(sentence('الباجى'), lex, { givenName: noListedName });
  const later = sentence('الباجي');
  proposeSlotNames(later, lex, { givenName: noListedName });
  assert.deepEqual(later[0]!.tags.slice(5, 8), ['B-PER', 'I-PER', 'I-PER']);
});

test('ner(): a Maghrebi surname written «بال» + a name after a first name is part of the name', { skip: NEEDS_MODEL }, () => {
  const table: [string, string[]][] = [
    // «MP Mondher Belhaj Ali stated that …»: «بالحاج» is not «with the pilgrim».
    ['من جانبه، صرح النائب منذر بالحاج علي، بأن توقيعه على البيان يعزى إلى عدم توفر الحد الأدنى.', ['منذر بالحاج علي']],
    // «And Samir Taieb said that the government goes on.»
    ['وقال سمير بالطيب إن الحكومة مستمرة.', ['سمير بالطيب']],
    // «The minister praised the secretary-general»: «بالأمين» (Lamine is a given name) stays a preposition and a noun.
    ['وأشاد الوزير بالأمين العام للاتحاد.', []],
  ];
  for (const [text, names] of table) assert.deepEqual(persons(text), names, text);
});

test('ner(): a role with the pronoun of a body (أمينها العام، مديرها) and an abbreviated title (م.، د.) open a name slot; a given name left before a person joins it', { skip: NEEDS_MODEL }, () => {
  const table: [string, string[]][] = [
    // «Its secretary-general Fadi Daher told An-Nahar that …»
    ['وقال أمينها العام فادي ضاهر لـ«النهار» إن الجمعية منفتحة على أي نقاش جدي.', ['فادي ضاهر']],
    // «… that the finance minister Kamal Haidar told the members …»
    ['وعلمت الصحيفة أن وزير المال كمال حيدر أبلغ أعضاء اللجنة أن الحكومة لن تسحب المشروع.', ['كمال حيدر']],
    // «The director-general, Eng. Duaij al-Bedhali, added that …»: «م.» (engineer) is a title.
    ['وأضاف المدير العام، م. دعيج البذالي، أن المؤسسة طرحت المناقصات.', ['دعيج البذالي']],
    // «The city was founded in 1200 AD. Historians stress …»: «م.» after a number is «AD».
    ['تأسست المدينة عام 1200 م. وأكد المؤرخون أنها قديمة.', []],
  ];
  for (const [text, names] of table) assert.deepEqual(persons(text), names, text);
});

test('ner() (fourteenth round): «علي» written with yaa in a person slot, a given name before a one-word person, «قائد» inside «قائد السبسي», «فان» at a name’s end', { skip: NEEDS_MODEL }, () => {
  const table: [string, string[]][] = [
    // «The deputy head of the Ennahdha movement, Ali Laarayedh, said that …»: folding makes «علي» the preposition «على».
    ['قال نائب رئيس حركة النهضة، علي العريض إن الحركة حريصة على إجراء الانتخابات.', ['علي العريض']],
    // «The culture minister, Sonia Mbarek, reported that …»: the tagger read «مبارك» alone as Mubarak.
    ['أفادت وزيرة الثقافة والمحافظة على التراث، سنية مبارك، أن فريقا من المختصين وصل إلى المراحل الأخيرة.', ['سنية مبارك']],
    // «The party's executive director Hafedh Caïd Essebsi said …»: not two persons around «قائد» (a leader).
    ['قال المدير التنفيذي للحزب حافظ قائد السبسي إن الحزب لم يتلق أي تمويل.', ['حافظ قائد السبسي']],
    // «According to the rights activist Mustapha Abdelkebir, sixteen young men are missing»: «فان» is «فإن».
    ['وحسب الناشط الحقوقي مصطفى عبد الكبير فان ستة عشر شابا في عداد المفقودين.', ['مصطفى عبد الكبير']],
    // «The council's official spokesman Monji Harbaoui explained …»: a definite head is no part of a person's name.
    ['وأوضح الناطق الرسمي باسم المجلس منجي الحرباوي في تصريح للصحفيين أن الجلسة ستكون علنية.', ['منجي الحرباوي']],
  ];
  for (const [text, names] of table) assert.deepEqual(persons(text), names, text);
});

test('ner() (fourteenth round): no person starts with a quantifier or a word of kin before a definite word, none ends with «أيضا»', { skip: NEEDS_MODEL }, () => {
  const table: [string, string[]][] = [
    // «One of the lady's neighbours stressed that …»
    ['وأكد أحد جيران السيدة أن قوة من قسم الشرطة ألقت القبض عليها.', []],
    // «The Ethiopian's neighbour, who lives in flat 14, said that Kebede knocked on her door.»
    ['وقالت جارة الأثيوبي التي تسكن في الشقة رقم 14 إن كيبيد قرع باب شقتها.', ['كيبيد']],
    // «The researcher Olfa Youssef called … Youssef also called for …»
    ['ودعت الباحثة ألفة يوسف إلى تركيز استراتيجية. ودعت يوسف أيضا إلى تركيز إستراتيجية ثقافية.', ['ألفة يوسف', 'يوسف']],
  ];
  for (const [text, names] of table) assert.deepEqual(persons(text), names, text);
});

test('ner() (fourteenth round): a place head before a given name makes a place; a nationality and «السابق» name no one', { skip: NEEDS_MODEL }, () => {
  const table: [string, string[]][] = [
    // «A citizen of Chott Meriem in Sousse, Nader Chaalani, stated that …»
    ['أكد مواطن أصيل شط مريم بسوسة نادر الشعلاني أنه تقدم بمطلب.', ['نادر الشعلاني']],
    // «Residents of the Sidi Ali Ben Salem area blocked the road.»
    ['أقدم عدد من أهالي منطقة سيدي علي بن سالم على غلق الطريق.', []],
    // «Sidi Mohamed Ould Cheikh said …»: «سيدي» (my lord) opening a person's name stays.
    ['قال سيدي محمد ولد الشيخ إن الوضع صعب.', ['سيدي محمد ولد الشيخ']],
  ];
  for (const [text, names] of table) assert.deepEqual(persons(text), names, text);
});

test('ner() (fourteenth round): a role’s complement before a given name, a town before a headline’s colon, participles of speech', { skip: NEEDS_MODEL }, () => {
  const table: [string, string[]][] = [
    // «The justice minister Omar Mansour said on Tuesday that …»
    ['قال وزير العدل عمر منصور اليوم الثلاثاء، إن قاضي التحقيق أصدر بطاقة.', ['عمر منصور']],
    // «Kebili: a smuggler arrested»
    ['قبلي : القبض على مهرب محكوم بالسجن', []],
    // «She went on, explaining that …»: «مفسرة» (explaining) is no one's name.
    ['وقالت الوزيرة إن الأسعار ستبقى. وتابعت مفسرة ان الاستثناء يشمل شريحة.', []],
    // «Riahi wrote the following:»
    ['ودون الرياحي مايلي : أقول لهواة السيناريوهات', ['الرياحي']],
    // «Kaddes, Politica's guest, explained …», «Politica's guest said …», «Jalloul added, saying …»
    ['وأوضح قداس ضيف برنامج بوليتيكا اليوم أن الهيئة ستقاضي.', ['قداس']],
    ['وقال ضيف بوليتيكا على الجوهرة اف أم إنه لا خوف.', []],
    // «Dhaifallah al-Otaibi said …»: «ضيف الله» is a given name.
    ['وقال ضيف الله العتيبي إن الوضع صعب.', ['ضيف الله العتيبي']],
    // «The Palestinian businessman Munib al-Masri said … Masri added …»: a family name that is a nationality stays.
    ['وقال رجل الأعمال الفلسطيني منيب المصري إن الوضع صعب. وأضاف المصري أن الحل قريب.', ['منيب المصري', 'المصري']],
    // «Minister Sadok Mohamed Chaabouni stressed …»: a definite given name after a role stays.
    ['وأكد الوزير الصادق محمد الشعبوني أن الوضع صعب.', ['الصادق محمد الشعبوني']],
    ['وأضاف جلول قوله إن الشراكة مسؤولية.', ['جلول']],
    // «… Shaima bint Ali Al-Balushi, director of the fisheries investment department, explained …»: a role noun
    // closes the name as a comma does.
    ['وبيّنت الفاضلة شيماء بنت علي البلوشية مديرة دائرة الاستثمار السمكي بالوزارة أن الشركة ستتولى تشغيل الميناء.', ['شيماء بنت علي البلوشية']],
  ];
  for (const [text, names] of table) assert.deepEqual(persons(text), names, text);
});

test('ner() (sixteenth round): given names the arabic-names lists miss (src/ner/given-names.ts) open a person slot', { skip: NEEDS_MODEL }, () => {
  const table: [string, string[]][] = [
    // «The health minister Samira Merai revealed …»: سميرة, a woman's name common in the Maghreb.
    ['كشفت وزيرة الصحة سميرة مرعي عن وجود ملفات فساد في القطاع.', ['سميرة مرعي']],
    // «The agriculture minister Lassaad Lachaal announced, on Tuesday in Tunis, that …»: a definite Maghrebi given name.
    ['أعلن وزير الفلاحة الأسعد الاشعل، الثلاثاء بتونس، أن صابة الحبوب بلغت 23 مليون قنطار.', ['الأسعد الاشعل']],
    // «The organisation's president, Radhia Nasraoui, revealed during a press conference …»: not the surname alone.
    ['وكشفت رئيسة المنظمة، راضية النصراوي خلال ندوة صحفية، أن الحالات تضاعفت.', ['راضية النصراوي']],
    // «The head of the farmers' union in Monastir, Mekki Farhat, said …»
    ['وقال رئيس النقابة الجهوية للفلاحين بالمنستير، المكي فرحات، في تصريح هاتفي إن الكمية ضعيفة.', ['المكي فرحات']],
    // «… the association's president, Charfeddine Guellil, said …»: a compound given name in «الدين» (شرف, honour, is
    // no name alone) between commas after a role.
    ['وقال رئيس الجمعية، شرف الدين القليل، إن المتهمين تعرضوا للتعذيب.', ['شرف الدين القليل']],
    // What stays out: «كامل» (full) and «نجاة» (survival) where they are no one's name.
    ['وأكد كامل استعداده للتعاون مع الوزارة.', []],
    ['وأكدت نجاة الركاب من الحادث بأعجوبة.', []],
  ];
  for (const [text, names] of table) assert.deepEqual(persons(text), names, text);
});

test('ner() (seventeenth round): a source clause «وفق ما أكده» opens a person slot; a manner adverb after a speech verb is no person', { skip: NEEDS_MODEL }, () => {
  const table: [string, string[]][] = [
    // «… as Ali Abid, the parents' representative, stated, pointing out that …»
    ['يتواصل تعطل العودة المدرسية وفق ما أكده علي عبيد، الممثل عن الأولياء، مشيرا الى انه تم عقد جلسة.', ['علي عبيد']],
    // «… as Sami Hani, the radio's correspondent, said»: the verb with «به».
    ['حسب ما صرح به سامي الهاني، مراسل الإذاعة، فإن الطريق مقطوعة.', ['سامي الهاني']],
    // «Fillon tried to get past it and said mockingly: …»: «ساخرا» (mockingly) is how he said it.
    ['وحاول فيون تجاوز الموقف فقال ساخرا "المهم ان يكون الطحين فرنسيا".', []],
    // A name in «ا» after the verb stays one: «قال رضا» (Reda said).
    ['وقال رضا إن الطحين فرنسي.', ['رضا']],
  ];
  for (const [text, names] of table) assert.deepEqual(persons(text).filter((n) => n !== 'فيون'), names, text);
});

test('ner() (seventeenth round, review): a woman’s name in «ا» after a feminine speech verb stays a name', { skip: NEEDS_MODEL }, () => {
  // «Carla said …», «Majda said …»: an adverb after «قالت» would be feminine («ساخرة»), so these are names.
  for (const [text, names] of [['وقالت كارلا إن الطحين فرنسي.', ['كارلا']], ['وقالت ماجدا إن الطحين فرنسي.', ['ماجدا']]] as [string, string[]][]) {
    assert.deepEqual(persons(text), names, text);
  }
});

test('ner() (eighteenth round): a given name of the project\'s list before a tagged person joins it; a given name in «و» keeps its «و»', { skip: NEEDS_MODEL }, () => {
  const table: [string, string[]][] = [
    // «… the secretary-general of the water authority, engineer Rana Fayez al-Hiyari, said …»: «رنا» (Rana) is on the list.
    ['بدورها، قالت الأمينة العامة لسلطة المياه المهندسة رنا فايز الحياري، إن السلطة أطلقت تطبيقا.', ['رنا فايز الحياري']],
    // «the preacher Wagdi Ghoneim»: not «و» (and) + «جدي» (serious); «Wassim Jomaa stressed …».
    ['إحالة أوراق الداعية وجدي غنيم إلى مفتى الديار المصرية', ['وجدي غنيم']],
    ['أكد وسيم جمعة رئيس الفرع الجهوي للهلال الأحمر أن العائلة تلقت المساعدات.', ['وسيم جمعة']],
    // Two people joined by «و»: «Mohamed and Walid Ghoneim» — the conjunction stays out of the second name.
    ['وقال محمد ووليد غنيم إن الأمر خطير.', ['محمد', 'وليد غنيم']],
  ];
  for (const [text, names] of table) assert.deepEqual(persons(text), names, text);
});

test('ner() and entities(): a kunya with «أم» is a woman\'s name; a relative noun is no part of the name after it; a name after «تدعى»/«المدعو»', { skip: NEEDS_MODEL }, () => {
  const table: [string, string[]][] = [
    // «And Umm Ali said that the family pays 150 thousand dinars a month.» (Iraqi feature copy)
    ['وقالت أم علي إن العائلة تدفع نحو 150 ألف دينار شهريا.', ['أم علي']],
    // «And Umm Taqwa accused the clinic of negligence.» (ANT corpus)
    ['واتهمت أم تقوى المصحة بالإهمال.', ['أم تقوى']],
    // «… whether she will have a boy or a girl»: «أم» is «or» before a word that is no listed name.
    ['يشير ضغط الدم إذا كانت ستضع مولودا ذكرا أم أنثى.', []],
    // «… to the reporter of Jawhara FM Maher Sghaier»: the M of FM before a reporter's name.
    ['وقال في تصريح لمراسل الجوهرة أف أم ماهر الصغير إن الإنتاج تراجع.', ['ماهر الصغير']],
    // «Umm Ali, Abdelzahra's neighbour, sums up …»: the neighbour is Umm Ali, the name after
    // «جارة» (neighbour) is Abdelzahra.
    ['بهذه العبارة تختصر أم علي، جارة عبدالزهرة، حال العائلات.', ['أم علي', 'عبدالزهرة']],
    // «A lady called Hayet Ramadani stressed …»: after a person noun and «تدعى» (called) comes a name, even one
    // that is a common word (حياة, life).
    ['أكدت سيدة تدعى حياة الرمضاني في مداخلة لها اليوم تعرضها لعملية تحيل.', ['حياة الرمضاني']],
    // «… arrested this element, the one named Mokrem Mouelhi» (ANT corpus).
    ['نجحت الوحدات في إلقاء القبض على هذا العنصر المدعو مكرم المولهي وحجز قطعة سلاح.', ['مكرم المولهي']],
    // «a woman who claims to be an investigating judge»: «تدعي» (claims) folds like «تدعى»; «كونها» is no name.
    ['تمكن الأعوان من إيقاف امرأة تدعي كونها قاضي تحقيق.', []],
  ];
  for (const [text, expected] of table) {
    const doc = analyze(text, { date: '2017-05-01' });
    assert.deepEqual(checkInvariants(doc), []);
    assert.deepEqual(doc.entities.filter((e) => e.type === 'PER').map((e) => e.name), expected, text);
  }
});

test('ner() and entities(): «كال…» opens a person\'s name whole; «شرطة» + a place is that place\'s police', { skip: NEEDS_MODEL }, () => {
  const table: [string, [string, string][]][] = [
    // «Calvin Williams, the Cleveland police chief, said …» (translated wire copy): no «ك» (like) + «الفين».
    ['وقال كالفين وليامز قائد شرطة كليفلاند في مؤتمر صحفي إن الجميع يبحثون عن المشتبه به.', [['كالفين وليامز', 'PER'], ['شرطة كليفلاند', 'ORG']]],
    // «The Amarillo police said its forces stormed a shop.»
    ['وقالت شرطة أماريو إن قواتها اقتحمت متجرا شهيرا.', [['شرطة أماريو', 'ORG']]],
  ];
  for (const [text, expected] of table) assert.deepEqual(peopleAndBodies(text), expected, text);
});

test('ner() and entities() (twenty-third round): «قائد السبسي» with its given name, written «قائد» or «قايد»; the faction of a person is not the person; no name ends with a plural of people; platforms are bodies', { skip: NEEDS_MODEL }, () => {
  const table: [string, [string, string][]][] = [
    // «… after her meeting with the President of the Republic Béji Caïd Essebsi that …» (ANT corpus): not «السبسي» alone.
    ['وأكدت ميركل إثر لقائها برئيس الجمهورية الباجي قائد السبسي أن المهم هو الحوار.', [['ميركل', 'PER'], ['الباجي قائد السبسي', 'PER']]],
    // «… the decision to expel Hafedh Caïd Essebsi»: «قايد» with «ي», which the tagger began as a second person.
    ['وأكد الممثل القانوني لحركة نداء تونس (شق حافظ قايد السبسي) أن الخبر عار من الصحة.', [['حركة نداء تونس', 'ORG'], ['حافظ قايد السبسي', 'PER']]],
    // «And the researchers supplied an AI program with …» (ANT corpus): a verb and a plural of people are no name.
    ['وزود الباحثون برنامجا للذكاء الاصطناعي بصور الرنين المغناطيسي.', []],
    // «And Cazeneuve will meet the president, according to a statement of the French embassy in Tunis» (ANT corpus): no
    // name starts with a verb in the future; an embassy and the country it is of, and its city, are one body.
    ['وسيلتقي كازنوف رئيس الجمهورية، وفق بلاغ لسفارة فرنسا بتونس.', [['كازنوف', 'PER'], ['سفارة فرنسا بتونس', 'ORG']]],
    // «Sergi Vernik said …»: a given name that reads like a future verb stays.
    ['وقال سيرجي فيرنيك إن الوضع صعب.', [['سيرجي فيرنيك', 'PER']]],
    // «Facebook announced …»: the alias table types the platform and joins its spellings.
    ['أعلن موقع فيس بوك أنه سيوقف دعم تطبيقه. وقالت فيسبوك إن القرار نهائي.', [['فيس بوك', 'ORG']]],
  ];
  for (const [text, expected] of table) assert.deepEqual(peopleAndBodies(text), expected, text);
});

test('ner() (twenty-sixth round): a role slot past an outlet in quotation marks — «مراسلة "الجوهرة اف أم"، NAME،»', { skip: NEEDS_MODEL }, () => {
  // «According to Jawhara FM's correspondent, Raoudha Allagui, …»: the outlet between the role and the comma.
  assert.deepEqual(persons('وبحسب مراسلة "الجوهرة اف أم"، روضة العلاقي، فقد تم حجز اكثر من 80 علامة اشهارية عشوائية.'), ['روضة العلاقي']);
  // Not a quoted title that is no body: «… the programme "Politica", the guest …» keeps no untagged common words.
  assert.deepEqual(persons('وقال رئيس الحزب في برنامج "بوليتيكا"، اليوم الأحد، إن الوضع صعب.'), []);
});

test('ner() (twenty-seventh round): a third word closed by the comma of a role slot — «وزيرة الصحة، سميرة مرعي فريعة،»', { skip: NEEDS_MODEL }, () => {
  // «The health minister, Samira Merai Friaa, said that …»: a surname in ة that also reads as a noun.
  assert.deepEqual(persons('قالت وزيرة الصحة، سميرة مرعي فريعة، إن وزارتها تحرص على توفير أجهزة التقصي.'), ['سميرة مرعي فريعة']);
  // Not past the comma's phrase when the third word is a frequent word: «… Samira Merai today, …».
  assert.deepEqual(persons('قالت وزيرة الصحة، سميرة مرعي اليوم، إن وزارتها تحرص على توفير أجهزة التقصي.'), ['سميرة مرعي']);
  // «Canada's ambassador, Carol McQueen, said that she …»: a name the lists do not know, after a role and a comma, closed by
  // the complementiser instead of a second comma.
  assert.deepEqual(persons('و قالت سفيرة كندا، كارول ماكوين انها تعرفت على أجواء رائعة.'), ['كارول ماكوين']);
  // «…, as the governor of Medenine Taher Mtimet said»: the town the tagger ran on into the given name gives it back.
  assert.deepEqual(persons('وتم الاتفاق على عودة حركة السلع، وفق ما أفاد به والي مدنين طاهر المطماطي.'), ['طاهر المطماطي']);
});

test('ner() (twenty-eighth round): a one-word place the tagger found after a listed given name is the surname', { skip: NEEDS_MODEL }, () => {
  const table: [string, string[]][] = [
    // «Najla Bourial: what Chahed did takes great courage» (a headline) and «the late leader Habib Bourguiba».
    ['نجلاء بوريال : ما قام به الشاهد فيه شجاعة كبيرة', ['نجلاء بوريال']],
    ['أحيا التونسيون اليوم ذكرى وفاة الزعيم الحبيب بورقيبة.', ['الحبيب بورقيبة']],
    // Not a facility named after a person («the Habib Bougatfa university hospital»), a match «against Schalke» («أمام»
    // folds like a name), nor a programme («in the Politica programme»).
    ['تم نقل المصابين إلى المستشفى الجامعي الحبيب بوقطفة ببنزرت.', []],
    ['وفيما يلعب بايرن ميونخ أمام شالكة.', []],
    ['وتحدثت عنها في حصة بوليتيكا على الجوهرة أف أم.', []],
    // (Nor a source word the tagger took for a name: «and she said, according to a text of her speech, …».)
    ['وقالت وفقا لنص لخطابها "علينا أن نكون حذرين".', []],
    // (Nor a given name that is a common noun, «Bouhajla's life changed», nor «على» with a haraka.)
    ['تغيرت حياة بوحجلة بعد افتتاح المصنع.', []],
    ['تحصل الفريق عَلى بوليتيكا في المباراة الودية.', []],
    // (And «Hariri told Berri»: «لبري» after a name that ends with no particle is «to Berri», another person.)
    ['وقال الحريري لبري إن الحكومة ستتشكل قريبا.', ['الحريري', 'بري']],
  ];
  for (const [text, want] of table) assert.deepEqual(persons(text), want, text);
});

test('ner() (twenty-eighth round): a news agency named by its country after «وكالة أنباء» is one body', { skip: NEEDS_MODEL }, () => {
  // «The (North) Korean Central News Agency reported that …».
  assert.deepEqual(peopleAndBodies('وذكرت وكالة أنباء كوريا الشمالية المركزية أن كيم جونغ أون تفقد الجزيرة.')[0], ['وكالة أنباء كوريا الشمالية المركزية', 'ORG']);
});

test('ner() (twenty-eighth round): «فون دير لاين» keeps its «ف» and its «ل»', { skip: NEEDS_MODEL }, () => {
  // «the German defence minister Ursula von der Leyen said … And von der Leyen said …»: «لاين» is no «ل» + «اين», and
  // «فون» (von), written twice, no «ف» + «ون».
  assert.deepEqual(
    persons('وقالت وزيرة الدفاع الألمانية أورسولا فون دير لاين إن الحلف مهم. وقالت فون دير لاين اليوم الجمعة إن الحلف مهم.'),
    ['أورسولا فون دير لاين', 'فون دير لاين'],
  );
});

test('ner() (twenty-eighth round): «كتابة الدولة» + its complement is a body', { skip: NEEDS_MODEL }, () => {
  // «The state secretariat for state property and land affairs stated that …».
  assert.deepEqual(peopleAndBodies('افادت كتابة الدولة لاملاك الدولة والشؤون العقارية، أن الاجراء لا يمثل إلا 3 بالمائة.'), [['كتابة الدولة لاملاك الدولة والشؤون العقارية', 'ORG']]);
  // (Not «الكتابة» (writing) with an adjective.)
  assert.deepEqual(peopleAndBodies('وتعلم الأطفال الكتابة الجميلة في المدرسة.'), []);
});

test('ner() (twenty-ninth round): a name after the outlet\'s own reporter or before a role after a speech verb; «رابطة الدوري الإسباني»', { skip: NEEDS_MODEL }, () => {
  const table: [string, string[]][] = [
    // «Our envoy Samia Fejjari stressed …»: «موفدتنا» (our envoy) is no part of the name, the name comes right after it.
    ['وأكدت موفدتنا سامية الفجاري مقاطعة أغلب المخابز في سوسة للإضراب.', ['سامية الفجاري']],
    // (A given name the lists do not know — «إيمان», also «faith» — before a family name in «ال…ي»; not «بحسب مراسلنا فقد
    // أدى …», according to our correspondent, it led to ….)
    ['وأكدت موفدتنا إيمان الفجاري مقاطعة أغلب المخابز في سوسة للإضراب.', ['إيمان الفجاري']],
    ['بحسب مراسلنا فقد ادى انقلاب سيارة عسكرية إلى سقوط 4 عسكريين.', []],
    // «Samia Hakki, head of the kindergartens' union, stressed …»: a name between a speech verb and a role, no comma.
    ['أكدت سامية حقي رئيسة نقابة رياض الأطفال أن اللجنة سجلت 205 فضاء.', ['سامية حقي']],
    // (Two words only: «the martyr's widow» stays out of «Mbarka Aouinia».)
    ['وأكدت مباركة عواينية أرملة الشهيد أن الحكومة مقصرة.', ['مباركة عواينية']],
  ];
  for (const [text, want] of table) assert.deepEqual(persons(text), want, text);
  // «The Spanish league's association expressed its support …»: «الدوري» (the league) is a noun, the complement of «رابطة».
  assert.deepEqual(peopleAndBodies('ومن جهتها أعربت رابطة الدوري الإسباني عن مساندتها للاعب الأوكراني.'), [['رابطة الدوري الإسباني', 'ORG']]);
});

test('ner() (twenty-ninth round): a radio station «X أف أم» is one body, its marks around FM kept; «إن» after FM is «that»', { skip: NEEDS_MODEL }, () => {
  // «Jawhara FM's correspondent Maher Sghaier stressed …»: the station with the marks around «FM».
  assert.deepEqual(peopleAndBodies('وأكد مراسل الجوهرة "أف أم" ماهر الصغيّر أن الوضع هادئ.'), [['الجوهرة "أف أم"', 'ORG'], ['ماهر الصغيّر', 'PER']]);
  // «he said in a statement to Jawhara FM that …», «to Mosaïque FM»: the complementiser after FM is no third letter.
  // (The name takes back the article whose alef «لل» drops, since the thirty-fourth round; the mention is «جوهرة أف أم».)
  assert.deepEqual(peopleAndBodies('وقال في تصريح للجوهرة أف أم إن الوضع هادئ.'), [['الجوهرة أف أم', 'ORG']]);
  assert.deepEqual(peopleAndBodies('وقال لموزاييك اف ام إن الوضع هادئ.'), [['موزاييك اف ام', 'ORG']]);
  // (CNN keeps its letters: «سي إن إن».)
  assert.deepEqual(peopleAndBodies('وقال لقناة سي إن إن إن الوضع هادئ.'), [['سي إن إن', 'ORG']]);
});

test('ner() (twenty-ninth round): no person starts with «الأولمبي»; «السيدين» is an honorific; a purpose after a body is no complement', { skip: NEEDS_MODEL }, () => {
  // «The match takes place at the Olympic stadium in Radès»: no person «الأولمبي برادس».
  assert.deepEqual(persons('وستدور المباراة بالملعب الأولمبي برادس يوم الأحد.'), []);
  // «… with Messrs Hamdi Meddeb and Ridha Charfeddine»: the dual «السيدين» (the two gentlemen) is an honorific, no part
  // of the entity's name.
  assert.deepEqual(peopleAndBodies('سيجتمع يوم غد بكل من السيدين حمدي المؤدب و رضا شرف الدين.'), [['حمدي المؤدب', 'PER'], ['رضا شرف الدين', 'PER']]);
  // «The political bureau's periodic meeting was devoted to discussing the situation»: «لمناقشة» (to discuss) is a purpose.
  assert.ok(!peopleAndBodies('وخصص اجتماع المكتب السياسي الدوري لمناقشة الوضع العام بالبلاد.').some(([name]) => name.includes('لمناقشة')));
});

test('ner() (twenty-ninth round): «القيادي» (the official) and «الناشط» (the activist) are roles before a name between commas', { skip: NEEDS_MODEL }, () => {
  // «For his part, the Nidaa Tounes official, Raouf Khamassi, deemed that …».
  assert.deepEqual(persons('من جانبه، اعتبر القيادي في حزب نداء تونس، رؤوف الخماسي أن المصالحة الوطنية الشاملة هي حجر الأساس.'), ['رؤوف الخماسي']);
});

test('ner() (twenty-ninth round, review): no name after an own reporter from a definite word; curly marks around FM kept whole', { skip: NEEDS_MODEL }, () => {
  // «Our correspondent observed the heavy security presence …»: no person «الحضور الأمني».
  assert.deepEqual(persons('وعاين مراسلنا الحضور الأمني المكثف أمام مقر الولاية.'), []);
  // «… to the radio station Jawhara «FM» that …»: the closing guillemet stays with the name.
  assert.deepEqual(peopleAndBodies('وقال لإذاعة الجوهرة «أف أم» إن الوضع هادئ.'), [['الجوهرة «أف أم»', 'ORG']]);
  // «the council's periodic meeting, to consider the situation»: «للنظر» (to consider) is a purpose.
  assert.ok(!peopleAndBodies('انعقد اجتماع المجلس الوطني الدوري للنظر في الوضع العام.').some(([name]) => name.includes('للنظر')));
});

test('ner() (twenty-ninth round): «دير» left out between «أورسولا فون» and «لاين» joins them into one person', { skip: NEEDS_MODEL }, () => {
  // «The German defence minister Ursula von der Leyen warned the United States of …».
  assert.deepEqual(persons('حذرت وزيرة الدفاع الألمانية أورسولا فون دير لاين، الولايات المتحدة من أي خطاب قد يهدد تماسك الاتحاد الأوروبي.'), ['أورسولا فون دير لاين']);
});

test('ner() (thirtieth round): a sentence\'s first word alone before a role or a time is a verb, not the given name it is spelt like', { skip: NEEDS_MODEL }, () => {
  // «The president Beji Caid Essebsi supervised …», «Today the health minister Saïd Aïdi supervised …»: «أشرف» (supervised).
  assert.deepEqual(persons('أشرف رئيس الجمهورية الباجي قايد السبسي اليوم بقصر قرطاج على موكب تكريم الفنانين.'), ['الباجي قايد السبسي']);
  assert.deepEqual(persons('أشرف اليوم وزير الصحة سعيد العايدي في الحمامات على ندوة وطنية.'), ['سعيد العايدي']);
  // (A given name that is also a role goes on with the name: «محمد أمين بن عمر» in a line-up; a full name is no verb:
  // «أشرف بن علي».)
  assert.ok(peopleAndBodies('التشكيلة: عمار الجمل . زياد بوغطاس . محمد أمين بن عمر .حمزة لحمر . عامر بوعزة .').some(([name]) => name === 'محمد أمين بن عمر'));
  assert.deepEqual(persons('أشرف بن علي لاعب مميز في الفريق.'), ['أشرف بن علي']);
  // (Only a given name shaped like a verb «أفعل»: «Erdogan in Tunis today» keeps its person.)
  assert.deepEqual(persons('أردوغان اليوم في تونس'), ['أردوغان']);
});

test('ner() (thirtieth round): a name taken for a place after a speech verb and an outlet noun is the outlet; a site or a canal stays a place', { skip: NEEDS_MODEL }, () => {
  // «The Nigerian site Sports Day stated that …».
  const doc = analyze('أكد موقع سبورتس داي النيجيري أن النجم الرياضي الساحلي مهتم بخدمات المهاجم الشاب.', { date: '2016-12-09' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.ok(doc.entities.some((e) => e.name === 'سبورتس داي' && e.type === 'ORG'));
  // «… the old city of Tunis and the archaeological site of Carthage»: no speech verb, «موقع» is a site.
  assert.ok(!peopleAndBodies('وتتمثل هذه المواقع في مدينة تونس العتيقة وموقع قرطاج الأثري ومدرج الجم الروماني.').some(([name]) => name.includes('قرطاج')));
});

test('ner() (thirtieth round): a nisba surname before «لـ» written apart (told …) ends the name with it', { skip: NEEDS_MODEL }, () => {
  // «The governor of Tataouine, Mohamed Ali Barhoumi, told Jawhara FM that …».
  assert.deepEqual(persons('أكد والي تطاوين، محمد علي البرهومي لـ"الجوهرة أف أم" أنه تم فتح المعبر.'), ['محمد علي البرهومي']);
});

test('ner() (thirtieth round): after a speech verb and before a role, a listed given name that is also a common word', { skip: NEEDS_MODEL }, () => {
  // «Saida Hakki, head of the kindergartens' union in Sousse, stressed …»: «سعيدة» (also «happy»), «حقي» (also «my right»).
  assert.deepEqual(persons('أكدت سعيدة حقي رئيسة نقابة رياض الأطفال بسوسة أن اللجنة سجلت 205 فضاء.'), ['سعيدة حقي']);
  // (Not a source described by a word class of given names: «a security source told the correspondent …».)
  assert.deepEqual(persons('وأفاد مصدر أمني مراسل الجوهرة أف أم أن الوضع هادئ.'), []);
});

test('ner() (thirtieth round): a person the tagger began at a club\'s head and its town is the club, then the person', { skip: NEEDS_MODEL }, () => {
  // «The president of JS Kairouan, Mourad Belakhal, asked the league …»: no person «شبيبة القيروان مراد».
  const found = peopleAndBodies('طالب رئيس شبيبة القيروان مراد بالاكحل في تصريح لجوهرة اف ام من الرابطة القيام بتعديل في برنامج الجولة الاخيرة.');
  assert.ok(found.some(([name, type]) => name === 'شبيبة القيروان' && type === 'ORG'));
  assert.ok(!found.some(([name]) => name.startsWith('شبيبة القيروان مراد')));
});

test('ner() (thirty-first round): a club\'s definite head and its nisba, then a given name, is the club and the person', { skip: NEEDS_MODEL }, () => {
  // «The crowd protested at the coach not fielding US Monastir's player Firas Lahyani»: no person «الإتحاد المنستيري فراس».
  const found = peopleAndBodies('وقد احتج الجمهور على عدم تشريك المدرب للاعب الإتحاد المنستيري فراس اللحياني .');
  assert.ok(found.some(([name, type]) => name === 'الإتحاد المنستيري' && type === 'ORG'));
  assert.ok(found.some(([name, type]) => name === 'فراس اللحياني' && type === 'PER'));
  // (The president of CS Sfaxien named after the club keeps his whole name.)
  assert.ok(!peopleAndBodies('واعتبرت الودادية تصريحات رئيس النادي الصفاقسي المنصف خماخم تعديا صارخا.').some(([name, type]) => name === 'المنصف' && type === 'PER'));
});

test('ner() (thirty-first round): a club\'s head and its town alone is the club, not a person', { skip: NEEDS_MODEL }, () => {
  // A fixture list: «… Avenir de Gabès – Avenir de la Marsa, Najm Metlaoui – Stade Gabésien, on 9 February 2017».
  const found = peopleAndBodies('مستقبل قابس - مستقبل المرسى  نجم المتلوي - الملعب القابسي  يوم 9 فيفري 2017');
  assert.ok(!found.some(([name, type]) => name === 'نجم المتلوي' && type === 'PER'));
});

test('ner() (thirty-first round): a listed town the tagger ran into a person\'s given name is the town, then the person', { skip: NEEDS_MODEL }, () => {
  // «Jawhara FM's correspondent in Gafsa, Moez Slimani, stressed that …»: no person «قفصة معز السليماني».
  const found = peopleAndBodies('وأكد مراسل الجوهرة أف أم في قفصة معز السليماني أن الوضع هادئ.');
  assert.ok(found.some(([name, type]) => name === 'معز السليماني' && type === 'PER'));
  assert.ok(!found.some(([name]) => name.startsWith('قفصة')) || found.some(([name, type]) => name === 'قفصة' && type === 'LOC'));
});

test('ner() (thirty-first round): one word the lexicon does not know right after an indefinite «شركة» names the company', { skip: NEEDS_MODEL }, () => {
  // «Samsung announced a new phone»; (not an adjective agreeing with the company: «a holding company»).
  assert.ok(peopleAndBodies('أعلنت شركة سامسونغ عن هاتف جديد.').some(([name, type]) => name === 'سامسونغ' && type === 'ORG'));
  assert.deepEqual(peopleAndBodies('وأسست العائلة شركة قابضة في العاصمة.'), []);
});

test('ner() (thirty-first round): a station «X أف أم» the tagger took for a woman is the station; a dash with a space splits a line-up', { skip: NEEDS_MODEL }, () => {
  // «Jawhara FM's envoy to Sudan stressed that the team is ready»: «جوهرة» (Jawhara) is also a woman's name.
  const doc = analyze('وأكد مبعوث جوهرة أف أم إلى السودان أن الفريق جاهز.', { date: '2017-01-01' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.ok(doc.entities.some((e) => e.name === 'جوهرة أف أم' && e.type === 'ORG'));
  assert.equal(doc.quotes[0]?.speaker, null);
  // «… the line-up could be as follows: Aymen Balbouli - Rami Bedoui - Ghazi Abderrazak».
  const lineUp = persons('أكد المدرب أن التشكيلة قد تكون على النحو التالي : أيمن البلبولي - رامي البدوي - غازي عبد الرزاق - زياد بوغطاس.');
  assert.ok(lineUp.includes('أيمن البلبولي') && lineUp.includes('رامي البدوي'), lineUp.join(' | '));
  assert.ok(!lineUp.some((name) => name.includes(' - ')));
  // (A hyphenated surname stays whole: «Laura Hoby-Hamsher».)
  assert.ok(!persons('وأوضحت لورا هوبي-هامشر أن القرار قد أفجع الوالدين.').includes('هامشر'));
});

test('ner() (thirty-first round): «القيادة العامة للقوات المسلحة» (the General Command of the Armed Forces) is a body', { skip: NEEDS_MODEL }, () => {
  const doc = analyze('وأعلنت القيادة العامة للقوات المسلحة الليبية، أن سلاح الجو نفذ غارات.', { date: '2017-01-01' });
  assert.deepEqual(checkInvariants(doc), []);
  const command = doc.entities.find((e) => e.name === 'القيادة العامة للقوات المسلحة الليبية');
  assert.equal(command?.type, 'ORG');
  assert.equal(doc.quotes[0]?.speaker, command?.id);
  // «The Tunisian Hajj mission announced the death of a pilgrim»: «البعثة» (the mission) heads a body's name as well.
  const mission = analyze('أعلنت البعثة التونسية للحج عن وفاة حاجة تونسية.', { date: '2017-01-01' });
  assert.ok(mission.entities.some((e) => e.name === 'البعثة التونسية للحج' && e.type === 'ORG'));
  // (Not «under the leadership of the Tunisian coach»: «قيادة» without the article leads no body's name.)
  assert.ok(!peopleAndBodies('وفاز المنتخب تحت قيادة المدرب التونسي نبيل معلول.').some(([name]) => name.startsWith('قيادة')));
});

test('ner()/entities (thirty-first round): words for the dead before a name are no part of it', { skip: NEEDS_MODEL }, () => {
  // «The remains of the late Mohamed Anouar Sokrafi were buried in Tataouine»: no person «جثمان الفقيد».
  const found = peopleAndBodies('وتم تشييع جثمان الفقيد محمد أنور السكرافي بتطاوين.');
  assert.ok(found.some(([name, type]) => name === 'محمد أنور السكرافي' && type === 'PER'));
  assert.ok(!found.some(([name]) => name.includes('جثمان') || name === 'الفقيد'));
});

test('ner() (thirty-first round): a person whose every word is an indefinite nationality adjective is none', { skip: NEEDS_MODEL }, () => {
  // «Egyptian-Libyan shelling of al-Qaeda positions in Libya» (the headline of a corpus article).
  assert.deepEqual(persons('قصف مصري ليبي على مواقع لتنظيم القاعدة في ليبيا'), []);
});

test('ner() (thirty-second round): a Latin name right after a person\'s description is a person; not a title after an outlet or a language', { skip: NEEDS_MODEL }, () => {
  // «the Franco-Tunisian journalist and politician "Guy Sitbon"», «the journalist Guy Sitbon».
  assert.deepEqual(persons('قال الصحفي والكاتب والسياسي التونسي الفرنسي "Guy Sitbon" إن الحملة كانت مقلقة'), ['Guy Sitbon']);
  assert.deepEqual(persons('قال الصحفي Guy Sitbon إن الحملة كانت مقلقة'), ['Guy Sitbon']);
  // (Not «the Canadian site "Le Métro"», nor «the title in French "Fausse couche"».)
  assert.deepEqual(persons('وقد كشف الموقع الكندي "Le Métro" أن الكتابة السومرية قديمة'), []);
  assert.deepEqual(persons('مع الحفاظ على العنوان باللغة الفرنسية "Fausse couche" في الصفحة'), []);
});

test('ner() (thirty-second round): a body\'s name «للوقاية من …» takes its object, not a second body coordinated after it', { skip: NEEDS_MODEL }, () => {
  // «the Tunisian Association for the Prevention of Oral and Dental Diseases and the school medicine department».
  const text = 'وقال رئيس الجمعية التونسية للوقاية من أمراض الفم والاسنان وادارة الطب المدرسي إن الوضع خطير.';
  const doc = analyze(text, { date: '2017-01-01' });
  assert.ok(doc.entities.some((e) => e.type === 'ORG' && e.name === 'الجمعية التونسية للوقاية من أمراض الفم والاسنان'), JSON.stringify(doc.entities.map((e) => e.name)));
});

test('ner() (thirty-second round): a Latin name after a medium\'s head noun is the outlet, after a work\'s head noun no person; a glued hyphen joins a Latin name', { skip: NEEDS_MODEL }, () => {
  // «The French site bfmtv reported …», «the idea's owner, the Frenchman Marc-Olivier Fogiel».
  const doc = analyze('وذكر موقع bfmtv الفرنسي أن القناة تبث البرنامج، وصاحب الفكرة هو الفرنسي Marc-Olivier Fogiel .', { date: '2017-01-20' });
  const typed = doc.entities.map((e) => [e.name, e.type]);
  assert.ok(typed.some(([n, t]) => n === 'bfmtv' && t === 'ORG'), JSON.stringify(typed));
  assert.ok(typed.some(([n, t]) => n === 'Marc-Olivier Fogiel' && t === 'PER'), JSON.stringify(typed));
  // «the programme Le Divan»: a title, no person.
  assert.deepEqual(persons('واتهمت القناة المنتج بسرقة فكرة برنامج Le Divan وبث نسخة مقلدة منه'), []);
});

test('ner() (thirty-second round): a party\'s name the tagger cut takes its naming adjectives, not a nationality', { skip: NEEDS_MODEL }, () => {
  // «a statement of the General People's Congress party, to which the former Yemeni president belongs, said …».
  const doc = analyze('قال بيان لحزب المؤتمر الشعبي العام الذي ينتمي إليه الرئيس اليمني السابق إن صالح طلب السماح له بالسفر.', { date: '2016-11-28' });
  assert.ok(doc.entities.some((e) => e.type === 'ORG' && e.name === 'حزب المؤتمر الشعبي العام'), JSON.stringify(doc.entities.map((e) => e.name)));
});

test('ner() (thirty-fourth round): a definite given name the tagger ran into the body a role governs is the person\'s', { skip: NEEDS_MODEL }, () => {
  // «The governor of the central bank, Chedly Ayari, called today for developing the sukuk market» (the tagger read «البنك
  // المركزي الشاذلي» as the body and left «العياري» out).
  const doc = analyze('دعا محافظ البنك المركزي الشاذلي العياري اليوم الاثنين الى تطوير سوق الصكوك الاسلامية في تونس.', { date: '2016-05-16' });
  const typed = doc.entities.map((e) => [e.name, e.type]);
  assert.ok(typed.some(([n, t]) => n === 'الشاذلي العياري' && t === 'PER'), JSON.stringify(typed));
  assert.ok(typed.some(([n, t]) => n === 'البنك المركزي' && t === 'ORG'), JSON.stringify(typed));
  // A body's last word that is no given name stays the body's: «the governor of the central bank of Tunisia said».
  assert.deepEqual(persons('وقال محافظ البنك المركزي التونسي إن النمو سيتحسن'), []);
});

test('ner() (thirty-seventh round): a name between commas after a role whose complement holds a place the tagger took for a person', { skip: NEEDS_MODEL }, () => {
  // «… the secretary-general of the municipality of Douar Hicher, Chedlia Adouani, stressed that …».
  assert.deepEqual(persons('أكدت الكاتبة العامة لبلدية دوار هيشر، شاذلية العدواني، أن وضعية الحي في طريقها الى الحل.'), ['شاذلية العدواني']);
});

test('ner() (thirty-seventh round): the writer\'s «سألنا» (we asked) starts no person', { skip: NEEDS_MODEL }, () => {
  assert.deepEqual(persons('سألنا مجدي عيّاش أن يوضّح لنا ما يروج من أنباء.'), ['مجدي عيّاش']);
});

test('ner() (thirty-seventh round): a given name before «بنت/بن» and the father the tagger found is the person\'s own', { skip: NEEDS_MODEL }, () => {
  // «… the director-general of the Al-Baha health cluster, Dr Hind bint Ali al-Zahrani, said that …» — «هند» though «الهند»
  // (India) is a common word.
  assert.deepEqual(persons('قالت المديرة العامة لتجمع الباحة الصحي الدكتورة هند بنت علي الزهراني إن المستشفى جاهز.'), ['هند بنت علي الزهراني']);
});

test('ner() (thirty-seventh round): a name after a spokesman «باسم» a body, with no comma', { skip: NEEDS_MODEL }, () => {
  // «… the ministry's spokesman Ali Radhi al-Shammari told the Iraqi News Agency …».
  assert.deepEqual(persons('وقال المتحدث باسم الوزارة علي راضي الشمري لوكالة الأنباء العراقية إن الخزين كاف.'), ['علي راضي الشمري']);
});

test('ner() (thirty-seventh round): a person after a facility\'s head and a royal title names the facility, a place', { skip: NEEDS_MODEL }, () => {
  const doc = analyze('وتفقد الأمير صالات الحجاج في مطار الأمير محمد بن عبدالعزيز الدولي. ونقل المصاب إلى مستشفى الملك فهد بجدة.', { date: '2025-05-20' });
  const places = doc.entities.filter((e) => e.type === 'LOC').map((e) => e.name);
  assert.ok(places.includes('مطار الأمير محمد بن عبدالعزيز الدولي') && places.includes('مستشفى الملك فهد'), places.join(', '));
  assert.ok(!doc.entities.some((e) => e.type === 'PER' && /عبدالعزيز|فهد/u.test(e.name)), doc.entities.map((e) => `${e.type} ${e.name}`).join(', '));
});

test('ner() (thirty-seventh round): a listed given name the tagger took alone for a body, before a family name in «ال…ي»', { skip: NEEDS_MODEL }, () => {
  // «… the ministry's director of tourism control, Sawsan al-Omari, announced …».
  assert.deepEqual(persons('وكشفت مديرة الرقابة السياحية في الوزارة سوسن العمري عن تحرير 212 مخالفة.'), ['سوسن العمري']);
});

test('ner() (thirty-eighth round): a person\'s name the tagger cut before its last word is one name; two names side by side are not', { skip: NEEDS_MODEL }, () => {
  // «Prince Mohammed bin Salman bin Abdulaziz Al Saud announced …»: the tagger ended the name on «آل» (the house of).
  assert.deepEqual(persons('أعلن الأمير محمد بن سلمان بن عبد العزيز آل سعود عن إطلاق مشروع أكبر مدينة ثقافية.'), ['محمد بن سلمان بن عبد العزيز آل سعود']);
  // «Mohamed Fadhel Abdelkefi stressed this morning …»: a part of the day the tagger took for a name is no part of his.
  assert.ok(persons('وأكد محمد الفاضل عبد الكافي صباح اليوم أن الاستثمار تحسن.').includes('محمد الفاضل عبد الكافي'));
});

test('ner() (thirty-eighth round): a dotted acronym is one name; a feminine participle of manner after a feminine speech verb is none', { skip: NEEDS_MODEL }, () => {
  // «The CNN network said it ended a contract …»: the tagger found «سي» alone.
  const doc = analyze('قالت شبكة (سي.إن.إن) الإخبارية الأميركية إنها أنهت عقدا مع الممثلة كاثي جريفن.', { date: '2017-06-01' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.ok(doc.mentions.some((m) => m.text === 'سي.إن.إن'), doc.mentions.map((m) => m.text).join(', '));
  assert.deepEqual(doc.quotes.map((q) => [q.text, doc.entities.find((e) => e.id === q.speaker)?.name ?? null]), [['أنهت عقدا مع الممثلة كاثي جريفن', 'سي.إن.إن']]);
  // «… with the photographer Tyler Shields, and she says, joking, "…"»; «Fatima said» keeps the name.
  assert.deepEqual(persons('وشوهدت وهي تراجع الصور مع المصور تايلر شيلدز، وتقول مازحة "يتعين أن ننتقل إلى المكسيك". وقالت فاطمة إن الأمر مزعج.'), ['تايلر شيلدز', 'فاطمة']);
});

test('ner() (thirty-eighth round): a person\'s name ends before «ضيف» (guest), but not a name that ends on it', { skip: NEEDS_MODEL }, () => {
  // «The Ennahdha leader Jelassi, the guest of Politica, stressed today that …».
  assert.deepEqual(persons('أكد القيادي في حركة النهضة الجلاصي ضيف بولتيكا اليوم الثلاثاء أن الموقف ثابت.'), ['الجلاصي']);
  // «… and the appointment of Anis Dhifallah as governor of Zaghouan»: the tagger ends the name on «ضيف», a family name too.
  assert.ok(persons('وتعيين أنيس ضيف الله واليا على زغوان.').some((p) => p.startsWith('أنيس ضيف')));
});

test('ner() (thirty-eighth round): a word after a name that stands alone between a speech verb and «أن» elsewhere is the name\'s last', { skip: NEEDS_MODEL }, () => {
  // «The director of the Kounouz publishing house, Mohamed Salah Maalej, stressed … Maalej explained that …» — «معالج» is
  // also «a therapist».
  const text = 'أكد مدير دار نشر "كنوز" محمد صالح معالج في مداخلة له أن القصة سحبت. وأوضح معالج أن الدار تفطنت للعبارات.';
  assert.ok(persons(text).includes('محمد صالح معالج'), persons(text).join(', '));
  // «Barclay told the judge that …»: the one told is no family name.
  assert.ok(!persons('وقالت جوستين باركلي للمحكمة إنها بريئة. وقال باركلي للقاضي إن الأدلة ضعيفة.').some((p) => /للقاضي/u.test(p)));
});

test('ner() (thirty-ninth round): a dotted acronym the tagger ended on its first stop is one name', { skip: NEEDS_MODEL }, () => {
  // «And "CNN" added that the official …»: the tagger took «سي.» alone.
  const doc = analyze('وأضافت "سي.إن.إن" أن المسؤول المطلع على الأمر تحدث بناء على أحدث معلومات.', { date: '2015-11-04' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.deepEqual(doc.mentions.map((m) => m.text), ['سي.إن.إن']);
  assert.deepEqual(doc.quotes.map((q) => doc.entities.find((e) => e.id === q.speaker)?.name ?? null), ['سي.إن.إن']);
});

test('ner() (thirty-ninth round): a foreign surname in «و» that is no «و» + a known word closes a role slot', { skip: NEEDS_MODEL }, () => {
  // «YouTube's chief executive, Susan Wojcicki, pointed out that she looks forward to …».
  assert.deepEqual(persons('وأشارت رئيسة «يوتيوب» التنفيذية، سوزان وجسيكي إلى أنها تتطلّع إلى إبداعات صنّاع المحتوى.'), ['سوزان وجسيكي']);
  // … but not a given name and «و» + a word: «… Samira and her husband».
  assert.ok(!persons('وأكدت رئيسة الجمعية، سميرة وزوجها إلى أنهما سيشاركان.').includes('سميرة وزوجها'));
});

test('ner() (forty-fourth round): after an honorific, a listed given name that is also a word, and a definite surname before a clear end', { skip: NEEDS_MODEL }, () => {
  // «The secretary general of the Jordan Valley Authority, the engineer Yazan al-Adwan, told (Petra) that …» — «يزن» is
  // also «he weighs», «العدوان» «the aggression».
  assert.deepEqual(
    persons('بدوره، أفاد الأمين العام لسلطة وادي الأردن المهندس يزن العدوان لـ(بترا)، بأن السدود الرئيسية تخزن حاليا 148 مليون متر مكعب.'),
    ['يزن العدوان'],
  );
  // «Dr Olfa Khelifi, head of the hygiene department, said that …»: the surname joins the given name before «إن».
  assert.deepEqual(persons('وقالت الدكتورة ألفة الخليفي إن عدة حالات تسمم سجلت.'), ['ألفة الخليفي']);
  // … but a definite word before no clear end stays out: «the doctor Mohamed the specialist in …».
  assert.ok(!persons('وصل الدكتور محمد المستشفى صباحا.').includes('محمد المستشفى'));
});

test('ner() (forty-fourth round): the last two words of a place, the last a surname alone elsewhere in the article, are the person', { skip: NEEDS_MODEL }, () => {
  // «The EU's special envoy to the Gulf region, Elena Martínez, said … Elena Martínez added that …» — the tagger read
  // «إيلينا مارتينيز» as a place after «الخليج».
  const text = 'في المقابل، قالت المبعوثة الأوروبية الخاصة لمنطقة الخليج إيلينا مارتينيز، في تصريح لـ«الشرق الأوسط»، إن الاتحاد الأوروبي «منفتح على الفكرة». وأضافت إلينا مارتينيز أن الاجتماع المقبل سيحدد.';
  assert.ok(persons(text).includes('إيلينا مارتينيز'), persons(text).join(', '));
  // … not after a place's head noun the tagger left: «the tunnel crosses Mount Saint-Gotthard … the Gotthard tunnel».
  assert.ok(!persons('ويقطع النفق جبل سان غوتار في جبال الالب. ويربط نفق غوتار بين مدينتي زيوريخ ولوغانو.').includes('سان غوتار'));
});

test('ner() (forty-fourth round): a listed given name after a source clause\'s verb and before a role is a person', { skip: NEEDS_MODEL }, () => {
  // «… as the director of the Bou Heurtma dam, Sonia Debbousi, stated to the TAP correspondent» — «سنية» is also «Sunni» (f.).
  assert.deepEqual(persons('وذلك وفق ما أكدته سنية الدبوسي مديرة سد بوهرتمة في تصريح لمراسل (وات).'), ['سنية الدبوسي']);
});

test('ner() (forty-fourth round): a headline\'s surname before an imperfect verb; «ابن» before a definite noun ends no name', { skip: NEEDS_MODEL }, () => {
  // «Macron commemorates a Moroccan drowned by extremists in the Seine ¶ Emmanuel Macron commemorated …»: the tagger ran the
  // surname into the verb «يحيي», also the name Yahya.
  const text = 'ماكرون يحيي ذكرى مغربي أغرقه متطرفون في نهر السين\nحيا إيمانويل ماكرون المرشح المتقدم في استطلاعات الرأي ذكرى شاب مغربي مات غرقا.';
  assert.deepEqual(persons(text), ['ماكرون', 'إيمانويل ماكرون']);
  // «Macron told the journalists, with Said, the son of the Moroccan victim Brahim Bouarram, beside him, …».
  assert.deepEqual(persons('وقال ماكرون للصحفيين وإلى جانبه سعيد إبن الضحية المغربي ابراهيم بو عرام "علينا ألا ننسى".'), ['ماكرون', 'سعيد', 'ابراهيم بو عرام']);
});

test('ner() (forty-fifth round): «على لسان X» (in the words of X) is no body, and a surname carried as written brings its given name', { skip: NEEDS_MODEL }, () => {
  // «After the controversy the former tourism minister Amel Karboul stirred … The federation denied what was said by Karboul
  // about …» — the tagger read «لسان كربول» (Karboul's tongue) as a body, and its second pass then dropped «آمال كربول».
  // «كربول» also reads as «ك» + «ربول»: as written, it is the name the article wrote, and «آمال» before it its given name.
  assert.deepEqual(
    persons('بعد الجدل الذي أثارته وزيرة السياحة السابقة آمال كربول بسبب تصريحاتها. ونفت الجامعة ما ورد على لسان كربول عن إجراءات التنظيم.'),
    ['آمال كربول', 'كربول'],
  );
});

test('ner() (forty-fifth round): a country\'s adjective before a person\'s name describes the person and is no name alone', { skip: NEEDS_MODEL }, () => {
  // «The Jamaican Usain Bolt stated that he is preparing to turn professional in football … The Jamaican runner went on that
  // he does not want to play in a modest team».
  assert.deepEqual(persons('أكد الجامايكي يوسين بولت أنه يستعد لاحتراف كرة القدم. وأكمل العداء الجامايكي أنه لا يريد اللعب في فريق متواضع.'), ['يوسين بولت']);
  // A family name in «ي» before a name keeps its person: «Basma Khalfaoui, widow of …» (forty-first round) is unchanged.
  assert.ok(persons('وقالت بسمة الخلفاوي أرملة شكري بلعيد إن الحقيقة ستظهر.').includes('بسمة الخلفاوي'));
});

test('ner() (forty-fifth round): «الشبكة/اللجنة» head long body names; a place in construct before a «لل» complement names the body', { skip: NEEDS_MODEL }, () => {
  // «The list includes the EuroMed Rights network, the Tunis Centre for Migration and Asylum and the national committee for
  // the prevention of torture» (Tunisian copy).
  const doc = analyze('وتضم القائمة الشبكة الأورومتوسطية لحقوق الإنسان، ومركز تونس للهجرة واللجوء، واللجنة الوطنية للوقاية من التعذيب.', { date: '2017-03-12' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.deepEqual(
    doc.mentions.filter((m) => m.type === 'ORG').map((m) => m.text),
    ['الشبكة الأورومتوسطية لحقوق الإنسان', 'مركز تونس للهجرة واللجوء', 'اللجنة الوطنية للوقاية من التعذيب'],
  );
  // «The statement's signatories added that …»: no one's name.
  assert.deepEqual(persons('وأضاف موقعو البيان أن التفاوض بشأن ترحيل التونسيين تم دون التشاور.'), []);
});

test('ner() (forty-fifth round): a man\'s title after a woman\'s given name is her family name; a place of two words in construct names a body', { skip: NEEDS_MODEL }, () => {
  // «Samia Kadhi, head of the economic activities sub-department in Nabeul, stressed … Kadhi explained that …» — «القاضي»
  // (the judge) cannot describe a woman.
  assert.deepEqual(persons('أكدت سامية القاضي رئيسة الدائرة الفرعية للأنشطة الاقتصادية بولاية نابل أنه سيتم مناقشة المشروع.'), ['سامية القاضي']);
  // «The secretary general of the basic education union, Mestouri Gammoudi, stressed … Gammoudi stressed that …»: a Tunisian
  // given name with the article (now on the project's list) before the surname the tagger found.
  assert.deepEqual(
    persons('أكد الكاتب العام لنقابة التعليم الاساسي المستوري القمودي في تصريح للجوهرة "اف ام" أن نسبة المشاركة بلغت 95 بالمائة. واكد القمودي ان الهيئة الادارية ستنعقد يوم الجمعة.'),
    ['المستوري القمودي', 'القمودي'],
  );
  // «… in a statement to the Tunis Afrique Presse agency» (TAP): the tagger read «تونس افريقيا» as a place.
  const doc = analyze('واضاف في تصريح لوكالة تونس افريقيا للأنباء ان اعلى نسبة مشاركة سجلت في قفصة.', { date: '2015-04-15' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.deepEqual(doc.mentions.filter((m) => m.type === 'ORG').map((m) => m.text), ['وكالة تونس افريقيا للأنباء']);
});

test('ner() (forty-fifth round): a club\'s head before a town read as a place is the club; «المكنى» ends a name', { skip: NEEDS_MODEL }, () => {
  // «ES Métlaoui came from behind against CS Sfaxien» — but «مستقبل تونس» (Tunisia's future) is no club.
  const doc = analyze('حيث قلب نجم المتلوي تأخره في النتيجة أمام النادي الصفاقسي. ويبقى مستقبل تونس رهين الإصلاحات.', { date: '2017-03-05' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.deepEqual(doc.mentions.filter((m) => m.type === 'ORG').map((m) => m.text), ['نجم المتلوي', 'النادي الصفاقسي']);
  // «The terrorist Seifallah Ben Hassine, known as Abu Iyadh, …»: the tagger ran the name into «المكنى».
  assert.deepEqual(persons('وقتل الإرهابي سيف الله بن حسين المكنى بأبي عياض في غارة.').slice(0, 1), ['سيف الله بن حسين']);
});

test('ner() (forty-sixth round): a body\'s name the tagger ended on its «لل» complement takes the complement\'s adjectives', { skip: NEEDS_MODEL }, () => {
  // «The Emirates Nuclear Energy Corporation said in a statement …; … a joint venture of the Nuclear Energy Corporation …»:
  // the tagger stopped at «للطاقة», so the speaker was «مؤسسة الإمارات للطاقة» and its short name another body.
  const doc = analyze('قالت مؤسسة الإمارات للطاقة النووية في بيان اليوم إن العمل انتهى. وهي مشروع مشترك بين مؤسسة الطاقة النووية والشركة الكورية.', { date: '2017-05-05' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.deepEqual(doc.mentions.filter((m) => m.type === 'ORG').map((m) => m.text).slice(0, 1), ['مؤسسة الإمارات للطاقة النووية']);
  // «The public security post of the National Guard in Monastir announced …» (the town names the post since the
  // sixty-first round, and stays a place of its own).
  const guard = analyze('أعلن مركز الأمن العمومي للحرس الوطني بالمنستير إطلاق مبادرة جديدة.', { date: '2017-02-21' });
  assert.deepEqual(guard.mentions.map((m) => `${m.type} ${m.text}`), ['ORG مركز الأمن العمومي للحرس الوطني بالمنستير', 'LOC المنستير']);
});

test('ner() (forty-sixth round): a place the tagger ran into a listed given name ends there, and the person takes the names after it', { skip: NEEDS_MODEL }, () => {
  // «France's ambassador in Tunis, Olivier Poivre d'Arvor, deemed that … Poivre d'Arvor said …»: the tagger read «بتونس
  // أوليفيي» and «دارفور» (Darfur) as places and «بوافر» as «ب» + «وافر».
  const doc = analyze('اعتبر سفير فرنسا بتونس أوليفيي بوافر دارفور، أن مستقبل تونس مهم. وقال بوافر دارفور إن فرنسا ستواصل دعم تونس.', { date: '2017-01-06' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.deepEqual(persons('اعتبر سفير فرنسا بتونس أوليفيي بوافر دارفور، أن مستقبل تونس مهم. وقال بوافر دارفور إن فرنسا ستواصل دعم تونس.'), ['أوليفيي بوافر دارفور', 'بوافر دارفور']);
  assert.ok(doc.quotes.every((q) => doc.entities.find((e) => e.id === q.speaker)?.name === 'أوليفيي بوافر دارفور'), JSON.stringify(doc.quotes.map((q) => q.speaker)));
  // «… the lycée of Ksar Hellal»: a town of two words the gazetteer knows keeps its given name «هلال» (Hilal).
  assert.deepEqual(persons('وشارك تلاميذ المعهد الثانوي بقصر هلال في المسابقة.'), []);
});

test('ner() (forty-sixth round): a body\'s name does not end with the verb after it', { skip: NEEDS_MODEL }, () => {
  // «She added that the trial matters. According to the WHO, 3.3 million people die every year of alcoholism»: the tagger ran
  // the name on into «يموت» (die).
  const doc = analyze('وأضافت أن الاختبار مهم. وبحسب منظمة الصحة العالمية يموت 3.3 مليون شخص سنويا بسبب إدمان الكحوليات.', { date: '2016-07-09' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.deepEqual(doc.mentions.filter((m) => m.type === 'ORG').map((m) => m.text), ['منظمة الصحة العالمية']);
  assert.deepEqual(doc.quotes.map((q) => [q.text, doc.entities.find((e) => e.id === q.speaker)?.name ?? null]).at(-1), ['يموت 3.3 مليون شخص سنويا بسبب إدمان الكحوليات', 'منظمة الصحة العالمية']);
});

test('ner() (forty-sixth round): a body\'s name takes the plural nisba after its complement, «على» after «الإشراف», and a court its town', { skip: NEEDS_MODEL }, () => {
  const orgs = (text: string): string[] => {
    const doc = analyze(text, { date: '2017-01-30' });
    assert.deepEqual(checkInvariants(doc), []);
    return doc.mentions.filter((m) => m.type === 'ORG').map((m) => m.text);
  };
  // «The national union of hospital doctors said the strike goes on.»
  assert.deepEqual(orgs('وقالت النقابة الوطنية للأطباء الإستشفائيين إن الإضراب متواصل.'), ['النقابة الوطنية للأطباء الإستشفائيين']);
  // «The provisional authority for the supervision of the judiciary announced …».
  assert.deepEqual(orgs('وأعلنت الهيئة الوقتية للإشراف على القضاء العدلي أنها ستجتمع.'), ['الهيئة الوقتية للإشراف على القضاء العدلي']);
  // «The Nabeul court of appeal sentenced him …».
  assert.deepEqual(orgs('وأصدرت محكمة الإستئناف بنابل حكما بسجنه.'), ['محكمة الإستئناف بنابل']);
  // «… customers without power in the greater Phoenix area»: «الكبرى» goes with «منطقة» (area), not with the city.
  const area = analyze('كان العملاء بدون كهرباء في منطقة فينيكس الكبرى يوم الاثنين.', { date: '2017-06-24' });
  assert.deepEqual(area.mentions.filter((m) => m.type === 'LOC').map((m) => m.text), ['فينيكس']);
});

test('ner() (forty-sixth round): after any title, a listed given name that is also a common word opens a name before a surname', { skip: NEEDS_MODEL }, () => {
  // «The journalist Samia Nassar attended the seminar» — «السامية» (sublime) makes «سامية» a common word for the lexicon.
  assert.deepEqual(persons('وحضرت الصحفية سامية نصار الندوة.'), ['سامية نصار']);
  // «… to the neonatal ward of the Farhat Hached university hospital in Sousse»: «الجامعي» (university) is no title there.
  assert.deepEqual(persons('قبل نقلهما إلى قسم الولدان بالمستشفى الجامعي فرحات حشاد بسوسة.'), []);
});

test('ner() (forty-sixth round): after a facility\'s head, a person run on into another person\'s given name is two', { skip: NEEDS_MODEL }, () => {
  // «The director of the Farhat Hached hospital, Lotfi Boubaker, stated that …»: the tagger read one person of four words.
  // (The namesake is then the hospital's name, a place: see the forty-seventh round.)
  assert.deepEqual(persons('أكد مدير مستشفى فرحات حشّاد لطفي بوبكر في اتصال هاتفي أنّ التحقيق كشف عن جملة من الحقائق.'), ['لطفي بوبكر']);
});

/** [type, text] of the mentions of a text analysed by the default pipeline (whose documents are checked). */
function typedMentions(text: string): [string, string][] {
  const doc = analyze(text, { date: '2017-05-01' });
  assert.deepEqual(checkInvariants(doc), []);
  return doc.mentions.filter((m) => m.type !== 'MISC').map((m) => [m.type, m.text]);
}

test('ner() (forty-seventh round): a person right after a facility\'s head in construct, or after the head and its adjective, names the facility', { skip: NEEDS_MODEL }, () => {
  const table: [string, string, [string, string][]][] = [
    // «… according to the head of the emergency unit at the Charles Nicolle hospital, Noufel Samrani»: Samrani's role.
    [
      'head in construct',
      'وفق ما أفاد به مدير وحدة الطب الاستعجالي بمستشفى شارل نيكول نوفل السمراني في تصريح.',
      [['LOC', 'مستشفى شارل نيكول'], ['PER', 'نوفل السمراني']],
    ],
    // «… said the head of the department at the Hédi Chaker university hospital in Sfax, Professor Hamida Turki».
    [
      'head and adjective',
      'وقالت رئيسة القسم بالمستشفى الجامعي الهادي شاكر بصفاقس، الأستاذة حميدة التركي، إن الأبحاث حظيت باهتمام.',
      [['LOC', 'المستشفى الجامعي الهادي شاكر'], ['LOC', 'صفاقس'], ['PER', 'حميدة التركي']],
    ],
    // «The director of the hospital, Taoufik Farah, said …»: after the definite head alone, the director.
    ['definite head', 'وقال مدير المستشفى توفيق الفارح في تصريح إن الوضع مستقر.', [['PER', 'توفيق الفارح']]],
  ];
  for (const [name, text, expected] of table) assert.deepEqual(typedMentions(text), expected, name);
});

test('ner() (forty-seventh round): a person the tagger started on the last word of a name the document gives in full is that name', { skip: NEEDS_MODEL }, () => {
  // «The writer Olfa Youssef addressed the burnings. Olfa Youssef decried how Tunisians came to such horror»: not «يوسف كيفية».
  assert.deepEqual(persons('تطرقت الكاتبة ألفة يوسف إلى ظاهرة الانتحار حرقا. واستنكرت ألفة يوسف كيفية وصول التونسي إلى هذه الدرجة من الفظاعة.'), ['ألفة يوسف', 'ألفة يوسف']);
});

test('ner() (forty-seventh round): a city the gazetteer knows takes its quarter, as it takes «الكبرى»', { skip: NEEDS_MODEL }, () => {
  // «… in the Palestinian land Israel has occupied since 1967, including East Jerusalem»; «the Sousse North delegation».
  assert.deepEqual(typedMentions('في الأرض الفلسطينية التي تحتلها إسرائيل منذ عام 1967، بما في ذلك القدس الشرقية؛ وفي إسرائيل.'), [['LOC', 'إسرائيل'], ['LOC', 'القدس الشرقية'], ['LOC', 'إسرائيل']]);
  assert.deepEqual(typedMentions('تم حجز كمية من السلع بمعتمدية سوسة الجنوبية من ولاية سوسة.'), [['LOC', 'سوسة الجنوبية'], ['LOC', 'سوسة']]);
  // (Not after a country, where CLDR has the names and the adjective may describe something else: «كوريا الشمالية» is the
  // tagger's.)
  assert.deepEqual(typedMentions('وأطلقت كوريا الشمالية صاروخا.'), [['LOC', 'كوريا الشمالية']]);
  // (Nor after a feminine noun in construct with the city: «… found a suspicious explosive belt in the southern suburb of Paris».)
  assert.deepEqual(typedMentions('عثرت الشرطة على حزام ناسف في ضاحية باريس الجنوبية.'), [['LOC', 'باريس']]);
});

test('ner() (forty-ninth round): a listed given name alone between commas after a title or description is a person («المواطن، جمال،»)', { skip: NEEDS_MODEL }, () => {
  const table: [string, string[]][] = [
    // «The citizen, Jamal, who is from the town of Kalaa Kebira, explained that he came back …»: «جمال» is also «beauty».
    ['وأوضح المواطن، جمال، وهو أصيل مدينة القلعة الكبرى، أنه عاد اليوم إلى المستشفى.', ['جمال']],
    // «The citizen, in his call, explained that …»: a word between the commas that is no given name names no one.
    ['وأوضح المواطن، بدوره، أنه عاد اليوم إلى المستشفى.', []],
  ];
  for (const [text, want] of table) assert.deepEqual(persons(text), want, text);
});

test('ner() (forty-ninth round): a place no list knows, right after a person\'s name and before punctuation twice after the same word, ends the name («بوافر دارفور»)', { skip: NEEDS_MODEL }, () => {
  // «The French ambassador in Tunis, Olivier Poivre d'Arvor, said …. Poivre d'Arvor explained, …»: «دارفور» is also Darfur.
  const text = 'قال السفير الفرنسي في تونس، أوليفيي بوافر دارفور، في تصريح للإذاعة إن التعاون ممكن. وأوضح بوافر دارفور، أنه سيعمل على توأمة المدن.';
  const doc = analyze(text, { date: '2017-03-16' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.deepEqual(doc.entities.filter((e) => e.type === 'PER').map((e) => [e.name, e.mentions.map((m) => m.text)]), [['أوليفيي بوافر دارفور', ['أوليفيي بوافر دارفور', 'بوافر دارفور']]]);
  // Once only, the place stays a place: «Macron visited Tunisia, …».
  assert.deepEqual(persons('زار الرئيس الفرنسي إيمانويل ماكرون دارفور، وقال إن الوضع صعب.'), ['إيمانويل ماكرون']);
});

test('ner() (forty-ninth round): a definite common word the tagger left after a name, before «إن/أن» twice after the same word, ends the name («اللومي الرقيق»)', { skip: NEEDS_MODEL }, () => {
  // «The tourism minister Salma Elloumi Rekik said that …. Elloumi Rekik stressed that …»: «الرقيق» is also «the slaves».
  const text = 'قالت وزيرة السياحة سلمى اللومي الرقيق إن الوزارة تعمل على مشروع التأشيرة. وأكدت اللومي الرقيق أن تونس تولي عناية خاصة بالسياحة الصحية.';
  const doc = analyze(text, { date: '2017-05-05' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.deepEqual(doc.entities.filter((e) => e.type === 'PER').map((e) => e.name), ['سلمى اللومي الرقيق']);
  // Once only, or a time word: the word stays out of the name.
  assert.deepEqual(persons('قالت وزيرة السياحة سلمى اللومي الرقيق إن الوزارة تعمل على مشروع التأشيرة.'), ['سلمى اللومي']);
});

test('ner() (forty-ninth round): a body\'s name ending on a plural goes on over a definite plural adjective agreeing with it («للقيمين والقيمين العامين»)', { skip: NEEDS_MODEL }, () => {
  // «The general union of supervisors and general supervisors called on its members, today, Tuesday, to …».
  const doc = analyze('ودعت النقابة العامة للقيمين والقيمين العامين، اليوم الثلاثاء، منظوريها إلى إنجاح الاضراب.', { date: '2015-05-12' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.deepEqual(doc.entities.filter((e) => e.type === 'ORG').map((e) => e.name), ['النقابة العامة للقيمين والقيمين العامين']);
});

test('ner() (forty-ninth round): a period noun and a word of relative time after a body are a time, not its name («شركة فايسبوك [العام الماضي]»)', { skip: NEEDS_MODEL }, () => {
  // «Facebook set up a new branch last year»; «the party's secretary-general» keeps «العام» (general).
  const doc = analyze('وقد أحدثت شركة فايسبوك العام الماضي فرعا جديدا لها.', { date: '2017-01-15' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.deepEqual(doc.entities.filter((e) => e.type === 'ORG').map((e) => e.name), ['شركة فايسبوك']);
});

test('ner() (fiftieth round): a participle of belonging after a body starts its description, not its name («حزب آفاق تونس [المنتمي] الى الائتلاف»)', { skip: NEEDS_MODEL }, () => {
  // «For its part, the Afek Tounes party, which also belongs to the ruling coalition, expressed its reservations».
  const doc = analyze('من جانبه أبدى حزب آفاق تونس المنتمي الى الائتلاف الحاكم أيضا، عن تحفظاته على بعض التسميات.', { date: '2015-08-25' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.deepEqual(doc.entities.filter((e) => e.type === 'ORG').map((e) => e.name), ['حزب آفاق تونس']);
});

test('ner() (fiftieth round): the day of the statement after a name in a role\'s slot ends it («… بقبلي علي الطبال صباح اليوم الخميس»)', { skip: NEEDS_MODEL }, () => {
  // «The deputy director of primary health care in Kebili, Ali Tabbal, stressed this Thursday morning that …»: «علي» (Ali) is
  // spelt like «على» (on), and the surname «الطبال» (the drummer) is a common word, so only a clear end makes it a name.
  for (const text of [
    'أكد كاهية مدير الرعاية الصحية الأساسية بقبلي علي الطبال صباح اليوم الخميس لمراسل (وات) ان الوضع الوبائي بالجهة عادي.',
    'أكد مدير الرعاية الصحية علي الطبال اليوم ان الوضع عادي.',
  ]) {
    const doc = analyze(text, { date: '2017-02-02' });
    assert.deepEqual(checkInvariants(doc), [], text);
    assert.deepEqual(doc.entities.filter((e) => e.type === 'PER').map((e) => e.name), ['علي الطبال'], text);
  }
});

test('ner() (fiftieth round): «علي» written with «ي» after a one-word person with a listed given name, before a role or a complementiser, is the surname («فرج علي»)', { skip: NEEDS_MODEL }, () => {
  // «Faraj Ali, the director general of land transport, stressed … that there is a crisis … Faraj Ali added that …»; «علي» is
  // spelt like «على» (on), which no role or complementiser follows.
  const text = 'أكد فرج علي مدير عام النقل البريّ على هامش ندوة صحفية انعقدت اليوم بالعاصمة أن هناك أزمة في الشركات العمومية. وأضاف فرج علي أن حوالي 1000 حافلة يجب اقتناؤها. وأوضح فرج علي أنه تم منح 1800 رخصة.';
  const doc = analyze(text, { date: '2015-04-07' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.deepEqual(doc.entities.filter((e) => e.type === 'PER').map((e) => e.name), ['فرج علي']);
});

test('ner() (fifty-first round): «الحاج» and a given name after a person, before a role, are the family name («نور الدين الحاج علي»)', { skip: NEEDS_MODEL }, () => {
  // «Noureddine Hajj Ali, the regional director of sanitation in Sousse, denied the justifications …. Ali Kalthoum said …»:
  // the title «الحاج» (the pilgrim) opens the family name «الحاج علي».
  const text = 'نفى نور الدين الحاج علي المدير الجهوي للتطهير بسوسة صحة التبريرات. وقال علي كلثوم إن الأشغال انطلقت. وأوضح نور الدين الحاج علي أن الإدارة باشرت العمل.';
  const doc = analyze(text, { date: '2016-05-20' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.deepEqual(doc.entities.filter((e) => e.type === 'PER').map((e) => e.name), ['نور الدين الحاج علي', 'علي كلثوم']);
  // Not a pilgrim's title before a name and a verb: «the pilgrim Ali came back».
  const pilgrim = analyze('وعاد الحاج علي من مكة أمس.', { date: '2016-05-20' });
  assert.ok(!pilgrim.entities.some((e) => e.name.includes('الحاج')), pilgrim.entities.map((e) => e.name).join(' | '));
});

/** Each text's persons, by name in order, after the invariant check. */
function assertPersons(rows: [text: string, persons: string[]][], date: string): void {
  for (const [text, persons] of rows) {
    const doc = analyze(text, { date });
    assert.deepEqual(checkInvariants(doc), [], text);
    assert.deepEqual(doc.entities.filter((e) => e.type === 'PER').map((e) => e.name), persons, text);
  }
}

test('ner() (fifty-second round): a given name the tagger left alone right before a person is that person\'s first name', { skip: NEEDS_MODEL }, () => {
  // «French defence minister Jean-Yves Le Drian warned … Le Drian explained …»: «جان-ايف» (two given names joined by a hyphen)
  // and «لو دريان» were two persons. «Nabiha Borsali Felfoul, the director general of health, stressed …» likewise.
  assertPersons(
    [
      ['حذر وزير الدفاع الفرنسي جان-ايف لو دريان من خطر تدفق المقاتلين. وأوضح لو دريان أنه يتعين على الطرفين الاتفاق.', ['جان-ايف لو دريان']],
      ['أكدت نبيهة برصالي فلفول المديرة العامة للصحة أن الوضع مستقر. وأضافت برصالي فلفول أن التلاقيح متوفرة.', ['نبيهة برصالي فلفول']],
    ],
    '2017-01-01',
  );
  // Not over «و» (and) before a word that is no given name with the letter: «Her parents are Jean and Simone Trogneux».
  const parents = analyze('ولدت بريجيت في أميان. والداها هما جان وسيمون بوجول. كان لديهم ستة أطفال.', { date: '2017-01-01' });
  assert.ok(!parents.entities.some((e) => e.name.includes('وسيمون')), parents.entities.map((e) => e.name).join(' | '));
});

test('ner() (fifty-second round): «الحاج» and a given name after a person end the name before a definite word behind «ب» («عز الدين الحاج حسن بالإنابة»)', { skip: NEEDS_MODEL }, () => {
  // «… we received a counter-proposal from Ezzeddine Hajj Hassan on behalf of the 30 April group»: «بالإنابة» (on behalf)
  // ends the family name «الحاج حسن».
  assertPersons([['تلقينا مقترحا مضادا من عز الدين الحاج حسن بالإنابة عن مجموعة 30 أفريل، وعلى الرغم من ذلك رفضنا المقترح.', ['عز الدين الحاج حسن']]], '2017-06-19');
});

test('ner() (fifty-second round): a family name of a noun and «الله» after a given name is part of the person («أمير خير الله»)', { skip: NEEDS_MODEL }, () => {
  // «… according to the delegate of the area, Amir Khairallah. The delegate stressed that …»; «Oussama Rezgallah scored».
  assertPersons(
    [
      ['أوقف أعوان الأمن تلميذا، وفق ما أفاد به معتمد المنطقة أمير خير الله. وأكد المعتمد أن التلميذ مرسم في معهد خاص.', ['أمير خير الله']],
      ['وسجل أسامة رزق الله الهدف الأول في الدقيقة العاشرة.', ['أسامة رزق الله']],
    ],
    '2016-10-10',
  );
  // Not a place's name: «أولاد جاب الله» (Ouled Jaballah).
  const place = analyze('وتضررت منطقة أولاد جاب الله من الأمطار.', { date: '2016-10-10' });
  assert.ok(!place.entities.some((e) => e.type === 'PER' && e.name.endsWith('الله')), place.entities.map((e) => e.name).join(' | '));
});

test('ner() (fifty-second round): a name in marks the document names by its last word alone is that person', { skip: NEEDS_MODEL }, () => {
  // «The mayor of Linieville, "Krzysztof Dietrich", explained … Dietrich explained that …» (ANT corpus): the name in marks was
  // read as a work.
  const text = 'وأوضح رئيس بلدية لينييفيل "كريتسوف ديتريش"، الأربعاء، لقناة فرانس إنفو أن البلدية اتخذت قرارا غريبا. وأوضح ديتريش أنه يعلم أن القرار غير قابل للتطبيق.';
  const doc = analyze(text, { date: '2017-05-18' });
  assert.deepEqual(checkInvariants(doc), []);
  const person = doc.entities.find((e) => e.type === 'PER');
  assert.equal(person?.name, 'كريتسوف ديتريش');
  assert.deepEqual(doc.quotes.map((q) => [q.text, q.speaker === person!.id]), [['البلدية اتخذت قرارا غريبا', true], ['يعلم أن القرار غير قابل للتطبيق', true]]);
});

test('ner() (fifty-second round): a Latin name the tagger cut at its hyphen into two persons is one («Jean-Yves Garino»)', { skip: NEEDS_MODEL }, () => {
  // «Jean-Yves Garino, the lawyer of one of those held, said that his client is French» (ANT corpus).
  assertPersons([['وفي متابعة لآخر التحقيقات قال Jean-Yves Garino محامي أحد الموقوفين أن موكله فرنسي من مدينة نيس.', ['Jean-Yves Garino']]], '2016-07-19');
});

test('ner() (sixty-second round): a given name of a participle and «بالله», and a given name before a word the tagger called a body', { skip: NEEDS_MODEL }, () => {
  // «… said the spokesman of the municipal police union, Al-Muntasir Billah Barbirou» — the tagger began the person at
  // «بالله» and the mention lost its «ب» («الله بربيرو»); «… according to the deputy prosecutor …, Omar al-Hanin» — the
  // tagger read «الحنين» (nostalgia) alone as a body (ANT corpus).
  assertPersons(
    [
      ['وأكد الناطق الرسمي باسم نقابة الشرطة البلدية، المنتصر بالله بربيرو، أن هذه المنتجات يمنع بيعها.', ['المنتصر بالله بربيرو']],
      ['أقدم كهل على إضرام النار في جسده، وفق ما أفاد به مساعد وكيل الجمهورية بالمحكمة الابتدائية ببن عروس، عمر الحنين وكالة تونس افريقيا للأنباء.', ['عمر الحنين']],
    ],
    '2017-06-13',
  );
  // Not after a preposition that folds to a given name: «على» (on; «علي» Ali), «أمام» (before; «إمام»).
  for (const text of ['وتنشئ مستوطنة دائمة على الكوكب بحلول العام 2117.', 'إثر خسارة فريقه أمام النصر برباعية نظيفة.']) {
    const doc = analyze(text, { date: '2017-04-14' });
    assert.ok(!doc.entities.some((e) => e.type === 'PER'), doc.entities.map((e) => `${e.type} ${e.name}`).join(' | '));
  }
});

test('ner() (sixty-second round): a body the tagger ended at a given name, the family name left after it, gives the name back', { skip: NEEDS_MODEL }, () => {
  // «The president of the Tunisian gymnastics federation, Faycal Zemni, stressed …» (ANT corpus): the tagger read «للجمباز
  // فيصل» as the body and left «الزمني».
  assertPersons([['أكد رئيس الجامعة التونسية للجمباز فيصل الزمني في تصريح لجوهرة أف أم أن الجلسة العامة ستنعقد غدا.', ['فيصل الزمني']]], '2017-02-04');
  // Not a given name with the article: «الأولمبي الباجي» is Olympique Béja, a club.
  const club = analyze('وانهزم الأولمبي الباجي أمام النجم الساحلي.', { date: '2017-01-29' });
  assert.ok(!club.entities.some((e) => e.type === 'PER'), club.entities.map((e) => `${e.type} ${e.name}`).join(' | '));
});

test('ner() (sixty-second round): «علي» as written is a surname after a given name between a role\'s commas («فرج علي»)', { skip: NEEDS_MODEL }, () => {
  // «The director-general of land transport, Faraj Ali, announced the arrival of the third batch of buses» (ANT corpus).
  assertPersons([['اعلن المدير العام للنقل البري، فرج علي، عن وصول الدفعة الثالثة من الحافلات المستعملة.', ['فرج علي']]], '2016-03-12');
});
