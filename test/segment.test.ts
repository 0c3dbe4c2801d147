import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisDocument, TokenKind } from '../src/document.ts';
import { createPipeline } from '../src/pipeline/pipeline.ts';
import { checkInvariants } from '../src/pipeline/invariants.ts';
import { segment, segmentText } from '../src/segment/index.ts';

// The segmentation stage alone, in strict mode (layers frozen after the stage).
const pipeline = createPipeline([segment()], { strict: true });
const analyze = (text: string): AnalysisDocument => pipeline.run(text);

const sentencesOf = (doc: AnalysisDocument): string[] => doc.sentences.map((s) => doc.text.slice(s.start, s.end));
const tokensOf = (doc: AnalysisDocument): string[] => doc.tokens.map((t) => doc.text.slice(t.start, t.end));

function analyzed(text: string): AnalysisDocument {
  const doc = analyze(text);
  assert.deepEqual(checkInvariants(doc), []);
  return doc;
}

// [text, expected sentences, what it shows]
const SENTENCES: [string, string[], string][] = [
  [
    'وصل الوفد إلى تونس. وبدأت المحادثات صباح الاثنين.',
    ['وصل الوفد إلى تونس.', 'وبدأت المحادثات صباح الاثنين.'],
    'two sentences (the delegation arrived in Tunis. Talks began Monday morning.)',
  ],
  ['هل انتهت الأزمة؟ لا أحد يعرف!', ['هل انتهت الأزمة؟', 'لا أحد يعرف!'], 'Arabic question mark and exclamation'],
  ['بلغت النسبة 3.5 بالمائة وارتفعت إلى ٣٫٥ مرة أخرى.', ['بلغت النسبة 3.5 بالمائة وارتفعت إلى ٣٫٥ مرة أخرى.'], 'no cut inside 3.5 or ٣٫٥'],
  ['قال د. محمد الهادي إن الوضع مستقر.', ['قال د. محمد الهادي إن الوضع مستقر.'], 'no cut after the abbreviation د. (Dr)'],
  ['حاضر أ. سامي في الجامعة. ثم غادر.', ['حاضر أ. سامي في الجامعة.', 'ثم غادر.'], 'no cut after أ. (Prof.)'],
  ['وقع ذلك سنة 2017 م. وتواصل بعدها.', ['وقع ذلك سنة 2017 م.', 'وتواصل بعدها.'], 'a year followed by م. (AD) ends the sentence'],
  // «worth 12 million dinars. The debts also include …»
  ['بقيمة 12 م د. وتشمل الديون وزارة التجهيز.', ['بقيمة 12 م د.', 'وتشمل الديون وزارة التجهيز.'], 'an amount in م د (million dinars) ends the sentence'],
  [
    'وقال الوزير: «لن نتراجع. سنواصل العمل» مضيفا أن الحكومة ملتزمة.',
    ['وقال الوزير: «لن نتراجع. سنواصل العمل» مضيفا أن الحكومة ملتزمة.'],
    'a quoted sentence does not cut the sentence around it',
  ],
  [
    'وأضاف: “الوضع صعب. لكننا متفائلون” ثم غادر القاعة. وانتهى الاجتماع.',
    ['وأضاف: “الوضع صعب. لكننا متفائلون” ثم غادر القاعة.', 'وانتهى الاجتماع.'],
    'curly quotes',
  ],
  ['قال "انتهى الأمر. لا عودة" وغادر.', ['قال "انتهى الأمر. لا عودة" وغادر.'], 'straight quotes'],
  [
    'وقال الجموسي "نسعى إلى ترسيخ البعد العربي." وأضاف أن المهرجان سنوي.',
    ['وقال الجموسي "نسعى إلى ترسيخ البعد العربي."', 'وأضاف أن المهرجان سنوي.'],
    'a stop right before the closing quote ends the sentence after the quote',
  ],
  ['قال: «لن نتراجع؟!» ثم صمت.', ['قال: «لن نتراجع؟!»', 'ثم صمت.'], 'stops before a closing guillemet'],
  [
    // «He added, in the programme "Why so?" on Jawhara FM, that cheating fell»: a short title in marks after a noun of a work.
    'وأضاف في برنامج "علاش هكا؟" على "الجوهرة أف أم" أن حالات الغش تراجعت. وأوضح أن القانون جديد.',
    ['وأضاف في برنامج "علاش هكا؟" على "الجوهرة أف أم" أن حالات الغش تراجعت.', 'وأوضح أن القانون جديد.'],
    'a question mark that ends a title in marks does not end the sentence',
  ],
  ['«بداية بلا نهاية. ونص مقتبس', ['«بداية بلا نهاية.', 'ونص مقتبس'], 'an unclosed quote is ignored'],
  ['العنوان الأول\nالفقرة الثانية بلا نقطة', ['العنوان الأول', 'الفقرة الثانية بلا نقطة'], 'a line break ends the sentence'],
  ['انتظروا... ثم جاء الخبر!! (وهو مفرح.) انتهى', ['انتظروا...', 'ثم جاء الخبر!!', '(وهو مفرح.)', 'انتهى'], 'runs of stops, closing bracket'],
  ['Le président a dit. Mr. Smith agreed.', ['Le président a dit.', 'Mr. Smith agreed.'], 'Latin text and Mr.'],
  ['زار U.S. وفد أمس.', ['زار U.S. وفد أمس.'], 'Latin initials'],
  [
    'قالت شبكة (سي.إن.إن) إنها أنهت العقد. وأضافت أ.ف.ب أن 1300 م.د رصدت لإذاعة دريم أف.أم. وأدان ذلك بشدة.وفي مكة المكرمة، أدان الخطيب الهجوم.',
    ['قالت شبكة (سي.إن.إن) إنها أنهت العقد.', 'وأضافت أ.ف.ب أن 1300 م.د رصدت لإذاعة دريم أف.أم.', 'وأدان ذلك بشدة.', 'وفي مكة المكرمة، أدان الخطيب الهجوم.'],
    'stops inside dotted acronyms (CNN, AFP, million dinars, FM) end no sentence; a stop glued to a longer word still does (thirty-eighth round)',
  ],
  [
    // «A photo posted on Twitter by the local station (WSB) showed barrels»: «دبليو» (W) is a Latin letter's name of five letters.
    'وأظهرت صورة منشورة لمحطة (دبليو.إس.بي) التلفزيونية براميل. وأغلقت الطريق.',
    ['وأظهرت صورة منشورة لمحطة (دبليو.إس.بي) التلفزيونية براميل.', 'وأغلقت الطريق.'],
    'a Latin letter\'s name of any length is a piece of a dotted acronym (fifty-fourth round)',
  ],
];

