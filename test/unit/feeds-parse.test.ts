import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedDate, FULL_TEXT_CHARS, MAX_ITEMS_READ, NotAFeed, parseFeed } from '../../lib/feeds/parse';
import { decodeEntities, htmlToBlocks, plainText } from '../../lib/feeds/text';

const FEED = 'https://news.example/feeds/world.xml';
const paragraph = (n: number) => `<p>Paragraph ${n} of the report says what happened at the harbour on the day, in full sentences of its own.</p>`;
const longHtml = Array.from({ length: 8 }, (_, i) => paragraph(i)).join('');

const rss = (items: string, channel = '<title>Harbour Ledger</title>') =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>${channel}${items}</channel></rss>`;

/** Parses, or names the kind of refusal: what the background turns into a row's status. */
function outcome(xml: string): string {
  try {
    parseFeed(xml, FEED);
    return 'ok';
  } catch (e) {
    return e instanceof NotAFeed ? 'not-a-feed' : 'malformed';
  }
}

describe('parseFeed', () => {
  it('reads RSS 2.0 items: full text from content:encoded, links made absolute, the stated day', () => {
    const feed = parseFeed(
      rss(`
      <item><title>Storm &amp; tide</title><link>/2026/06/storm</link><guid isPermaLink="false">a-1</guid>
        <pubDate>Sat, 13 Jun 2026 23:30:00 -0500</pubDate><content:encoded><![CDATA[${longHtml}]]></content:encoded></item>
      <item><title>Teaser only</title><link>https://news.example/b</link><description>Short teaser.</description></item>`),
      FEED,
    );
    expect(feed.title).toBe('Harbour Ledger');
    expect(feed.items).toHaveLength(2);
    const [full, teaser] = feed.items;
    expect(full).toMatchObject({ key: 'a-1', url: 'https://news.example/2026/06/storm', title: 'Storm & tide', date: '2026-06-13' });
    expect(full.blocks).toHaveLength(8);
    expect(full.blocks[0]).toMatch(/^Paragraph 0 of the report/);
    // A teaser is not the article: its page is read instead.
    expect(teaser).toMatchObject({ key: 'https://news.example/b', blocks: [] });
  });

  it('reads Atom entries: alternate link, xml:base, html and xhtml content', () => {
    const feed = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://other.example/news/"><title type="text">Meridian Wire</title>
        <entry><id>tag:x,2026:1</id><title>One</title><link rel="self" href="https://other.example/self"/><link rel="alternate" href="one.html"/>
          <published>2026-03-24T09:00:00+01:00</published><content type="html">${longHtml.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</content></entry>
        <entry><id>tag:x,2026:2</id><title>Two</title><link href="two.html"/><updated>2026-03-25</updated>
          <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${longHtml}</div></content></entry>
      </feed>`,
      FEED,
    );
    expect(feed.title).toBe('Meridian Wire');
    expect(feed.items.map((i) => [i.key, i.url, i.date])).toEqual([
      ['tag:x,2026:1', 'https://other.example/news/one.html', '2026-03-24'],
      ['tag:x,2026:2', 'https://other.example/news/two.html', '2026-03-25'],
    ]);
    expect(feed.items[0].blocks.join(' ').length).toBeGreaterThanOrEqual(FULL_TEXT_CHARS);
    expect(feed.items[1].blocks.join(' ')).toContain('Paragraph 7');
  });

  it('takes an item once when its guid repeats, and skips items with neither link nor text', () => {
    const item = (guid: string, link = 'https://news.example/x') => `<item><guid>${guid}</guid><link>${link}</link><title>t</title></item>`;
    const feed = parseFeed(rss(item('same') + item('same', 'https://news.example/y') + '<item><title>No link</title></item>' + item('other')), FEED);
    expect(feed.items.map((i) => i.key)).toEqual(['same', 'other']);
  });

  it('keeps only http(s) links: javascript: and data: addresses are dropped', () => {
    const feed = parseFeed(rss('<item><link>javascript:alert(1)</link></item><item><link>data:text/html,x</link></item><item><link>https://ok.example/a</link></item>'), FEED);
    expect(feed.items.map((i) => i.url)).toEqual(['https://ok.example/a']);
  });

  it('refuses what is not a feed, and names broken XML apart from it', () => {
    expect(outcome('<!doctype html><html><head><title>Home</title></head><body><p>Hello</p></body></html>')).toBe('not-a-feed');
    expect(outcome('{"items": []}')).toBe('not-a-feed');
    expect(outcome('')).toBe('not-a-feed');
    expect(outcome('<rss><channel><item><title>x</channel></rss')).not.toBe('ok');
  });

  it('does not expand an entity bomb', () => {
    const laughs = ['<!ENTITY lol0 "lollollollollollollollollollol">'];
    for (let i = 1; i < 10; i++) laughs.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [${laughs.join('')}]>${rss('<item><title>&lol9;</title><link>https://a.example/</link></item>', '<title>&lol9;</title>')}`;
    let size = 0;
    try {
      const feed = parseFeed(bomb, FEED);
      size = JSON.stringify(feed).length;
    } catch {
      // Refused outright is as good as not expanded.
    }
    expect(size).toBeLessThan(200_000);
    // A flat bomb: many references to one large entity.
    const flat = `<!DOCTYPE rss [<!ENTITY big "${'x'.repeat(1500)}">]>${rss(`<item><title>${'&big;'.repeat(5000)}</title><link>https://a.example/</link></item>`)}`;
    expect(outcome(flat)).toBe('malformed');
  });

  it('reads a long feed of escaped HTML: the built-in entities are not held to the bomb limits', () => {
    const escaped = '&lt;p&gt;A paragraph &amp; more&lt;/p&gt;'.repeat(20);
    const items = Array.from({ length: 400 }, (_, i) => `<item><guid>g${i}</guid><link>https://news.example/${i}</link><description>${escaped}</description></item>`).join('');
    expect(parseFeed(rss(items), FEED).items).toHaveLength(400);
  });

  it(`reads at most ${MAX_ITEMS_READ} items of a huge feed`, () => {
    const items = Array.from({ length: 3000 }, (_, i) => `<item><guid>g${i}</guid><link>https://news.example/${i}</link><title>Item ${i}</title></item>`).join('');
    expect(parseFeed(rss(items), FEED).items).toHaveLength(MAX_ITEMS_READ);
  });

  it('never throws anything but its two refusals on random bytes or random markup', () => {
    const markup = fc.array(fc.constantFrom('<rss>', '<channel>', '<item>', '</item>', '<feed>', '<entry>', '<link href="', '">', '&amp;', '&#0;', '<![CDATA[', ']]>', '<!DOCTYPE x [', ']>', 'text', '<', '>', '"'), { maxLength: 60 });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), markup.map((parts) => parts.join(''))), (xml) => {
        try {
          const feed = parseFeed(xml, FEED);
          for (const item of feed.items) expect(item.url === '' || /^https?:\/\//.test(item.url)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(Error);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('feedDate', () => {
  it('keeps the day a feed states, in the forms feeds write it', () => {
    expect(feedDate('Sat, 13 Jun 2026 23:30:00 -0500')).toBe('2026-06-13');
    expect(feedDate('13 June 2026')).toBe('2026-06-13');
    expect(feedDate('2026-06-13T23:30:00-05:00')).toBe('2026-06-13');
    expect(feedDate('Tue, 3 Feb 2026 07:00 GMT')).toBe('2026-02-03');
    expect(feedDate('June 13, 2026')).toBe('2026-06-13');
  });

  it('gives no date rather than a wrong one', () => {
    for (const odd of ['', 'yesterday', '2026-13-45', '31 Foo 2026', 'x'.repeat(500), '99999-01-01']) expect(feedDate(odd)).toBe('');
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (s) => {
      expect(feedDate(s)).toMatch(/^(?:\d{4}-\d{2}-\d{2})?$/);
    }));
  });
});

