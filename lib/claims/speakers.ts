// Who said a quote (CLAIMS.md §2): the person in the attribution beside it ("Rutte said",
// "said the bank's chief economist, Philip Lane", "Grete Moen, president of …, told"), a pronoun
// ("she added"), or the subject of the clause that introduces it ("Ida Fjeld was blunter: “…”").
// Only a person can be a speaker: "the Confederation of Veslandic Industry said" gives none.
import {
  ANSWER_LABELS,
  AUXILIARY_VERBS,
  DETERMINERS,
  HONORIFICS,
  INDEFINITE_DETERMINERS,
  NOT_NAMES,
  OBJECT_SPEECH_VERBS,
  OPINION_VERBS,
  PERSON_ROLE_WORDS,
  POSSESSIVE_PRONOUNS,
  PRONOUN_GENDER,
  QUESTION_LABELS,
  NEW_ROLE_MODIFIERS,
  PAST_ROLE_MODIFIERS,
  ROLE_MODIFIERS,
  RECALL_VERBS,
  ROLE_PHRASE_PREPOSITIONS,
  ROLE_WORDS,
  SPEAKER_PRONOUNS,
  SPEECH_NOUNS,
  SPEECH_VERBS,
} from '../text/lexicon';
import type { NameRun } from '../text/names';
import { speechWordsIn, type WordSpan } from '../text/tokens';

export interface Attribution {
  /** The person as written ("Rutte", "Jens Stoltenberg"), or null for a pronoun. */
  name: string | null;
  /** The pronoun when the attribution is one ("she added"), for matching a woman or a man. */
  pronoun?: string;
  /** The role when the attribution names only that ("the governor said"). */
  role?: string;
  /** Whether that role is named as before or after a handover ("the departing chief said"). */
  tense?: 'past' | 'new';
  /** True when the attribution is right beside the quote ("…," Rutte said). */
  adjacent: boolean;
  /** Someone unnamed ("one trader said", "a fund manager said"): no person to report. */
  anonymous?: boolean;
  /** The words are passed on by someone else ("recalled her grandfather's advice: …"): the
   * attribution is the person recalled, not the one recalling. */
  recalled?: boolean;
  /** The possessive before a role ("her predecessor"): the role's holder is not its owner. */
  owned?: boolean;
}

interface Word {
  w: string;
  start: number;
  end: number;
}

/** The words of text[from, to), from the block's speech words (the reading's). */
function wordsOf(text: string, blockWords: WordSpan[], from: number, to: number): Word[] {
  return speechWordsIn(text, blockWords, from, to).map(({ start, end }) => ({ w: text.slice(start, end).replace(/\.$/, '').toLowerCase(), start, end }));
}

