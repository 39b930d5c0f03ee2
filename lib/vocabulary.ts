import { detectWords, type DetectVocab } from './detect';

// Words common in general news whatever the story: they say nothing about this corpus.
const GENERAL_NEWS = new Set(
  (
    'the a an and or but of to in on at by for with from into over under about as than that this these those ' +
    'there here it its is are was were be been being has have had having do does did will would shall should can ' +
    'could may might must not no he him his she her they them their we us our you your i me my who whom whose which ' +
    'what when where why how all any both each more most other some such only own same so too very just also if ' +
    'because while up out off after before said says say told year years new one two three first last time people ' +
    'state states government president minister prime former world country countries news report reported week ' +
    'month day today tuesday monday wednesday thursday friday saturday sunday official officials leader leaders ' +
    'national international political party election elections war security support us u.s united told added ' +
    'according spokesperson including during since against between among many much well even still now then ' +
    'however would take takes took make makes made group groups public major key new big high long back way ' +
    'expected set continue continues meeting told statement issue issues plan plans part end role next ' +
    // People, places and subjects in the news every week, whatever the story.
    'trump donald harris kamala biden joe putin vladimir zelensky zelenskyy ukraine ukrainian russia russian ' +
    'china chinese europe european washington moscow kyiv kiev israel gaza america american americans ' +
    'presidential candidate candidates campaign vote voters outcome potential defense defence military ' +
    'spending spend budget economy war invasion conflict forces troops countries nations worried concerns ' +
    'support work able know'
  ).split(' '),
);

/** Topic terms from the corpus texts: words and word pairs that most sources use, often, and
 * general news does not; weighted by the share of sources using them and how often they recur. */
export function buildDetectVocab(texts: string[], threshold: number): DetectVocab {
  const df = new Map<string, number>();
  const tf = new Map<string, number>();
  for (const text of texts) {
    const words = detectWords(text);
    const seen = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w.length >= 3 && !GENERAL_NEWS.has(w) && !/^\d/.test(w)) seen.add(w);
      const next = words[i + 1];
      if (next && !GENERAL_NEWS.has(w) && !GENERAL_NEWS.has(next) && w.length >= 3 && next.length >= 3) {
        seen.add(w + ' ' + next);
      }
    }
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
    for (let i = 0; i < words.length; i++) {
      for (const t of [words[i], words[i] + ' ' + words[i + 1]]) if (seen.has(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
    }
  }
  const n = texts.length;
  const minDf = Math.max(2, Math.ceil(n * 0.6));
  const terms: [string, number][] = [...df]
    .filter(([, d]) => d >= minDf)
    .map(([t, d]): [string, number] => {
      const recurrence = Math.min(1, (tf.get(t) ?? 0) / (2 * n));
      return [t, Math.round((d / n) * recurrence * (t.includes(' ') ? 1.5 : 1) * 100) / 100];
    })
    .filter(([, w]) => w >= 0.3)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 40);
  return { terms, threshold };
}
