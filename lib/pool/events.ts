// Two events among the same people: a semi-final and the final, a debate and the count. Their
// reports share names and places, so their words agree; what tells them apart is what their
// leads say happened, and when. Two groups of reports are two events when their leads name
// different days and each group's leads agree on words the other's leads never use
// ("semi-final" and "Harlan" on Saturday; "title" and "champion" on Sunday).
import { classifyNames, findNames } from '../text/names';
import { leadTexts, type Lead } from './lead';
import { termWords } from './terms';

interface Led {
  lead: Lead;
  /** Days its lead looks ahead to (days.ts aheadDays): another event's, not its own. */
  ahead?: number[];
}

/** Share of a group's leads that must use a word for it to be the group's. */
const AGREE = 0.5;
/** Leads that must agree on a word: one lead alone is an angle, not an event. */
const AGREE_MIN = 2;

function leadDays(group: Led[]): Set<number> {
  return new Set(group.flatMap((r) => r.lead.days));
}

/** Words at least half of a group's leads (and two) use that none of the other's do. */
export function ownWords(group: Led[], other: Led[]): string[] {
  const counts = new Map<string, number>();
  for (const r of group) for (const w of r.lead.words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const need = Math.max(AGREE_MIN, Math.ceil(group.length * AGREE));
  return [...counts].filter(([w, n]) => n >= need && !other.some((r) => r.lead.words.has(w))).map(([w]) => w);
}

/** Whether two groups of reports are about two events (see above). A lead that names no day
 * fits any, and a group whose leads name none cannot be told apart by this. */
export function twoEvents(a: Led[], b: Led[]): boolean {
  const da = leadDays(a);
  const db = leadDays(b);
  if (!da.size || !db.size || [...da].some((d) => db.has(d))) return false;
  return ownWords(a, b).length > 0 && ownWords(b, a).length > 0;
}

/** Whether one report is of another event than a group's: its lead names days, none of those the
 * group's leads name, and the group's leads agree on words its lead never uses. One lead cannot
 * agree with itself (one lead alone is an angle), so only the group's side is asked for words. */
export function otherEvent(lead: Lead, group: Led[]): boolean {
  // The group's own days: a day one of its reports looks ahead to ("sentencing is set for March
  // 28") is the day of the next event, and a report of that event is not of the group's.
  const days = new Set(group.flatMap((r) => r.lead.days.filter((d) => !r.ahead?.includes(d))));
  if (!lead.days.length || !days.size || lead.days.some((d) => days.has(d))) return false;
  return ownWords(group, [{ lead }]).length > 0;
}

/** Whether a report's lead names a participant the group's leads never do: a person or an
 * organisation none of whose words they use (the semi-final's other player, another company). */
export function newParticipant(title: string, blocks: string[], group: Led[]): boolean {
  const used = new Set(group.flatMap((r) => [...r.lead.words]));
  const texts = leadTexts(title, blocks);
  const names = texts.map((t) => findNames(t));
  classifyNames(texts, names);
  return names.flat().some((n) => (n.kind === 'person' || n.kind === 'organisation') && termWords(n.words.join(' ')).every((w) => !used.has(w)));
}

/** A cluster's two events, when its leads name days that part it in two (`twoEvents`): the
 * reports on each side of a day, and those whose leads name days on both sides or none given
 * to the side `nearer` says. Null when the cluster is one event. */
export function eventSides<T extends Led>(members: T[], nearer: (r: T, a: T[], b: T[]) => 0 | 1): [T[], T[]] | null {
  const days = [...leadDays(members)].sort((x, y) => x - y);
  for (const cut of days.slice(1)) {
    const before = members.filter((r) => r.lead.days.length && r.lead.days.every((d) => d < cut));
    const after = members.filter((r) => r.lead.days.length && r.lead.days.every((d) => d >= cut));
    if (!twoEvents(before, after)) continue;
    const sides: [T[], T[]] = [[...before], [...after]];
    for (const r of members) if (!before.includes(r) && !after.includes(r)) sides[nearer(r, before, after)].push(r);
    return sides;
  }
  return null;
}