test('sentences: table of real phrases', () => {
  for (const [text, expected, gloss] of SENTENCES) assert.deepEqual(sentencesOf(analyzed(text)), expected, gloss);
});

// [text, expected tokens as "text/kind", what it shows]
const TOKENS: [string, string[], string][] = [
  ['قال الرئيس', ['قال/word', 'الرئيس/word'], 'Arabic words'],
  ['١٠٬٠٠٠ دينار و10,000 و 1.5 و٣٫٥', ['١٠٬٠٠٠/number', 'دينار/word', 'و/word', '10,000/number', 'و/word', '1.5/number', 'و/word', '٣٫٥/number'], 'numbers keep their separators'],
  ['5 000 دولار', ['5/number', '000/number', 'دولار/word'], 'space-separated thousands stay two tokens (quantities join them)'],
  ['نسبة 50% و٪٢٠', ['نسبة/word', '50/number', '%/symbol', 'و/word', '٪/symbol', '٢٠/number'], 'percent signs are symbols'],
  ['زوروا https://www.jawharafm.net/ar/article/95، أو www.example.tn.', ['زوروا/word', 'https://www.jawharafm.net/ar/article/95/url', '،/punct', 'أو/word', 'www.example.tn/url', './punct'], 'URLs without trailing punctuation'],
  ['راسلونا: contact.news@radio-tunis.tn', ['راسلونا/word', ':/punct', 'contact.news@radio-tunis.tn/email'], 'e-mail address'],
  ['موقع mosaiquefm.net اليوم', ['موقع/word', 'mosaiquefm.net/url', 'اليوم/word'], 'bare domain'],
  ['#تونس_اليوم #COVID19 @khabar_news', ['#تونس_اليوم/hashtag', '#COVID19/hashtag', '@khabar_news/mention'], 'hashtags and mentions'],
  ['مبروك 👍🏽 👨‍👩‍👧 🇹🇳 ❤️ ☀', ['مبروك/word', '👍🏽/emoji', '👨‍👩‍👧/emoji', '🇹🇳/emoji', '❤️/emoji', '☀/symbol'], 'emoji sequences are one token'],
  ['كَتَبَ الطَّالِبُ', ['كَتَبَ/word', 'الطَّالِبُ/word'], 'harakat stay with their letters'],
  ['جـــديد', ['جـــديد/word'], 'tatweel inside a word'],
  ['Tunis-Carthage l’Etat', ['Tunis/latin', '-/punct', 'Carthage/latin', 'l’Etat/latin'], 'Latin words with an apostrophe'],
  ['تونسTN 2024م', ['تونس/word', 'TN/latin', '2024/number', 'م/word'], 'script changes split tokens'],
];

