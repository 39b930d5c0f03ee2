// Whom a sentence is about (CLAIMS.md §2): its subject when that is a person or a pronoun. A
// pronoun in a later attribution ("…," he said) means the subject of the text just before, which
// is often not the last person quoted or named.
import { DETERMINERS, HONORIFICS, INDEFINITE_DETERMINERS, NOT_NAMES, PERSON_ROLE_WORDS, POSSESSIVE_PRONOUNS, ROLE_MODIFIERS, SPEAKER_PRONOUNS } from '../text/lexicon';
import type { NameRun } from '../text/names';

/** `opens`: the person opens the sentence as its grammatical subject; `owner`: the person is named
 * only as a possessive ("Karin Strand's coalition"). */
export type SentenceSubject = { name: NameRun; opens: boolean; owner: boolean } | { pronoun: string } | { anonymous: true } | null;

// An opening phrase set off by a comma ("Outside the court,", "In a short speech to party
// workers,") is at most this many words.
const MAX_OPENING_WORDS = 16;
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
 * else a pronoun that opens a clause, else (unless a role opens it) the first person it names
 * ("For Calloway, 61, the night was a painful one", "One of Mr. Rutte's tasks"), else any pronoun
 * in it. */
export function sentenceSubject(text: string, start: number, end: number, people: NameRun[]): SentenceSubject {
  const named = people.filter((n) => n.start >= start && n.end <= end);
  const opener = named.find((n) => !possessive(text, n) && opensSentence(text.slice(start, n.start)));
  if (opener) return coordinated(text, opener, named) ? null : { name: opener, opens: true, owner: false };
  // A pronoun that opens a clause ("Nothing in it, she said, had…", "…, and she plans…") continues
  // whom the text was about before; one inside a clause about someone named ("a hard pill for
  // Popovic, who will wonder what he must do") is that person.
  const sentence = text.slice(start, end);
  const pronouns: RegExpMatchArray[] = [];
  for (const m of sentence.matchAll(LETTERS)) if (SPEAKER_PRONOUNS.has(lowerWord(m[0]))) pronouns.push(m);
  const opening = pronouns.find((m) => opensSentence(sentence.slice(0, m.index)) || JOINED_CLAUSE.test(sentence.slice(0, m.index)));
  if (opening) return { pronoun: lowerWord(opening[0]) };
  // A role that opens it ("Asked about Trump, the new alliance chief said…") is about someone
  // unnamed there, not about a person it mentions; with "one" or "a" ("One analyst on the call
  // said…") about someone the page never names.
  const role = openingRole(sentence);
  if (role) {
    const phrase = sentence.slice(0, role.index! + role[0].length).split(',').pop()!.trim();
    return INDEFINITE_DETERMINERS.has(lowerWord(phrase.split(/\s+/)[0])) ? { anonymous: true } : null;
  }
  if (named.length) return { name: named[0], opens: false, owner: possessive(text, named[0]) };
  return pronouns.length ? { pronoun: lowerWord(pronouns[0][0]) } : null;
}

const LETTERS = /\p{L}+/gu;
const ROLE_WORD = /[\p{L}'’-]+/gu;

/** The first role word that, with the words before it, opens the sentence ("the new alliance chief"). */
function openingRole(sentence: string): RegExpMatchArray | undefined {
  for (const m of sentence.matchAll(ROLE_WORD)) if (PERSON_ROLE_WORDS.has(lowerWord(m[0])) && opensSentence(sentence.slice(0, m.index! + m[0].length))) return m;
  return undefined;
}

// The start of a clause joined to another: "…, and ", "…; ", "…, but ".
const JOINED_CLAUSE = /(?:,\s*(?:and|but|while|whereas)|;)\s+$/;

/** True when another person opens a clause joined to the subject's ("Donald Trump has threatened
 * allies, and Vladimir Putin has made threats too"): a sentence about two people is about neither. */
function coordinated(text: string, subject: NameRun, named: NameRun[]): boolean {
  const who = subject.words.join(' ');
  return named.some((n) => {
    if (n.start < subject.end || n.words.join(' ') === who) return false;
    const joint = /(?:,\s*(?:and|but|while|whereas)|;)\s+([^,;]*)$/.exec(text.slice(subject.end, n.start));
    return !!joint && opensSentence(joint[1]);
  });
}
