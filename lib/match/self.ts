// Whether a page is one of the story's sources: most of its sentences stand word for word in it.
import { conceptSequence } from '../source-index';
import { splitSentences } from '../text/sentences';
import { tokenize } from '../text/tokens';
import { exactRuns } from './runs';
import { keyOf, type StoryState } from './story-state';

/** Sentences of a page checked to tell whether it is one of the sources. */
const SELF_SAMPLE = 12;

// Six words or more: a sentence is trimmed, so five runs of spaces each come before a word.
const SIX_WORDS = /(?:\s+\S+){5}/;

/** The id of the source whose text the page's blocks are, or null. */
export function findSelf(story: StoryState, blocks: string[]): string | null {
  const all = blocks.flatMap((b) => splitSentences(b).map((s) => s.text)).filter((s) => SIX_WORDS.test(s));
  if (all.length < 3) return null;
  // A dozen sentences spread over the page tell as well as all of them, at a fraction of the cost.
  const step = Math.max(1, all.length / SELF_SAMPLE);
  const sentences = Array.from({ length: Math.min(all.length, SELF_SAMPLE) }, (_, i) => all[Math.floor(i * step)]);
  const hits = new Map<number, number>();
  for (const sentence of sentences) {
    const tokens = tokenize(sentence);
    for (const [si] of exactRuns(story, tokens.map((x) => keyOf(x.norm)), conceptSequence(tokens)).each()) hits.set(si, (hits.get(si) ?? 0) + 1);
  }
  let best: [number, number] | null = null;
  for (const [si, n] of hits) if (!best || n > best[1]) best = [si, n];
  return best && best[1] / sentences.length >= 0.6 ? story.sources[best[0]].data.id : null;
}
