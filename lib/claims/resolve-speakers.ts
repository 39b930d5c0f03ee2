// Who speaks a quote whose attribution does not name its speaker (CLAIMS.md §2), read from the
// whole text as a reader does: a pronoun or no attribution at all is whom the sentences just
// before are about; a role is the person the page gives that role; passed-on words are the
// person recalled. When the text does not make it clear, nobody (null) rather than a guess.
import { PRONOUN_GENDER } from '../text/lexicon';
import { fullNames, type NameRun } from '../text/names';
import type { Reading } from '../text/reading';
import { splitSentences } from '../text/sentences';
import { reportedSpeakers, type Attribution } from './speakers';
import { sentenceSubject } from './subjects';

export interface Utterance {
  block: number;
  parts: [number, number][];
  attribution: Attribution | null;
  /** Offset in the whole article, for resolving pronouns by what was named before. */
  at: number;
  /** Where the utterance's sentence ends, attribution included, in the whole article. */
  until: number;
}

interface Mention {
  name: string;
  at: number;
  block: number;
}

/** A person with, for a sentence's subject, where it stands and how (sentenceSubject). */
type Referent = { name: string; at?: number; opens?: boolean; owner?: boolean } | { pronoun: string } | { anonymous: true };

interface Clause {
  block: number;
  start: number;
  end: number;
  /** The person or pronoun the sentence opens with. */
  subject: Referent | null;
  /** Where that subject stands, in the whole article. */
  subjectAt: number;
}

// A reader looks back this far for whom a pronoun means: sentences, and paragraphs.
const MAX_SENTENCES_BACK = 8;
const MAX_BLOCKS_BACK = 2;

/** The blocks' sentences with their subjects (`people`: those named outside quotations), quotations
 * blanked but for their first letter (which says whether a sentence starts there) so that their
 * sentence ends do not count. */
function clausesOf(blocks: string[], offsets: number[], quoted: [number, number][][], people: NameRun[][]): Clause[] {
  return blocks.flatMap((text, b) => {
    let masked = text;
    for (const [open, close] of quoted[b]) masked = masked.slice(0, open + 2) + ' '.repeat(Math.max(0, close - open - 2)) + masked.slice(close);
    return splitSentences(masked).map((s) => {
      const found = sentenceSubject(masked, s.start, s.end, people[b]);
      const subjectAt = found && 'name' in found ? offsets[b] + found.name.start : offsets[b] + s.start;
      const subject = found && ('name' in found ? { name: found.name.words.join(' '), at: subjectAt, opens: found.opens, owner: found.owner } : found);
      return { block: b, start: offsets[b] + s.start, end: offsets[b] + s.end, subject, subjectAt };
    });
  });
}

/** The roles, genders and handover tenses the page gives people, by their fullest name (two of a
 * family share a surname: "Jana Petrik, 67, and her husband, Tomas Petrik"). */
function peopleOf(people: NameRun[][], offsets: number[], full: (name: string) => string) {
  const key = (n: NameRun) => full(n.words.join(' '));
  const gender = new Map<string, 'f' | 'm'>();
  const roles = new Map<string, Set<string>>();
  const tense = new Map<string, 'past' | 'new'>();
  for (const n of people.flat()) {
    if (n.gender) gender.set(key(n), n.gender);
    if (n.tense) tense.set(key(n), n.tense);
    for (const r of n.roles ?? []) roles.set(key(n), (roles.get(key(n)) ?? new Set()).add(r));
  }
  const mentions: Mention[] = people.flatMap((names, i) => names.map((n) => ({ name: n.words.join(' '), at: offsets[i] + n.start, block: i })));
  return { gender, roles, tense, mentions };
}

type Salient = (s: { name: string; at?: number; owner?: boolean }) => boolean;

/** Whether a subject is someone a pronoun may mean: a person the article gives voice to (quoted,
 * or reported as saying something), the person it names most often, or one introduced right there
 * (first named, not as a possessive) — rather than someone named in passing. */
function salienceOf(reading: Reading, people: NameRun[][], utterances: Utterance[], mentions: Mention[], full: (name: string) => string): Salient {
  const speaking = new Set([
    ...utterances.flatMap((u) => (u.attribution?.name ? [full(u.attribution.name)] : [])),
    ...reading.blocks.flatMap((b, i) => reportedSpeakers(b, reading.words[i], people[i]).map((n) => full(n.words.join(' ')))),
  ]);
  const firstAt = new Map<string, number>();
  const count = new Map<string, number>();
  for (const m of mentions) {
    if (!firstAt.has(full(m.name))) firstAt.set(full(m.name), m.at);
    count.set(full(m.name), (count.get(full(m.name)) ?? 0) + 1);
  }
  const most = Math.max(0, ...count.values());
  return (s) => s.at === undefined || speaking.has(full(s.name)) || (most > 1 && count.get(full(s.name)) === most) || (!s.owner && firstAt.get(full(s.name)) === s.at);
}

/** Reading back from a position through the sentences' subjects; `spoken` holds what each
 * sentence with a quote is about once the quote is resolved: its speaker. */