const isPerson = (n: NameRun | undefined): n is NameRun => n?.kind === 'person';
const nameAt = (names: NameRun[], at: number) => names.find((n) => at >= n.start && at < n.end);
const possessive = (text: string, n: NameRun) => /^['’]s?\b/.test(text.slice(n.end));

type Subject = { name: NameRun } | { pronoun: string } | { role: string; tense?: 'past' | 'new'; owned?: boolean } | { anonymous: string } | null;

const isRoleWord = (w: string) => w.split('-').every((p) => PERSON_ROLE_WORDS.has(p));
const isPossessive = (w: string) => /['’]s?$/.test(w) || POSSESSIVE_PRONOUNS.has(w);

/** A role standing for a person, ending at words[i]: "the governor", "his predecessor", "the new
 * alliance chief", or someone unnamed ("a senior diplomat"), whose phrase is the speaker. */
function roleEndingAt(words: Word[], i: number): Subject {
  if (!isRoleWord(words[i].w)) return null;
  let j = i - 1;
  let others = 0;
  while (j >= 0 && (isRoleWord(words[j].w) || ROLE_MODIFIERS.has(words[j].w) || (others++ < 2 && !DETERMINERS.has(words[j].w) && !isPossessive(words[j].w) && !INDEFINITE_DETERMINERS.has(words[j].w)))) j--;
  if (j < 0) return null;
  if (INDEFINITE_DETERMINERS.has(words[j].w)) return { anonymous: words.slice(j, i + 1).map((w) => w.w).join(' ') };
  if (!DETERMINERS.has(words[j].w) && !isPossessive(words[j].w)) return null;
  const between = words.slice(j + 1, i).map((w) => w.w);
  const tense = between.some((w) => PAST_ROLE_MODIFIERS.has(w)) ? 'past' : between.some((w) => NEW_ROLE_MODIFIERS.has(w)) ? 'new' : undefined;
  return { role: words[i].w, ...(tense ? { tense } : {}), ...(isPossessive(words[j].w) ? { owned: true } : {}) };
}

const AUXILIARY = new RegExp(`(?:\\s(?:used to|${[...AUXILIARY_VERBS].join('|')}))+\\s+$`, 'u');

/** The subject of the speech verb starting at `verb`: the person, pronoun or role nearest before
 * it, right beside it ("Rutte said", "she also told", "the governor added") or before an
 * apposition ("Olav Tennberg, chief economist at Vestra Bank, said"). Organisations in between
 * are passed over. */
function subjectBefore(text: string, blockWords: WordSpan[], from: number, verb: number, names: NameRun[]): Subject {
  const words = wordsOf(text, blockWords, from, verb);
  for (let i = words.length - 1; i >= 0 && i >= words.length - 30; i--) {
    const word = words[i];
    const name = nameAt(names, word.start);
    const end = name ? name.end : word.end;
    // An auxiliary before the verb belongs to it: "he would tell her", "who…, used to tell her".
    const gap = text.slice(end, verb).replace(AUXILIARY, ' ');
    // A name in apposition is beside the verb too: "the returning officer, Simon Achterberg, told".
    const appositive = /^,\s*$/.test(gap) && !!name && /,\s*$/.test(text.slice(0, name.start));
    const beside = appositive || /^\s+(?:\p{L}+ly\s+|also\s+|then\s+)?$/u.test(gap) || /^,(?:[^"“”«»„.!?]|[.!?](?!\s))*,\s*$/u.test(gap);
    if (!beside) continue;
    if (SPEAKER_PRONOUNS.has(word.w)) return { pronoun: word.w };
    if (isPerson(name) && !possessive(text, name)) return { name };
    const role = name ? null : roleEndingAt(words, i);
    if (role) return role;
  }
  return null;
}

/** The speaker after the verb: "said Olav Tennberg", "said the bank's chief economist, Philip
 * Lane", "said Vestra Bank chief economist Olav Tennberg", "according to Mr. Rutte", or only a
 * role ("added the governor"). Articles, possessives, organisations, roles and a few words
 * qualifying a role are passed over. */
function speakerAfter(text: string, blockWords: WordSpan[], verbEnd: number, to: number, names: NameRun[]): Subject {
  let qualifiers = 0;
  // Where the last qualifying word stands.
  let lastQualifier = -1;
  let role: Subject = null;
  const words = wordsOf(text, blockWords, verbEnd, to).slice(0, 14);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const name = nameAt(names, word.start);
    if (isPerson(name)) {
      // One word may describe the person right before the name: "said pensioner Doreen Falk, 78".
      const described = qualifiers === 1 && lastQualifier === i - 1 && /^\s*(?:[,.;:]|$)/.test(text.slice(name.end, name.end + 2));
      return qualifiers && !described ? null : { name };
    }
    if (name) continue;
    if (SPEAKER_PRONOUNS.has(word.w)) return { pronoun: word.w };
    if (isRoleWord(word.w)) {
      qualifiers = 0;
      role = roleEndingAt(words, i) ?? role;
    } else if (DETERMINERS.has(word.w) || HONORIFICS.has(word.w) || ROLE_MODIFIERS.has(word.w) || ROLE_PHRASE_PREPOSITIONS.has(word.w) || isPossessive(word.w)) continue;
    else if (++qualifiers > 2) break;
    else lastQualifier = i;
    // A clause ends the search: "said on Tuesday that …" has no speaker after the verb.
    if (/[.;:!?"“”]/.test(text.slice(word.end, word.end + 1))) break;
  }
  return role;
}

function toAttribution(found: Subject, adjacent: boolean): Attribution | null {
  if (!found) return null;
  if ('name' in found) return { name: found.name.words.join(' '), adjacent };
  if ('anonymous' in found) return { name: null, anonymous: true, adjacent };
  if ('pronoun' in found) return { name: null, pronoun: found.pronoun, adjacent };
  return { name: null, role: found.role, ...(found.tense ? { tense: found.tense } : {}), ...(found.owned ? { owned: true } : {}), adjacent };
}

const firstVerb = (words: Word[]) => words.findIndex((w) => SPEECH_VERBS.has(w.w));

/** Attribution in the text after a quote: "…," Rutte said / said Mr. Rutte / he added /
 * Grete Moen, president of the union federation, told reporters. */
export function attributionAfter(text: string, blockWords: WordSpan[], from: number, to: number, names: NameRun[], endsSentence = false): Attribution | null {
  const words = wordsOf(text, blockWords, from, to).slice(0, 30);
  const v = firstVerb(words);
  // After a quote that ends its sentence, the next sentence attributes it only from its start
  // ("…." Rutte said), not from a clause of its own ("…." Nothing in it, she said, had…).
  if (v < 0 || (endsSentence && v > 3)) return null;
  const before = subjectBefore(text, blockWords, from, words[v].start, names);
  if (before) return toAttribution(before, true);
  return v <= 3 ? toAttribution(speakerAfter(text, blockWords, words[v].end, to, names), true) : null;
}

/** Attribution in the text before a quote: Rutte said: "…" / He said he wanted "…" /
 * Ida Fjeld was blunter in a note to clients: "…" / His answer: "…". */
export function attributionBefore(text: string, blockWords: WordSpan[], from: number, to: number, names: NameRun[]): Attribution | null {
  const words = wordsOf(text, blockWords, from, to);
  const v = firstVerb(words);
  if (v >= 0) {
    // The speech verb nearest the quote whose subject the text gives: in "Arkwell said her
    // grandfather used to tell her: …" the words are the grandfather's.
    for (let i = words.length - 1; i > v; i--) {
      if (!SPEECH_VERBS.has(words[i].w) || words[i].w === 'according') continue;
      const found = subjectBefore(text, blockWords, from, words[i].start, names);
      if (found) return toAttribution(found, /^[\s:,]*$/.test(text.slice(words[i].end, to)));
    }
    const found = subjectBefore(text, blockWords, from, words[v].start, names) ?? speakerAfter(text, blockWords, words[v].end, to, names);
    return toAttribution(found, /^[\s:,]*$/.test(text.slice(words[v].end, to)));
  }
  // No speech verb, but a clause that ends in a colon introduces the quote: its subject speaks.
  if (!/:\s*$/.test(text.slice(from, to))) return null;
  for (let i = 0; i < Math.min(words.length, 4); i++) {
    const name = nameAt(names, words[i].start);
    if (isPerson(name)) return { name: name.words.join(' '), adjacent: true };
    if (SPEAKER_PRONOUNS.has(words[i].w) || POSSESSIVE_PRONOUNS.has(words[i].w)) return { name: null, pronoun: words[i].w, adjacent: true };
    if (name) return null;
    const role = roleEndingAt(words, i);
    if (role) return toAttribution(role, true);
  }
  return null;
}

const bare = (w: Word): Word => ({ ...w, w: w.w.replace(/['’]s?$/, '') });

/** The person whose words the clause introducing a quote passes on: "recalled the advice her
 * predecessor, Edwin Strachan, gave her:", "read a statement from Hale:", "recalled her
 * grandfather's advice:", "She recalled the advice he gave her:" (a pronoun other than the
 * recaller's). It needs a recall verb and, after it, something said (a speech noun or verb):
 * "Rutte recalled meeting Trump:" stays Rutte's own words. */
export function recalledAttribution(text: string, blockWords: WordSpan[], from: number, to: number, names: NameRun[]): Attribution | null {
  if (!/[:,]\s*$/.test(text.slice(from, to))) return null;
  const words = wordsOf(text, blockWords, from, to).map(bare);
  const v = words.findIndex((w) => RECALL_VERBS.has(w.w));
  const after = words.slice(v + 1);
  if (v < 0 || !after.some((w) => SPEECH_NOUNS.has(w.w) || SPEECH_VERBS.has(w.w))) return null;
  // A person right after "telling" or "told" is who was spoken to.
  const addressed = (n: NameRun) => OBJECT_SPEECH_VERBS.has(words.findLast((w) => w.end <= n.start)?.w ?? '');
  const person = after.map((w) => nameAt(names, w.start)).find((n) => isPerson(n) && !addressed(n));
  if (person) return { name: person.words.join(' '), adjacent: true, recalled: true };
  for (let i = v + 1; i < words.length; i++) {
    const role = roleEndingAt(words, i);
    if (role && 'role' in role) return { ...toAttribution(role, true)!, recalled: true };
  }
  // "She recalled the advice he gave her": a pronoun of the other gender than the recaller's.
  const recaller = PRONOUN_GENDER[words.slice(0, v).findLast((w) => SPEAKER_PRONOUNS.has(w.w))?.w ?? ''];
  const other = after.find((w) => PRONOUN_GENDER[w.w] && PRONOUN_GENDER[w.w] !== recaller);
  if (other && recaller) return { name: null, pronoun: other.w, adjacent: true, recalled: true };
  // Someone else's words, but whose the text does not make clear ("read a statement on his behalf").
  return other ? { name: null, adjacent: true, recalled: true } : null;
}

/** People who are the subject of a speech verb in narrative text: "Rutte told reporters",
 * "Grete Moen, president of the union federation, said lower costs were no substitute", "Vera
 * Hallin has been quick to turn the decision against the government, arguing that …". */
export function reportedSpeakers(text: string, blockWords: WordSpan[], names: NameRun[]): NameRun[] {
  const subjects = new Set(sentenceSubjects(text, names));
  return names.filter((n) => {
    if (!isPerson(n) || possessive(text, n)) return false;
    const m = /^(?:,[^"“”«»„.]{0,160}?,)?\s+(?:\p{L}+ly\s+|also\s+)?(\p{Ll}+)/u.exec(text.slice(n.end));
    if (m && (SPEECH_VERBS.has(m[1]) || OPINION_VERBS.has(m[1])) && m[1] !== 'according') return true;
    const sentence = /^[^.!?"“”«»„]*/u.exec(text.slice(n.end))![0];
    return subjects.has(n) && wordsOf(text, blockWords, n.end, n.end + sentence.length).some((w) => (SPEECH_VERBS.has(w.w) || OPINION_VERBS.has(w.w)) && w.w !== 'according');
  });
}

// The words from the last sentence end to a name; only an honorific's full stop is inside them.
const SENTENCE_OPENING = new RegExp(`[.!?]["”’]?\\s+((?:(?:${[...HONORIFICS].join('|')})\\.\\s+|[\\p{L}\\p{N}'’-]+\\s+)*)$`, 'iu');

/** People who open a sentence as its subject ("Finance Minister Jonas Ekholt welcomed the
 * decision."): the person a following "he said" most likely means. Possessives are not subjects
 * ("Prime Minister Karin Strand's coalition"). */
export function sentenceSubjects(text: string, names: NameRun[]): NameRun[] {
  return names.filter((n) => {
    if (!isPerson(n) || possessive(text, n)) return false;
    // Only the text just before the name is looked at: a sentence start, then titles at most.
    const from = Math.max(0, n.start - 80);
    const m = SENTENCE_OPENING.exec((from === 0 ? '. ' : '') + text.slice(from, n.start));
    // Only titles, roles and an age may stand before the subject ("Former Dutch minister Karin
    // Verbeek", "The 57-year-old Rutte");
    // "Of Kamala Harris he was warm" has a preposition there, and no subject.
    const title = (w: string) =>
      ROLE_WORDS.has(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase()) || DETERMINERS.has(w.toLowerCase()) || /^\p{N}/u.test(w) || (/^\p{Lu}/u.test(w) && !NOT_NAMES.has(w.toLowerCase()));
    return !!m && m[1].split(/\s+/).filter(Boolean).every(title);
  });
}

// A transcript's speaker label opening a paragraph: "MARK RUTTE: …", "Q: …", "NATO Secretary
// General: …". What follows starts a sentence; a note in brackets after the label is passed over.
const LABEL = /^\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*)(?:\s*\([^()]{0,80}\))?:\s+(?=["“‘]?\p{Lu})/u;

export interface SpeakerLabel {
  /** Where the speech after the label starts. */
  end: number;
  /** True for a question from the floor: not a claim of anyone's. */
  question: boolean;
  attribution: Attribution | null;
}

/** The speaker label that opens a paragraph, if any: a person ("MARK RUTTE" -> Mark Rutte), a role
 * ("NATO Secretary General" -> whoever the article named so), a question or an answer. */
export function speakerLabel(text: string): SpeakerLabel | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  const words = m[1].split(/\s+/).map((w) => w.toLowerCase());
  const end = m[0].length;
  if (words.length === 1 && QUESTION_LABELS.has(words[0])) return { end, question: true, attribution: null };
  if (words.length === 1 && ANSWER_LABELS.has(words[0])) return { end, question: false, attribution: null };
  const lastRole = words.map((w) => w.split('-').every((p) => ROLE_WORDS.has(p))).lastIndexOf(true);
  const name = words.slice(lastRole + 1).map((w) => w.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
  if (name.length) return { end, question: false, attribution: { name: name.join(' '), adjacent: true } };
  return { end, question: false, attribution: { name: null, role: words[lastRole].split('-').pop(), adjacent: true } };
}
