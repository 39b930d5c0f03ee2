// Figure claims (CLAIMS.md §3): a number with what it counts: value, unit, the counted noun and
// the words of its clause, so that figures compare only when their subjects match.
import {
  AUXILIARY_VERBS, CHANGE_VERBS, HONORIFICS, LOWERING_VERBS, RAISING_VERBS, DURATION_SUBJECTS, EVENT_SUBJECTS, NUMBER_NOUN_STOP, NUMBER_WORDS, PHRASE_CONCEPTS, ROLE_WORDS, SCALE_WORDS,
  TENS_WORDS, TENURE_START_VERBS, wordTable,
} from '../text/lexicon';
import type { NameRun } from '../text/names';
import type { NumberMention } from '../text/numbers';
import { quotedRanges } from '../text/quote-spans';
import { readBlocks, type Reading } from '../text/reading';
import { isStopword, plainSpans, wordForm } from '../text/tokens';
import { isChangeSize, isEarlierLevel, subjectPart, wordsByClause } from './change-size';
import { designatorOf, mainDesignator } from './designators';
import type { FigureClaim } from './types';
import { conceptOf } from './concepts';


/** The counted thing: "32-member alliance" counts members; "32 member countries" countries. */
export function headOf(figure: Pick<FigureClaim, 'noun' | 'compound'>): string {
  const { noun } = figure;
  return noun.length ? conceptOf(figure.compound || noun[0] === 'member' ? noun[0] : noun[noun.length - 1]) : '';
}

// Counted spans of time in the smaller unit they compare in: four weeks are 28 days, two hours
// 120 minutes, a day and a half 36 hours (headOf folds the nouns the same way).
const TIME_IN_SMALLER = wordTable<number>({ week: 7, weeks: 7, hour: 60, hours: 60 });

/** A figure's quantity in the unit it compares in: 18 months is 1.5 years, 50 basis points
 * half a percentage point, four weeks 28 days. */
export function measureOf(f: Pick<FigureClaim, 'unit' | 'value'> & { noun?: string[] }): { unit: string; value: number } {
  if (f.unit === 'months') return { unit: 'years', value: f.value / 12 };
  const span = f.unit === 'count' && f.noun?.length ? TIME_IN_SMALLER[f.noun[f.noun.length - 1]] : undefined;
  if (span) return { unit: f.unit, value: f.value * span };
  if (f.unit === 'basis points') return { unit: 'percentage points', value: f.value / 100 };
  return { unit: f.unit, value: f.value };
}

/** What a figure can be found by: its value (as it compares), context words, counted thing
 * (head), subject, person and what it counts one of per thing, each a kind with its word. */
export const FigureKey = { Value: 0, Word: 1, Head: 2, Subject: 3, Person: 4, Per: 5 } as const;
export type FigureKey = (typeof FigureKey)[keyof typeof FigureKey];
export const FIGURE_KEY_KINDS = 6;

export function figureTerms(f: FigureClaim): [FigureKey, string][] {
  const out: [FigureKey, string][] = [[FigureKey.Value, String(measureOf(f).value)]];
  for (const c of new Set(f.context)) out.push([FigureKey.Word, c]);
  const head = headOf(f);
  if (head) out.push([FigureKey.Head, head]);
  if (f.subject) out.push([FigureKey.Subject, f.subject]);
  if (f.person) out.push([FigureKey.Person, f.person]);
  if (f.per) out.push([FigureKey.Per, f.per]);
  return out;
}

const WINDOW = 8;
// A sentence's subject often stands well before its figure ("Stoltenberg, who led the North
// Atlantic Treaty Organization (NATO) for nearly a decade").
const PERSON_WINDOW = 15;

// Words that make a capitalised run an organisation or a place rather than a person.
const NOT_PERSON = /\b(?:Organi[sz]ation|Statistics|Bureau|Authority|Board|Department|Association|Federation|Confederation|Corporation|Treaty|Union|Council|Ministry|Party|Bank|Alliance|Atlantic|Pacific|Sea|Ocean|East|West|North|South|War|Commission|Parliament|Congress|House|Office|Agency|Forces|Army|Court|University|Institute|Group|News|Times|Post|Press)\b/;