function subjectWalk(clauses: Clause[], spoken: Map<number, Referent>, salient: Salient) {
  const clauseAt = (at: number) => Math.max(0, clauses.findIndex((c) => at < c.end));

  /** The people the sentences before `at` are about, nearest first (the quote's own sentence only
   * when a person opens it before the quote: "Asked whether Trump worried him, the chief said"
   * is not about Trump). */
  function* recentSubjects(at: number): Generator<Referent> {
    const ci = clauseAt(at);
    const own = clauses[ci];
    if (own?.subject && 'opens' in own.subject && own.subject.opens && own.subjectAt < at) yield own.subject;
    for (let i = ci - 1; i >= 0 && i >= ci - MAX_SENTENCES_BACK && clauses[i].block >= (own?.block ?? 0) - MAX_BLOCKS_BACK; i--) {
      const s = spoken.get(i) ?? clauses[i].subject;
      if (s) yield s;
    }
  }

  /** Whom the text before `at` is about, among people who pass `ok`: the nearest salient subject,
   * or one that sentences after it went on about with a pronoun ("For Calloway, the night was
   * painful. She arrived…"), else the nearest subject at all. Someone unnamed there leaves the
   * speaker unknown; `skip` passes over the nearest ones (a role's owner). */
  function subjectBefore(at: number, ok: (name: string) => boolean, skip = 0): string | null | undefined {
    let nearest: string | undefined;
    let continued = false;
    for (const s of recentSubjects(at)) {
      if ('anonymous' in s) return nearest ?? null;
      if ('pronoun' in s) continued ||= s.pronoun !== '';
      if (!('name' in s) || !ok(s.name) || skip-- > 0) continue;
      if (continued || salient(s)) return s.name;
      nearest ??= s.name;
    }
    return nearest;
  }

  return { clauseAt, subjectBefore };
}

/** A resolver of each utterance's speaker, called in reading order (a quote resolved is what its
 * sentence is about for the next). */
export function speakerResolver(reading: Reading, quoted: [number, number][][], utterances: Utterance[], knownNames: string[]) {
  const { blocks, offsets, names: blockNames } = reading;
  const people = blockNames.map((names, b) => names.filter((n) => n.kind === 'person' && !quoted[b].some(([o, c]) => n.start > o && n.end <= c)));
  const full = fullNames([...people.flat().map((n) => n.words.join(' ')), ...knownNames]);
  const { gender, roles, tense, mentions } = peopleOf(people, offsets, full);
  const clauses = clausesOf(blocks, offsets, quoted, people);
  const withRoles = mentions.filter((m) => roles.has(full(m.name)));
  const spoken = new Map<number, Referent>();
  const { clauseAt, subjectBefore } = subjectWalk(clauses, spoken, salienceOf(reading, people, utterances, mentions, full));
  const fitsGender = (g: 'f' | 'm' | undefined) => (name: string) => !g || (gender.get(full(name)) ?? g) === g;

  const lastMention = (at: number, ok: (name: string) => boolean) =>
    mentions.findLast((m) => m.at < at && m.block >= blockOf(at) - MAX_BLOCKS_BACK && ok(m.name))?.name;
  const blockOf = (at: number) => clauses[clauseAt(at)]?.block ?? 0;

  /** The person the page gives a role ("the coach" -> "her coach, Joaquim Merle"); for a role
   * nobody is given, whom the text is about, but never the role's owner ("her predecessor"). */
  function roleHolder(a: Attribution, at: number): string | null | undefined {
    const sameTense = (name: string) => !a.tense || (tense.get(full(name)) ?? a.tense) === a.tense;
    const holder = withRoles.findLast((m) => m.at < at && roles.get(full(m.name))!.has(a.role!) && sameTense(m.name));
    if (holder) return holder.name;
    // Words passed on from someone the page never names ("read out her father's words"): nobody.
    if (a.recalled) return null;
    return subjectBefore(at, sameTense, a.owned ? 1 : 0) ?? (a.tense ? lastMention(at, sameTense) : undefined);
  }

  function resolve(u: Utterance): string | null {
    const a = u.attribution;
    if (a?.anonymous) return null;
    if (a?.name) return full(a.name);
    if (a?.role) return roleHolder(a, u.at) ?? null;
    const g = PRONOUN_GENDER[a?.pronoun ?? ''];
    // Words passed on by someone of the other gender: the last such person named before them;
    // by someone the text leaves unclear ("on his behalf", said of another man): nobody.
    if (a?.recalled) return (g && lastMention(u.at, (n) => gender.get(full(n)) === g)) || null;
    const found = subjectBefore(u.at, fitsGender(g));
    const name = found === undefined ? lastMention(u.at, fitsGender(g)) : found;
    // A person the text calls "she" is a woman from here on.
    if (name && g && !gender.has(full(name))) gender.set(full(name), g);
    return name ?? null;
  }

  return (u: Utterance): string | null => {
    const name = resolve(u);
    const ci = clauseAt(u.at);
    if (!u.attribution?.recalled && !spoken.has(ci)) spoken.set(ci, u.attribution?.anonymous ? { anonymous: true } : name ? { name } : { pronoun: '' });
    return name && full(name);
  };
}