test('tokens: table of kinds', () => {
  for (const [text, expected, gloss] of TOKENS) {
    const doc = analyzed(text);
    assert.deepEqual(
      doc.tokens.map((t) => `${doc.text.slice(t.start, t.end)}/${t.kind}`),
      expected,
      gloss,
    );
  }
});

test('tokens carry their normalised form', () => {
  const doc = analyzed('أعلنت وزارة الصحة ٣٫٥ ﻻ');
  assert.deepEqual(
    doc.tokens.map((t) => t.norm),
    ['اعلنت', 'وزاره', 'الصحه', '3.5', 'لا'],
  );
});

test('every token kind appears, and segments cover tokens', () => {
  const doc = analyzed('وقال د. سامي: «الوضع مستقر» 3.5% https://a.tn x@y.tn #خبر @a 😀 ،');
  const kinds = new Set<TokenKind>(doc.tokens.map((t) => t.kind));
  for (const kind of ['word', 'latin', 'number', 'punct', 'symbol', 'url', 'email', 'hashtag', 'mention', 'emoji'] as const) {
    if (kind === 'latin') continue; // no Latin word in this text
    assert.ok(kinds.has(kind), kind);
  }
  const wqal = doc.tokens[0]!;
  assert.deepEqual(
    wqal.segments.map((s) => [doc.text.slice(s.start, s.end), s.role]),
    [
      ['و', 'proclitic'],
      ['قال', 'stem'],
    ],
  );
});

test('paragraphs: blank lines and line breaks', () => {
  const text = 'الفقرة الأولى.\n\nالفقرة الثانية.\r\nالفقرة الثالثة.\n';
  const doc = analyzed(text);
  assert.deepEqual(
    doc.paragraphs.map((p) => text.slice(p.start, p.end)),
    ['الفقرة الأولى.', 'الفقرة الثانية.', 'الفقرة الثالثة.'],
  );
  assert.equal(doc.sentences.length, 3);
});

test('sentences never cross paragraphs and tokens lie inside sentences', () => {
  const text = 'قال «بداية\nنهاية» انتهى. ثم\nبعد';
  const result = segmentText(text);
  for (const s of result.sentences) {
    assert.ok(result.paragraphs.some((p) => p.start <= s.start && s.end <= p.end));
  }
  let k = 0;
  for (const t of result.tokens) {
    while (k < result.sentences.length && result.sentences[k]!.end < t.end) k++;
    const s = result.sentences[k]!;
    assert.ok(s.start <= t.start && t.end <= s.end, `token ${text.slice(t.start, t.end)}`);
  }
  assert.deepEqual(tokensOf(analyzed(text)).slice(0, 3), ['قال', '«', 'بداية']);
});

test('tokens serialise to the JSON contract: start, end, kind, norm, segments', () => {
  const doc = analyzed('وبالمدينة 3.5 😀');
  const json = JSON.parse(JSON.stringify(doc.tokens)) as unknown[];
  assert.deepEqual(
    json,
    doc.tokens.map((t) => ({ start: t.start, end: t.end, kind: t.kind, norm: t.norm, segments: t.segments })),
  );
  assert.deepEqual(Object.keys(json[0] as object), ['start', 'end', 'kind', 'norm', 'segments']);
  assert.equal((json[0] as { segments: unknown[] }).segments.length, 4); // و | ب | ال | مدينة
});

test('sentences (thirty-second round): a stop typed after a space between two numbers is a decimal point, not a sentence end', () => {
  // «… that 47 .6 per cent of women suffered violence. She added …»: two sentences, not three.
  const text = 'قالت الوزيرة إن 47 .6 بالمائة من النساء تعرضن للعنف. وأضافت أن القانون جديد.';
  const { sentences } = segmentText(text);
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), ['قالت الوزيرة إن 47 .6 بالمائة من النساء تعرضن للعنف.', 'وأضافت أن القانون جديد.']);
  // (A sentence ending on a number before one that opens on a number keeps its stop: «… عام 2016. 30 شخصا …».)
  const two = 'توفي 12 شخصا عام 2016. 30 شخصا أصيبوا.';
  assert.equal(segmentText(two).sentences.length, 2);
});