export interface FigureOptions {
  /** Keep numbers inside quotes (for corpus sources, whose quoted figures count as evidence). */
  includeQuoted?: boolean;
  /** The blocks' reading (readBlocks), when the caller has it already. */
  reading?: Reading;
}

/** Surnames of the people an article names in full ("Jens Stoltenberg" -> stoltenberg). */
function personSurnames(blocks: string[], blockNames: NameRun[][]): Set<string> {
  const out = new Set<string>();
  for (const [i, b] of blocks.entries()) {
    // A headline in title case ("Mission to Support Ukraine") is no place to learn names from.
    const words = b.split(/\s+/);
    if (words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length * 0.6) continue;
    for (const n of blockNames[i]) {
      const name = n.words.join(' ');
      const full = n.kind !== 'organisation' && n.kind !== 'place' && n.words.length >= 2 && n.words.length <= 3 && !NOT_PERSON.test(name) && !n.words.some((w) => /^\p{Lu}{2,}$/u.test(w));
      // "Mr Rutte": a surname after an honorific counts as well.
      const titled = n.words.length === 1 && HONORIFICS.has(/(\p{L}+)\.?\s+$/u.exec(b.slice(Math.max(0, n.start - 12), n.start))?.[1].toLowerCase() ?? '');
      if (full || titled) {
        out.add(n.words[n.words.length - 1].toLowerCase());
      }
    }
  }
  return out;
}

/** "thousand", "dozen", "ten": words that are quantities themselves. */
const isQuantityWord = (w: string) => w in SCALE_WORDS || w in NUMBER_WORDS || w in TENS_WORDS || w === 'dozen';

/** The content words of a clause as concepts, a phrase that names one thing as that thing. */
function concepts(ws: { w: string }[]): string[] {
  const words = ws.map((w) => w.w.toLowerCase());
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = PHRASE_CONCEPTS.find(([p]) => p.every((w, k) => words[i + k] === w));
    if (phrase) {
      out.push(phrase[1]);
      i += phrase[0].length - 1;
    } else if (!isStopword(words[i]) && !/^\d/.test(words[i]) && words[i].length > 1) out.push(conceptOf(words[i]));
  }
  return out;
}

/** What a figure is of: for a duration what it is the length of (durationSubject); for a year the
 * event its clause names, nearest after it first; for a rate or sum what its clause says moved. */
function subjectOf(m: NumberMention, isDuration: boolean, before: { w: string }[], after: { w: string }[], sentence: string, clauses: () => string[][]): string | null {
  if (isDuration) return durationSubject(m, before, after, sentence);
  if (m.unit === 'year') return [...concepts(after), ...concepts(before).reverse()].find((c) => EVENT_SUBJECTS.has(c)) ?? null;
  return isLevel(m.unit, m.noun) ? movedSubject(clauses()) : null;
}

/** What a duration is the length of. "Ten years after the summit" is the time since an event, of
 * that event (durations of different things never compare); "prime minister for 14 years", "who
 * steered the alliance for a decade" last as long as the clause they close says; else the
 * duration's own noun ("four-year term"), then what follows, then what precedes. */
function durationSubject(m: NumberMention, before: { w: string }[], after: { w: string }[], sentence: string): string | null {
  // "cut by 18 months (to four years and six months)": the size of a change is not its level.
  if (/\bby\s+$/i.test(sentence.slice(Math.max(0, m.start - 4), m.start))) return 'change';
  const own = m.noun.map(conceptOf).filter((c) => DURATION_SUBJECTS.has(c));
  const closes = /\bfor\s+$/i.test(sentence.slice(Math.max(0, m.start - 8), m.start));
  // "for 13 years before moving": what follows "before" comes after; the clause says what lasted.
  const since = closes ? null : /^\s*(after|since|before|ago|later|earlier)\b/i.exec(sentence.slice(m.end, m.end + 12));
  if (since && !own.length) {
    const event = concepts(after).find((c) => EVENT_SUBJECTS.has(c));
    return event ?? `${since[1].toLowerCase()}:${concepts(after.slice(1))[0] ?? ''}`;
  }
  // A role right before "for" names a post held ("prime minister for 14 years"), not one who speaks
  // of another span ("the chief economist expects a hold for two years", "mayor jailed for").
  const role = closes && ROLE_WORDS.has(before[before.length - 2]?.w.toLowerCase() ?? '');
  const clause = [...concepts(before).reverse().filter((c) => DURATION_SUBJECTS.has(c)), ...(role ? ['tenure'] : [])];
  const order = closes ? [...own, ...clause, ...concepts(after)] : [...own, ...concepts(after), ...concepts(before).reverse()];
  return order.find((c) => DURATION_SUBJECTS.has(c)) ?? null;
}

