// Whom a sentence is about (CLAIMS.md §2): its subject when that is a person or a pronoun. A
// pronoun in a later attribution ("…," he said) means the subject of the text just before, which
// is often not the last person quoted or named.
import { DETERMINERS, HONORIFICS, NOT_NAMES, PERSON_ROLE_WORDS, POSSESSIVE_PRONOUNS, ROLE_MODIFIERS, SPEAKER_PRONOUNS } from '../text/lexicon';
import type { NameRun } from '../text/names';

/** `owner`: the person is named only as a possessive ("Karin Strand's coalition"). */
export type SentenceSubject = { name: NameRun; owner: boolean } | { pronoun: string } | null;

// An opening phrase set off by a comma ("Outside the court,", "In a short speech to party
// workers,") is at most this many words.
const MAX_OPENING_WORDS = 8;
// Words of a role phrase that are neither titles nor roles ("the province's rescue chief").
const MAX_ROLE_QUALIFIERS = 2;

const possessive = (text: string, n: NameRun) => /^['’]s?\b/.test(text.slice(n.end));
const lowerWord = (w: string) => w.toLowerCase();

/** A word that may stand before a subject in its own phrase: an article, a possessive, a title,
 * a role or a name ("the presiding judge, Justice", "Daniel Pryce's brother,", "The 27-year-old"). */
function titleWord(w: string): boolean {
  const l = lowerWord(w);
  return (
    DETERMINERS.has(l) ||
    POSSESSIVE_PRONOUNS.has(l) ||
    HONORIFICS.has(l.replace(/\.$/, '')) ||
    ROLE_MODIFIERS.has(l) ||
    l.split('-').every((p) => PERSON_ROLE_WORDS.has(p)) ||
    /['’]s?$/.test(w) ||
    /^\p{N}/u.test(w) ||
    (/^\p{Lu}/u.test(w) && !NOT_NAMES.has(l))
  );
}

/** True when `prefix`, the sentence before a word, leaves that word the subject: short opening
 * phrases set off by commas, then only a role phrase ("Outside the court, the prosecutor, "). */
export function opensSentence(prefix: string): boolean {
  const phrases = prefix.split(',');
  const last = (phrases.pop() ?? '').match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (phrases.some((p) => p.trim().split(/\s+/).length > MAX_OPENING_WORDS)) return false;
  const others = last.filter((w) => !titleWord(w)).length;
  return others === 0 || (others <= MAX_ROLE_QUALIFIERS && last.length > 0 && PERSON_ROLE_WORDS.has(lowerWord(last[last.length - 1])));
}

/** Whom the sentence text[start, end) is about, when a person or a pronoun: the first person
 * named that opens it ("Daniel Pryce's brother, Owen Pryce, said"; a possessive never opens it),
 * else a pronoun in it ("Nothing in the appeal, she said, had…"), else the first person it names
 * ("For Calloway, 61, the night was a painful one", "One of Mr. Rutte's tasks"). */
export function sentenceSubject(text: string, start: number, end: number, people: NameRun[]): SentenceSubject {
  const named = people.filter((n) => n.start >= start && n.end <= end);
  const opener = named.find((n) => !possessive(text, n) && opensSentence(text.slice(start, n.start)));
  if (opener) return coordinated(text, opener, named) ? null : { name: opener, owner: false };
  const sentence = text.slice(start, end);
  // A pronoun anywhere in it ("The closures will leave…, and she plans…") continues whom the
  // text was about before; only a sentence without one is about the first person it names.
  const pronoun = sentence.match(/\p{L}+/gu)?.find((w) => SPEAKER_PRONOUNS.has(lowerWord(w)));
  if (pronoun) return { pronoun: lowerWord(pronoun) };
  return named.length ? { name: named[0], owner: possessive(text, named[0]) } : null;
}

/** True when another person opens a clause joined to the subject's ("Donald Trump has threatened
 * allies, and Vladimir Putin has made threats too"): a sentence about two people is about neither. */
function coordinated(text: string, subject: NameRun, named: NameRun[]): boolean {
  const who = subject.words.join(' ');
  return named.some((n) => {
    if (n.start < subject.end || n.words.join(' ') === who) return false;
    const joint = /(?:,\s*(?:and|but|while|whereas)\s|;\s)([^,;]*)$/.exec(text.slice(subject.end, n.start));
    return !!joint && opensSentence(joint[1]);
  });
}
