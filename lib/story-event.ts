// Whether a page reports the event a story's sources report, or the same people at another one:
// the sentencing months after the verdict, the next quarter's results, the semi-final the day
// before the final. The detector knows a story by its words, and these pages share them; their
// leads tell another event (pool/events.ts): another day named, without the words the sources'
// leads agree on, and either far from the sources' days or with a participant they never name.
import type { PoolArticle } from './pool/article';
import { dayOf } from './pool/article';
import { aheadDays, WINDOW_DAYS } from './pool/days';
import { newParticipant, otherEvent } from './pool/events';
import { articleLead, type Lead } from './pool/lead';

/** What a story's sources say of their event: each one's lead, and the days they were published. */
export interface StoryLeads {
  leads: { lead: Lead }[];
  from: number | null;
  to: number | null;
}

/** A report's lead, with only the days its event can be on: a day it looks ahead to ("sentencing
 * is set for March 28", "the November 5 election") is another event's. */
function eventLead(title: string, blocks: string[], date: string): Lead {
  const published = dayOf(date);
  const lead = articleLead(title, blocks, published);
  const ahead = new Set(published === null ? [] : aheadDays(lead.days, published));
  return { ...lead, days: lead.days.filter((d) => !ahead.has(d)) };
}

export function storyLeads(sources: { title: string; text: string; date: string }[]): StoryLeads {
  const days = sources.flatMap((s) => dayOf(s.date) ?? []);
  return {
    leads: sources.map((s) => ({ lead: eventLead(s.title, s.text.split('\n').filter((b) => b.trim()), s.date) })),
    from: days.length ? Math.min(...days) : null,
    to: days.length ? Math.max(...days) : null,
  };
}

/** True when the page's lead tells another event than the story's sources report. */
export function anotherEvent(story: StoryLeads, page: Pick<PoolArticle, 'title' | 'blocks' | 'date'>): boolean {
  const lead = eventLead(page.title, page.blocks, page.date);
  if (!otherEvent(lead, story.leads)) return false;
  const far = story.from !== null && lead.days.every((d) => d < story.from! - WINDOW_DAYS || d > story.to! + WINDOW_DAYS);
  return far || newParticipant(page.title, page.blocks, story.leads);
}

const read = new WeakMap<object, StoryLeads>();

/** The leads of a loaded story's sources, read once per story as loaded. */
export function leadsOfStory(sources: { title: string; text: string; date: string }[]): StoryLeads {
  let leads = read.get(sources);
  if (!leads) read.set(sources, (leads = storyLeads(sources)));
  return leads;
}
