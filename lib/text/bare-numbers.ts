// Numbers standing without a unit of their own: an age said bare ("who is 57"), a count whose
// noun is left out ("Eleven expected", "finished with 17"), a size after its noun ("a crowd of
// 14,950"), a level ("the crown at 11.42").
import { AUXILIARY_VERBS, LEVEL_VERBS, NUMBER_NOUN_STOP as NOUN_STOP } from './lexicon';
import { isDigits, type Read, type Tok } from './number-reading';

/** "a crowd of 14,950", "a population of 640,000": a number ending its clause after "<noun> of"
 * counts that noun. */
export function sizeOf(toks: Tok[], i: number, last: number, value: number): Read | null {
  const noun = toks[i - 2]?.w ?? '';
  const next = toks[last + 1];
  // The clause ends, or goes on with its verb or a place: "a crowd of 14,950 watched", "… at the park".
  const ends = !next || /[,.;:!?)]/.test(next.gap) || AUXILIARY_VERBS.has(next.w) || /^\p{Ll}{3,}ed$/u.test(next.w) || /^(?:at|in|on)$/.test(next.w);
  if (toks[i - 1]?.w !== 'of' || !ends || !/^\p{L}{3,}$/u.test(noun) || NOUN_STOP.has(noun) || /^\d{4}$/.test(toks[i].w)) return null;
  return { first: i - 2, last, value, unit: 'count', noun: [noun] };
}

/** An age said with no unit: "Smith, who is 57", "she turned 40", "since she was 15", "became
 * prime minister at forty-three" (not a level: "the index closed at 43"). */
export function bareAge(toks: Tok[], i: number, last: number, value: number, text: string): Read | null {
  if (!Number.isInteger(value) || value < 1 || value > 120 || /[.,]/.test(toks[i].w)) return null;
  const [p1, p2] = [toks[i - 1]?.w ?? '', toks[i - 2]?.w ?? ''];
  const said = (/^(?:is|was)$/.test(p1) && p2 === 'who') || /^turn(?:s|ed)$/.test(p1);
  // "since she was 15", "when he was 12": a time of someone's life, the number ending its clause.
  const ends = !toks[last + 1] || /[,.;:!?)]/.test(toks[last + 1].gap);
  if (/^(?:was|were)$/.test(p1) && /^(?:he|she|i|we|they)$/.test(p2) && /^(?:since|when|until)$/.test(toks[i - 3]?.w ?? '') && ends) {
    return { first: i - 3, last, value, unit: 'age', noun: [] };
  }
  const at = p1 === 'at' && value >= 16 && !LEVEL_VERBS.has(p2) && !/^\d/.test(toks[last + 1]?.w ?? '') && personBefore(toks, i - 1, text);
  return said || at ? { first: i, last, value, unit: 'age', noun: [] } : null;
}

/** A person earlier in the sentence than toks[i]: "he", "she", or a capitalised word that neither
 * opens the sentence nor is a function word ("Mark Rutte became …"; not "With temperatures"). */
function personBefore(toks: Tok[], i: number, text: string): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    if (/^(?:he|she)$/.test(toks[k].w)) return true;
    const opens = k === 0 || /[.!?\n]/.test(toks[k].gap);
    if (!opens && /^\p{Lu}/u.test(text[toks[k].start]) && !NOUN_STOP.has(toks[k].w)) return true;
    if (opens) return false;
  }
  return false;
}

/** A count standing as the subject of a past-tense verb, its noun left out: "Eleven expected the
 * bank to hold, and six predicted a cut" (the noun is an earlier count's). */
export function elided(toks: Tok[], i: number, last: number, value: number): Read | null {
  const verb = toks[last + 1];
  if (value === 1 && !isDigits(toks[i].w)) return null;
  // The older value of a change: "23 members meet the target, up from three in 2014".
  const from = toks[i - 1]?.w === 'from' && /^(?:up|down)$/.test(toks[i - 2]?.w ?? '') && !/^\d{4}$/.test(toks[i].w);
  // "finished with 17", "the Greens with eight": a count ending its clause after "with".
  const tally = toks[i - 1]?.w === 'with' && (!verb || /[,.;:]/.test(verb.gap) || verb.w === 'and') && !/^\d{4}$/.test(toks[i].w);
  if (tally) return { first: i, last, value, unit: 'count', noun: [], elided: true };
  if (from || (verb && /^ +$/.test(verb.gap) && /^\p{Ll}{3,}ed$|^said$|^(?:are|were|remain)$/u.test(verb.w))) return { first: i, last, value, unit: 'count', noun: [], elided: true };
  return null;
}

/** A decimal standing alone is a level or a rate ("the crown at 11.42"): a figure without a noun. */
export function bareDecimal(toks: Tok[], i: number, last: number, value: number): Read | null {
  return last === i && /^\d+\.\d+$/.test(toks[i].w) && /^ +$/.test(toks[i].gap) ? { first: i, last, value, unit: 'count', noun: [] } : null;
}