/** "became mayor in 2010", "he took over in 2014": a person's year that starts a tenure. */
function startsTenure(before: { w: string }[], person: boolean): boolean {
  const last = before.slice(-3).map((x) => x.w.toLowerCase());
  const verb = last.some((w) => TENURE_START_VERBS.has(w)) || /\bt(?:ake|akes|aking|ook) over\b/.test(last.join(' '));
  return verb && (person || before.some((x) => /^(?:he|she)$/i.test(x.w)));
}

/** Both ends of a change "from 5.25% to 4.75%" share a rare context word naming the change, so
 * the same change told in other words still finds its figures. */
function fromTo(text: string, mentions: NumberMention[]): Map<NumberMention, string[]> {
  const out = new Map<NumberMention, string[]>();
  mentions.forEach((a, k) => {
    const b = mentions[k + 1];
    if (!b || !/^\s+to\s+$/i.test(text.slice(a.end, b.start))) return;
    const before = text.slice(0, a.start);
    let from: number | undefined;
    if (a.unit === b.unit && /\bfrom\s+$/i.test(before)) from = a.value;
    else from = impliedFrom(before, a, b);
    if (from === undefined) return;
    const change = `${from}>${b.value}`;
    out.set(a, [change]);
    out.set(b, [change]);
  });
  return out;
}

/** The level a change by an amount started from: "cut the rate by half a percentage point to
 * 4.75%" started at 5.25%. Only a rate moved by points, after a verb that says which way. */
function impliedFrom(before: string, by: NumberMention, to: NumberMention): number | undefined {
  const points = by.unit === 'percentage points' ? by.value : by.unit === 'basis points' ? by.value / 100 : undefined;
  if (points === undefined || to.unit !== 'percent' || !/\bby\s+$/i.test(before)) return undefined;
  const verbs = (before.match(/[\p{L}]+/gu) ?? []).slice(-8).map((w) => w.toLowerCase());
  const way = verbs.some((w) => LOWERING_VERBS.has(w)) ? 1 : verbs.some((w) => RAISING_VERBS.has(w)) ? -1 : 0;
  return way ? Number((to.value + way * points).toFixed(6)) : undefined;
}

/** Rates, sums and levels: what they measure is said by their clause, not by a counted noun. */
const isLevel = (unit: FigureClaim['unit'], noun: string[]) =>
  !['count', 'years', 'months', 'age', 'ordinal', 'date', 'year'].includes(unit) || (unit === 'count' && !noun.length);

/** What a rate or sum measures when its clause says it moved or stood: "Retail sales rose 2.6%" ->
 * sales; "Inflation in the country of 3.4 million people slowed to 2.6%" -> inflation. `clauses`:
 * wordsByClause of the text before it. */
function movedSubject(clauses: string[][]): string | null {
  let c = clauses.length - 1;
  let ws = clauses[c];
  let k = ws.length - 1;
  if (/^(?:to|by|from|at)$/.test(ws[k] ?? '')) k--;
  if (!CHANGE_VERBS.has(ws[k] ?? '')) return null;
  // A clause without a subject of its own ("…but has fallen since, reaching 2.6%") goes on from
  // the last that moved with one ("Inflation peaked at 12%").
  for (let verb = k; ; ) {
    const subject = subjectBefore(ws, verb);
    if (subject) return subject;
    const earlier = clauses[--c];
    if (!earlier) return null;
    verb = earlier.findIndex((w) => CHANGE_VERBS.has(w));
    if (verb < 0) return null;
    ws = earlier;
  }
}

