// A look-up the reader asked for: its card shows at once, and settles with the background's
// answer for the selection and the page's own claims inside it (CLAIMS §6).
import { toCards } from '../cards';
import type { PendingLookup } from '../limits';
import { request } from '../messages';
import { sourcesOf } from './check';
import { addLookup, claimsInSelection, lookupAnswer, settleLookup, type LookupView } from './lookups';
import { mount, show, type SidebarView } from './view';

export async function askLookup(v: SidebarView, { text, cut }: PendingLookup) {
  const id = `lookup-${++v.lookupCount}`;
  show(v, { collapsed: false, lookups: addLookup(v.props.lookups, id, text, cut), ...(v.article ? {} : { status: 'ready', lookupOnly: true }) });
  mount(v);
  const done = (patch: Partial<LookupView>) => show(v, { lookups: settleLookup(v.props.lookups, id, patch) });
  if (!text) return done({ message: 'Select some text first, then look it up.' });
  try {
    const story = v.article ? (v.known.story?.id ?? null) : null;
    const { sources } = await sourcesOf(v, story);
    const result = await request(v.env.send, { type: 'lookup', text, exclude: v.self, story });
    // The page's claims inside the selection answer with their own cards' verdicts (§6).
    const claims = toCards(claimsInSelection(v.results, text), sources, `${id}-claim`);
    done(lookupAnswer({ ...toCards([result], sources, id)[0], id }, claims));
  } catch {
    done({ message: 'The look-up failed. Try again.' });
  }
}
