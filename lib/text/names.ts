// Names in running text: capitalised word runs, with titles and roles stripped
// ("Former Dutch Prime Minister Mark Rutte" -> Mark Rutte, "Mr. Stoltenberg" -> Stoltenberg),
// each classified as a person, an organisation, a place or other from general English alone.
import {
  FEMALE_HONORIFICS,
  FEMALE_ROLE_WORDS,
  HONORIFICS,
  MALE_HONORIFICS,
  MALE_ROLE_WORDS,
  NAME_JOINERS,
  NATIONALITIES,
  NEW_ROLE_MODIFIERS,
  NOT_NAMES,
  OBJECT_SPEECH_VERBS,
  ORG_MARKERS,
  PAST_ROLE_MODIFIERS,
  PERSON_ROLE_WORDS,
  PLACE_PREPOSITIONS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  SPEECH_NOUNS,
  SPEECH_VERBS,
} from './lexicon';
import { nameWords, speechWords, type WordSpan } from './tokens';
import { memoByWord } from './word-memo';

export type NameKind = 'person' | 'organisation' | 'place' | 'other';

export interface NameRun {
  words: string[];
  start: number;
  end: number;
  kind: NameKind;
  /** 'f' or 'm' when an honorific or a role says so ("Ms Reinholt", "spokeswoman"). */
  gender?: 'f' | 'm';
  /** Role words the text gives the person beside the name ("governor", "chief", "economist"). */
  roles?: string[];
  /** Whether the words around the name place its role before or after a handover ("the new
   * secretary general, Mark Rutte"; "outgoing chief Jens Stoltenberg"). */
  tense?: 'past' | 'new';
}

interface RawWord {
  w: string;
  start: number;
  end: number;
}

const lower = (word: string) => clean(word).toLowerCase();
// Asked of every word of a text. Lower case never makes a word shorter, so a word longer than
// every honorific (and its full stop) is none: most words are answered by their length alone.
const LONGEST_HONORIFIC = Math.max(...[...HONORIFICS].map((h) => h.length));
const isHonorific = (word: string) => word.length <= LONGEST_HONORIFIC + 1 && HONORIFICS.has(word.replace(/\.$/, '').toLowerCase());

/** Capitalised runs that look like names, left to right. Acronyms (NATO) count as one-word names.
 * `words`: the text's speechWords, when the caller has them. */