/** The head of a clause's first noun phrase before its verb (at `verb`): the phrase's last word
 * before a function word, auxiliaries and adverbs skipped. */
function subjectBefore(ws: string[], verb: number): string | null {
  let k = verb - 1;
  while (k >= 0 && (AUXILIARY_VERBS.has(ws[k]) || /ly$/.test(ws[k]))) k--;
  const phrase: string[] = [];
  for (const w of ws.slice(0, k + 1)) {
    if (!NUMBER_NOUN_STOP.has(w) && !/['’]/.test(w)) phrase.push(w);
    else if (phrase.length) break;
  }
  return phrase.length ? conceptOf(phrase[phrase.length - 1]) : null;
}

/** Figure claims of an article given as blocks. */
export function extractFigures(blocks: string[], options: FigureOptions = {}): FigureClaim[] {
  const out: FigureClaim[] = [];
  const reading = options.reading ?? readBlocks(blocks);
  const blockNames = reading.names;
  const persons = personSurnames(blocks, blockNames);
  const main = mainDesignator(blocks);
  blocks.forEach((text, block) => {
    // A reference note ("[2] Council decision, 26 June 2024.") cites; it claims nothing.
    if (/^\s*\[\d+\]/.test(text)) return;
    const quoted = quotedRanges(reading.quotes[block]);
    const names = blockNames[block];
    let next = 0;
    // The block's last counted noun, for a count that leaves its noun out ("Eleven expected").
    let lastNoun: string[] | null = null;
    for (const [k, sentence] of reading.sentences[block].entries()) {
      // People named in the sentence, by where they stand, for the figure's person.
      // The block's names in this sentence (sentences and names are both in order: one sweep).
      const people: { name: string; at: number }[] = [];
      while (next < names.length && names[next].start < sentence.end) {
        const n = names[next++];
        const last = n.words[n.words.length - 1].toLowerCase();
        if (n.start >= sentence.start && persons.has(last)) people.push({ name: last, at: n.start - sentence.start });
      }
      const mentions = reading.numbers[block][k];
      // Most sentences hold no number: their words are not needed.
      if (!mentions.length) continue;
      const sentenceWords = wordsWithOffsets(sentence.text);
      const changes = fromTo(sentence.text, mentions);
      for (const found of mentions) {
        const m: NumberMention = found.elided && lastNoun ? { ...found, noun: lastNoun } : found;
        if (m.unit === 'count' && m.noun.length) lastNoun = m.noun;
        if (m.elided && !m.noun.length) continue;
        const start = sentence.start + m.start;
        const end = sentence.start + m.end;
        const inQuote = within(quoted, start, end);
        if (inQuote && !options.includeQuoted) continue;
        if (end <= datelineEnd(text)) continue;
        // A semicolon joins two clauses of their own: the figure's words and person are in its one.
        const [from, to] = clauseAround(sentence.text, m.start, m.end);
        const clauseWords = sentenceWords.filter((w) => w.start >= from && w.start < to);
        const i = clauseWords.findIndex((w) => w.start >= m.start);
        const j = clauseWords.findIndex((w) => w.start >= m.end);
        const before = clauseWords.slice(Math.max(0, i - WINDOW), i < 0 ? 0 : i);
        const after = clauseWords.slice(j < 0 ? clauseWords.length : j, (j < 0 ? clauseWords.length : j) + WINDOW);
        const context = [...concepts(before), ...concepts(after), ...(changes.get(found) ?? [])];
        const isDuration = m.unit === 'years' || m.unit === 'months' || (m.unit === 'ordinal' && m.noun[0] === 'year');
        // Only a person within the figure's window is its person ("Joseph Luns, who spent 12 years").
        const near = people.filter((p) => {
          const k = clauseWords.findIndex((w) => w.start >= p.at);
          const reach = isDuration || m.unit === 'year' ? PERSON_WINDOW : WINDOW;
          return p.at >= from && p.at < to && k >= (i < 0 ? clauseWords.length : i) - reach && k <= (j < 0 ? clauseWords.length : j) + WINDOW;
        });
        // An age belongs only to a name right beside it ("the 57-year-old Rutte", "Rutte, 57,").
        const beside = people.filter((p) => {
          const gap = p.at < m.start ? sentence.text.slice(p.at, m.start) : sentence.text.slice(m.end, p.at);
          return /^[\p{L}'’.]*[\s,]*$/u.test(gap.replace(/^\p{Lu}[\p{L}'’]*\s+/u, '').replace(/\bwho (?:is|was)\s+$/, ''));
        });
        // A result is the contest's, never the person's who stands beside it ("Vinicius struck late in a 2-0 win").
        const person =
          m.unit === 'score'
            ? null
            : m.unit === 'age'
              ? (beside[0] ?? null)
              : ([...near].reverse().find((p) => p.at < m.start) ?? near.find((p) => p.at >= m.end));
        // The clauses before a rate or sum, read for what moved and then for the part of it.
        let clauses: string[][] | undefined;
        const clausesBefore = () => (clauses ??= wordsByClause(sentence.text.slice(0, m.start)));
        const subject = subjectOf(m, isDuration, before, after, sentence.text, clausesBefore) ?? (m.unit === 'year' && startsTenure(before, Boolean(person)) ? 'tenure' : null);
        const part = subject && isLevel(m.unit, m.noun) ? subjectPart(clausesBefore().at(-1)!) : undefined;
        out.push({
          kind: 'figure',
          text: text.slice(start, end),
          value: m.value,
          unit: m.unit,
          qualifier: m.qualifier,
          noun: m.noun,
          context: [...new Set(context)],
          subject,
          person: person?.name ?? null,
          quoted: inQuote,
          ...(m.month ? { month: m.month } : {}),
          ...(m.compound ? { compound: true } : {}),
          ...perOf(m, sentence.text),
          ...(isChangeSize(sentence.text, m.start, m.end, m.noun) ? { change: true as const } : isEarlierLevel(sentence.text, m.start, m.end) ? { earlier: true as const } : {}),
          ...(part ? { part } : {}),
          ...designatorOf(sentence.text.slice(from, to), m.start - from, m.end - from, main),
          block,
          ranges: [[start, end]],
        });
      }
    }
  });
  return out;
}

