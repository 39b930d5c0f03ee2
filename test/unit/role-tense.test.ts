// A role named with a handover word ("the departing chief", "the new chief") is never given to
// the person the article placed on the other side of the handover.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../lib/claims/quotes';

const speakers = (blocks: string[]) => extractQuotes(blocks).map((q) => [q.text, q.speaker]);

describe('role attributions across a handover', () => {
  const opening = 'The agency’s new director, Anna Berg, walked in on Monday. She replaces Piet Vos, who ran it for nine years.';

  it('gives "the departing director said" to the other person, not the new director', () => {
    expect(speakers([opening, 'That record is what Piet Vos wanted to stress. “We leave the agency in good order,” the departing director said.'])).toEqual([
      ['We leave the agency in good order', 'Piet Vos'],
    ]);
  });

  it('gives "the new director said" to the new director', () => {
    expect(speakers([opening, 'Piet Vos looked on. “We will keep every promise made to staff,” the new director said.'])).toEqual([
      ['We will keep every promise made to staff', 'Anna Berg'],
    ]);
  });

  it('leaves a role without a handover word to the person named with it', () => {
    expect(speakers(['Director Anna Berg took questions for an hour on Monday.', '“We will publish every report in full,” the director said.'])).toEqual([
      ['We will publish every report in full', 'Anna Berg'],
    ]);
  });
});