export function findNames(text: string, words: WordSpan[] = speechWords(text)): NameRun[] {
  const out: NameRun[] = [];
  const runs = capitalisedRuns(text, words);
  runs.forEach((r, i) => {
    // The name is what follows the last title, role or nationality in the run:
    // "NATO Secretary-General Mark Rutte", "Former Dutch Prime Minister Mark Rutte".
    let k = 0;
    for (let j = 0; j < r.length; j++) if (isTitle(r[j].w)) k = j + 1;
    const kept = r.slice(k);
    if (!kept.length) return;
    const words = kept.map((x) => clean(x.w).replace(/\.$/, ''));
    if (words.some((w) => w.length < 2 && !/^\p{Lu}$/u.test(w)) || /^I['’]/.test(words[0])) return;
    const start = kept[0].start;
    const end = kept[kept.length - 1].start + clean(kept[kept.length - 1].w).replace(/\.$/, '').length;
    const prefix = r.slice(0, k).map((x) => x.w.replace(/\.$/, '').toLowerCase());
    const run: NameRun = { words, start, end, kind: 'other' };
    run.kind = classify(text, run, prefix.some((p) => !NOT_NAMES.has(p)), joinsOrganisation(text, runs, i));
    // An unsettled run may turn out a person across the article (classifyNames): describe it too.
    if (run.kind === 'person' || run.kind === 'other') Object.assign(run, describe(text, run, prefix, r[0].start));
    out.push(run);
  });
  return out;
}

/** Runs of capitalised words (and titles) on one line, not across commas, full stops or a
 * possessive ("Norway's Ingrid Dahl" is a place's person, not one name). */
function capitalisedRuns(text: string, words: WordSpan[]): RawWord[][] {
  const runs: RawWord[][] = [];
  let run: RawWord[] = [];
  let lastEnd = -1;
  for (const { start, end } of nameWords(text, words)) {
    const word = text.slice(start, end);
    const capital = (/^\p{Lu}/u.test(word) && !/^\p{Lu}\.$/u.test(word)) || isHonorific(word);
    const prev = run[run.length - 1];
    if (!capital || (prev && !continuesRun(text.slice(lastEnd, start), prev.w))) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (capital) run.push({ w: word, start, end });
    lastEnd = end;
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Whether a capitalised word after `prev` and `gap` goes on prev's run: on one line, after no
 * full stop but a title's, and no possessive. */
function continuesRun(gap: string, prev: string): boolean {
  return /^[^\S\n]+$/.test(gap) && (!prev.endsWith('.') || isHonorific(prev)) && !/\p{L}['’]s?$/u.test(prev);
}

const hasOrgMarker = (words: string[]) => words.some((w) => isOrgMarker(w));

/** An organisation word, singular or plural ("Bank", "Unions", "Securities"). */
function isOrgMarker(word: string): boolean {
  const w = lower(word);
  return ORG_MARKERS.has(w) || (w.endsWith('s') && ORG_MARKERS.has(w.slice(0, -1)));
}

/** True when run i ends an organisation's name joined by "of", "for" or "and":
 * "Confederation of Veslandic Industry", "Bank of Vesland", "Ministry of Finance". */
function joinsOrganisation(text: string, runs: RawWord[][], i: number): boolean {
  const joined = (a: RawWord[] | undefined, b: RawWord[] | undefined) => {
    if (!a || !b) return false;
    const gap = text.slice(a[a.length - 1].end, b[0].start).trim().toLowerCase().split(/\s+/);
    return gap.length <= 2 && NAME_JOINERS.has(gap[0]) && (gap.length === 1 || gap[1] === 'the');
  };
  // Only what follows an organisation's own word joins it: "Vera Hallin of the Social Democrats" is a person.
  return joined(runs[i - 1], runs[i]) && hasOrgMarker(runs[i - 1].map((x) => x.w));
}

// What may follow a person's name: a speech verb ("Rutte said"), an age (", 58,") or a role in
// apposition (", chief economist at Vestra Bank", ", the party's finance spokeswoman").
const VERBS = [...SPEECH_VERBS].join('|');
// "say" agrees with a plural ("Friends say"): a single person says.
// An apposition may come between: "Okafor, in a grey suit, spoke briefly".
const SPEAKS = new RegExp(`^(?:,[^,.;"“”]{1,60},)?\\s+(?:\\p{L}+ly\\s+)?(?:${[...SPEECH_VERBS].filter((v) => v !== 'say').join('|')})\\b`, 'iu');
const APPOSITION = new RegExp(
  `^,\\s*(?:\\d{1,3}\\s*,|(?:(?!(?:${VERBS})\\b)\\p{L}+['’]?s?\\s+){0,4}?(?:${[...PERSON_ROLE_WORDS].join('|')})\\b)`,
  'iu',
);

// A role the sentence gives its subject: "Mark Rutte became the 14th Secretary General of NATO".
const PREDICATE = new RegExp(
  `^\\s+(?:became|becomes|is|was|will be|has been|took over as|takes over as|served as|serves as)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?(?:${[...PERSON_ROLE_WORDS].join('|')})\\b`,
  'iu',
);

function classify(text: string, run: NameRun, titled: boolean, inOrganisation: boolean): NameKind {
  if (inOrganisation || hasOrgMarker(run.words)) return 'organisation';
  if (run.words.length === 1 && /^\p{Lu}{2,}$/u.test(run.words[0])) return 'organisation';
  if (titled) return 'person';
  const before = text.slice(Math.max(0, run.start - 30), run.start);
  const prev = wordBefore(before).toLowerCase();
  const after = text.slice(run.end);
  if (PERSON_ROLE_WORDS.has(prev) || ROLE_MODIFIERS.has(prev) || HONORIFICS.has(prev) || APPOSITION.test(after)) return 'person';
  // The subject of an inverted attribution: "said Rutte", "according to Stoltenberg".
  const inverted = (SPEECH_VERBS.has(prev) && !OBJECT_SPEECH_VERBS.has(prev)) || /according to\s+$/i.test(before);
  if (inverted && /^\s*(?:[,.;:!?]|$)/.test(after)) return run.words.length === 1 ? 'person' : 'other';
  // "the Kremlin", "the Fed's": a person is not named with "the".
  if (prev === 'the') return 'organisation';
  // "from Victor Hale" after something said ("a statement from", "a letter from") is who wrote it.
  if (PLACE_PREPOSITIONS.has(prev) && !SPEECH_NOUNS.has((/(\p{L}+)\s+from\s+$/u.exec(before)?.[1] ?? '').toLowerCase())) return 'place';
  // "Rutte said" makes a person of one word; longer runs wait for the article ("Support Ukraine said").
  if (run.words.length === 1 && SPEAKS.test(after)) return 'person';
  return 'other';
}

/** The roles and the gender the words around a person's name give: "Governor Tove Reinholt",
 * "Rutte's predecessor, Jens Stoltenberg", "Vera Hallin, the party's finance spokeswoman". */
function describe(text: string, run: NameRun, prefix: string[], runStart: number): Pick<NameRun, 'roles' | 'gender' | 'tense'> {
  // The words before the run's titles: "the presiding judge, Justice Ingrid Sollner".
  const before = lowerWordsBefore(text.slice(Math.max(0, runStart - 40), runStart).replace(/,\s*$/, ' '), 3);
  const apposition = (APPOSITION.exec(text.slice(run.end)) ?? PREDICATE.exec(text.slice(run.end)))?.[0] ?? '';
  // The role in apposition or predicate, with the role words that follow it: ", who took over as
  // chief executive", "became the 14th Secretary General".
  const more = apposition ? rolesFollowing(text, run.end + apposition.length) : [];
  const near = [...prefix, ...before.split(/[\s-]+/), ...(/(\p{L}+)$/u.exec(apposition)?.slice(1) ?? []), ...more].flatMap((w) => w.toLowerCase().split('-'));
  // One pass over the words for all that they say.
  const roleSet = new Set<string>();
  let female = false;
  let male = false;
  let past = false;
  let fresh = false;
  for (const w of near) {
    if (PERSON_ROLE_WORDS.has(w)) roleSet.add(w);
    female ||= FEMALE_HONORIFICS.has(w) || FEMALE_ROLE_WORDS.has(w) || /woman$/.test(w);
    male ||= MALE_HONORIFICS.has(w) || MALE_ROLE_WORDS.has(w) || /(?<!wo)man$/.test(w);
    past ||= PAST_ROLE_MODIFIERS.has(w);
    fresh ||= NEW_ROLE_MODIFIERS.has(w);
  }
  const roles = [...roleSet];
  past &&= roles.length > 0;
  fresh &&= roles.length > 0;
  return {
    ...(roles.length ? { roles } : {}),
    ...(female !== male ? { gender: female ? 'f' : 'm' } : {}),
    ...(past !== fresh ? { tense: past ? 'past' : 'new' } : {}),
  };
}

/** The role words, lower case, that run on from `from` ("chief executive" in ", who took over as
 * chief executive of Vestra"): read word by word up to the first other word. */
function rolesFollowing(text: string, from: number): string[] {
  const roles: string[] = [];
  FOLLOWING_WORD.lastIndex = from;
  for (let m = FOLLOWING_WORD.exec(text); m && PERSON_ROLE_WORDS.has(m[1].toLowerCase()); m = FOLLOWING_WORD.exec(text)) roles.push(m[1].toLowerCase());
  return roles;
}
const FOLLOWING_WORD = /[\s-]+(\p{L}+)/uy;

/** Settles names a single paragraph leaves open, across the whole article: a surname of someone
 * known as a person (here, or a full name in `knownPeople`) is that person ("Rutte" after "Mark Rutte said"); two or more capitalised
 * words are a person unless the first is a common word the article also writes in lower case
 * ("Support Ukraine" beside "support"). */
export function classifyNames(blocks: string[], blockNames: NameRun[][], knownPeople: Iterable<string> = []): void {
  const all = blockNames.flat();
  // One search over the blocks joined by a line break, which no word crosses.
  const lowerWords = new Set(blocks.join('\n').match(/\b\p{Ll}+\b/gu));
  const looksLikePerson = (words: string[]) => !lowerWords.has(words[0].toLowerCase()) && !hasOrgMarker(words);
  const people = new Set(all.filter((n) => n.kind === 'person').map((n) => surname(n.words.join(' '))));
  for (const k of knownPeople) if (k.includes(' ') && looksLikePerson(k.split(' '))) people.add(surname(k));
  // Full names first, so that a surname written before its full name is settled too.
  for (const n of all) {
    if (n.kind === 'other' && n.words.length > 1 && !people.has(surname(n.words.join(' '))) && looksLikePerson(n.words)) {
      n.kind = 'person';
      people.add(surname(n.words.join(' ')));
    }
  }
  for (const n of all) if ((n.kind === 'other' || n.kind === 'place') && people.has(surname(n.words.join(' ')))) n.kind = 'person';
  const many = pluralNames(blocks, blockNames);
  for (const n of all) if ((n.kind === 'other' || n.kind === 'person') && many.has(surname(n.words.join(' ')))) n.kind = 'organisation';
}

// A name the text makes the subject of a plural verb is many people, whatever its form: a team,
// a firm, a band ("Dortmund were unlucky", "Madrid are champions"). Not one of two names joined
// ("Rutte and Stoltenberg were"), nor a condition ("if Rutte were").
const PLURAL_VERB = /^\s+(?:were|are)\b/;
const NOT_ALONE = /(?:\band|\bor|\bnor|&|\bif)\s*$/i;

function pluralNames(blocks: string[], blockNames: NameRun[][]): Set<string> {
  const out = new Set<string>();
  blockNames.forEach((names, b) => {
    const text = blocks[b];
    for (const n of names) {
      if (PLURAL_VERB.test(text.slice(n.end, n.end + 12)) && !NOT_ALONE.test(text.slice(Math.max(0, n.start - 8), n.start))) out.add(surname(n.words.join(' ')));
    }
  });
  return out;
}

// Read backwards from the end of a short text, one character (or surrogate pair) at a time: the
// regular expressions anchored at the end that these replace tried every start in the text.
const LOWER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;
const SEPARATOR = /^[\s-]$/;

/** How many UTF-16 units the character ending at k is, when it passes `test`; 0 when not. */
function charBefore(text: string, k: number, test: RegExp): number {
  const c = text.charCodeAt(k - 1);
  if (c >= 0xdc00 && c <= 0xdfff && k >= 2) return test.test(text.slice(k - 2, k)) ? 2 : 0;
  return k >= 1 && test.test(text[k - 1]) ? 1 : 0;
}

/** The start of the run of characters passing `test` that ends at k. */
function runStart(text: string, k: number, test: RegExp): number {
  for (let n = charBefore(text, k, test); n; n = charBefore(text, k, test)) k -= n;
  return k;
}

/** The last `max` lower-case words that end the text, each with the spaces or hyphens after it
 * ("the presiding judge, " -> "presiding judge "): `((?:\p{Ll}+[\s-]+){0,max})$`. */
export function lowerWordsBefore(text: string, max: number): string {
  let start = text.length;
  for (let units = 0; units < max; units++) {
    const gap = runStart(text, start, SEPARATOR);
    const word = gap < start ? runStart(text, gap, LOWER) : gap;
    if (word === gap) break;
    start = word;
  }
  return text.slice(start);
}

/** The word before the spaces (and a comma) that end the text: `(\p{L}+),?\s+$`. */
export function wordBefore(text: string): string {
  const space = runStart(text, text.length, /^\s$/);
  if (space === text.length) return '';
  const end = text[space - 1] === ',' ? space - 1 : space;
  return text.slice(runStart(text, end, LETTER), end);
}

function clean(word: string): string {
  return word.replace(/\.$/, '').replace(/['’]s$/, '').replace(/['’]$/, '');
}

/** A title or role word, hyphenated ones too ("Secretary-General", "Vice-President"). */
function isRole(word: string): boolean {
  return lower(word)
    .split('-')
    .every((part) => NOT_NAMES.has(part) || ROLE_WORDS.has(part) || ROLE_MODIFIERS.has(part) || HONORIFICS.has(part));
}

function isNationality(word: string): boolean {
  return NATIONALITIES.has(lower(word));
}

/** A word a name's run may open with before the name itself: a role, an honorific or a nationality. */
const isTitle = /* @__PURE__ */ memoByWord((word) => isRole(word) || isHonorific(word) || isNationality(word));

/** The last word of a name, lower-cased, for comparing speakers ("Mark Rutte" ~ "Rutte"). */
export function surname(name: string): string {
  return (name.trim().split(/\s+/).pop() ?? '').toLowerCase();
}

/** Whether two speakers' names can be one person: the same surname, and given names that do
 * not contradict each other. A bare surname, an initial or a title word beside the given name
 * fits ("Rutte", "M. Rutte", "Justice Mark Rutte" ~ "Mark Rutte"); given names with nothing in
 * common are two people of one family ("David Ellison" and "Joanna Ellison"). */
export function samePerson(a: string, b: string): boolean {
  if (surname(a) !== surname(b)) return false;
  const given = (n: string) => n.trim().split(/\s+/).slice(0, -1).map((w) => w.replace(/\.$/, '').toLowerCase());
  const [ga, gb] = [given(a), given(b)];
  const fits = (x: string, y: string) => x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
  return !ga.length || !gb.length || ga.some((x) => gb.some((y) => fits(x, y)));
}

/** A lookup from a name to the fullest form of it among `known` ("Rutte" -> "Mark Rutte"),
 * built once so that many speakers can be looked up cheaply. */
export function fullNames(known: Iterable<string>): (name: string) => string {
  const fullest = new Map<string, string>();
  for (const k of known) {
    const best = fullest.get(surname(k));
    const longer = best ? k.split(' ').length - best.split(' ').length : 1;
    // Of two forms as long, the one not in capitals ("Mark Rutte", not a transcript's "MARK RUTTE").
    if (longer > 0 || (longer === 0 && best === best!.toUpperCase() && k !== k.toUpperCase())) fullest.set(surname(k), k);
  }
  return (name) => {
    const best = fullest.get(surname(name));
    return best && best.split(' ').length > name.split(' ').length ? best : name;
  };
}

/** Maps a one-word name to the fullest name that ends with it among `known`. */
export function fullName(name: string, known: Iterable<string>): string {
  return fullNames(known)(name);
}