/** "the flags of the 32 member countries": a plural noun before "of the" a count is counted as
 * many times (not "thousands of the 32", nor a measure: "queues of 30 kilometres"). */
function perOf(m: NumberMention, sentence: string): { per?: string } {
  if (m.unit !== 'count' || !m.noun.length) return {};
  const w = /(\p{L}{4,})\s+of\s+(?:the|its|their|all)\s+$/iu.exec(sentence.slice(Math.max(0, m.start - 60), m.start))?.[1].toLowerCase();
  if (!w || !/[^s]s$/.test(w) || isStopword(w) || NUMBER_NOUN_STOP.has(w) || isQuantityWord(w.replace(/s$/, ''))) return {};
  return { per: conceptOf(w) };
}

// A dateline opening a paragraph is furniture, not a claim: "BRUSSELS, Oct 1 (Reuters) - ",
// "Tuesday, October 01, 2024 - ".
const DATELINE = new RegExp(
  '^(?:\\p{Lu}[\\p{Lu} .\'-]{2,30}(?:,[^-–—()]{1,30})?(?:\\s*\\([^)]{1,30}\\))?' +
    '|(?:\\p{L}+day,?\\s+)?\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?(?:\\s*\\([^)]{1,30}\\))?)\\s*[-–—]\\s',
  'u',
);

/** Where a leading dateline ends in a paragraph (0 when there is none). */
function datelineEnd(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}

/** [start, end) of the clause holding [start, end) of a sentence: between the semicolons around it. */
function clauseAround(sentence: string, start: number, end: number): [number, number] {
  const to = sentence.indexOf(';', end);
  return [sentence.lastIndexOf(';', start) + 1, to < 0 ? sentence.length : to];
}

/** True when [start, end) lies inside one of the sorted, disjoint ranges (binary search). */
function within(ranges: [number, number][], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][1] < end) lo = mid + 1;
    else if (ranges[mid][0] > start) hi = mid - 1;
    else return true;
  }
  return false;
}

function wordsWithOffsets(text: string): { w: string; start: number }[] {
  return plainSpans(text).map(({ raw, start }) => ({ w: wordForm(raw), start }));
}