describe('feed HTML as text', () => {
  it('makes one block per paragraph, drops scripts, styles, captions and comments', () => {
    const html = '<p>First paragraph of the story, a sentence.</p><script>alert("x")</script><style>p{}</style><!-- note --><figure><img src=x><figcaption>Photo: someone</figcaption></figure><p>Second&nbsp;one, with &ldquo;quotes&rdquo; &amp; &#8217;refs&#x2019;.</p>';
    expect(htmlToBlocks(html)).toEqual(['First paragraph of the story, a sentence.', 'Second one, with “quotes” & ’refs’.']);
  });

  it('stays linear on hostile markup: unclosed scripts, runs of "<", endless comments', () => {
    const hostile = ['<script>'.repeat(20_000), '<'.repeat(200_000), '<!--'.repeat(50_000), '<p '.repeat(50_000)];
    for (const html of hostile) expect(Array.isArray(htmlToBlocks(html))).toBe(true);
  });

  it('decodes references without inventing characters', () => {
    expect(decodeEntities('&#0; &#xD800; &#x110000; &bogus; &AMP;')).toBe('   &bogus; &');
    expect(plainText('<b>Bold</b> &lt;tag&gt;')).toBe('Bold <tag>');
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      expect(htmlToBlocks(s).every((b) => !b.includes("\n"))).toBe(true);
    }));
  });
});
