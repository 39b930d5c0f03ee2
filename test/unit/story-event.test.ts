// Whether a page reports the event a story's sources report (lib/story-event.ts): the same people
// at another event share the story's words, and their leads tell it apart.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asPageSource } from '../../lib/article';
import { anotherEvent, leadsOfStory, storyLeads } from '../../lib/story-event';
import { readHtml } from '../eval/stories';
import { readPack } from '../../scripts/packs';
import { natoPack, sourceFiles } from './support/corpus';

const ROOT = path.resolve(import.meta.dirname, '../..');
const leadsOf = (files: { title: string; body: string; date: string }[]) => storyLeads(files.map((f) => ({ title: f.title, text: f.body, date: f.date })));
const page = (file: string) => asPageSource(readHtml(file)!, '');

describe('anotherEvent', () => {
  it('never takes a source, or a page of the story, for another event', () => {
    for (const seed of sourceFiles()) {
      const four = leadsOf(sourceFiles().filter((f) => f !== seed));
      expect(anotherEvent(four, { title: seed.title, blocks: seed.body.split('\n'), date: seed.date }), seed.id).toBe(false);
    }
    // Its lead names a day ahead ("the November 5 election"): a day it looks ahead to is no event's of its own.
    expect(anotherEvent(leadsOf(natoPack().sources), page(path.join(ROOT, 'test/fixtures/pages/seed-002_501c76c112f71d4c.html')))).toBe(false);
  });

  it('takes no labelled page of an event for another, and tells a near-miss months later', () => {
    for (const dir of fs.readdirSync(path.join(ROOT, 'test/fixtures/stories'))) {
      const pack = readPack(path.join(ROOT, 'test/fixtures/stories', dir));
      const story = leadsOf(pack.sources);
      for (const f of fs.readdirSync(path.join(ROOT, 'test/fixtures/stories', dir, 'labels'))) {
        const label = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/stories', dir, 'labels', f), 'utf8'));
        const file = fs.readdirSync(path.join(ROOT, 'test/fixtures/stories', dir, 'pages')).find((p) => p.startsWith(label.page))!;
        if (label.coverage) expect(anotherEvent(story, page(path.join(ROOT, 'test/fixtures/stories', dir, 'pages', file))), `${dir}/${file}`).toBe(false);
      }
    }
    // Last year's flood in the same valley, dated months away, with its own words.
    const flood = path.join(ROOT, 'test/fixtures/stories/flood-disaster');
    const near = fs.readdirSync(path.join(flood, 'pages')).find((p) => p.startsWith('p3_'))!;
    expect(anotherEvent(leadsOf(readPack(flood).sources), page(path.join(flood, 'pages', near)))).toBe(true);
  });

  it('needs another day: a page whose lead names none, or the story’s own day, is the detector’s to judge', () => {
    const story = storyLeads([
      { title: 'Harbour Town win the Coastal Cup', text: 'Harbour Town beat Port Ellis 2-1 in the final on Saturday.\nThe cup returns to the town.', date: '2026-05-10' },
      { title: 'Cup joy for Harbour Town', text: 'Harbour Town won the final against Port Ellis on Saturday.', date: '2026-05-10' },
    ]);
    const sentencing = { title: 'Harbour Town striker banned', blocks: ['The striker was banned for six games on Tuesday after a hearing.'], date: '2026-09-15' };
    expect(anotherEvent(story, sentencing)).toBe(true);
    expect(anotherEvent(story, { ...sentencing, date: '' })).toBe(false);
    expect(anotherEvent(story, { ...sentencing, blocks: ['The striker, who scored in the final on Saturday, was banned.'], date: '2026-05-12' })).toBe(false);
  });

  it('reads a story’s leads once', () => {
    const sources = natoPack().sources.map((s) => ({ title: s.title, text: s.body, date: s.date }));
    expect(leadsOfStory(sources)).toBe(leadsOfStory(sources));
  });
});
