import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleFromDocument, articleFromText, asPageSource, blocksOf, bylineDate, isEmbeddedPost, isFurniture, type ReadabilityClass } from '../../lib/article';

const RealReadability = Readability as unknown as ReadabilityClass;
const docOf = (html: string) => parseHTML(html).document as unknown as Document;

describe('isFurniture', () => {
  it.each([
    ['a byline', 'By Jane Smith'],
    ['a byline with outlet', 'By Jane Smith, Reuters'],
    ['a byline with date', 'By Jane Smith | Oct 1'],
    ['a photo caption with Photographer:', 'Jens Stoltenberg, right, shakes hands with Mark Rutte at NATO headquarters on Oct. 1. Photographer: Ksenia Kuleshova/Bloomberg'],
    ['a caption with (Photo …)', 'Mark Rutte arrives at the summit in Brussels on Tuesday morning (Photo by John Thys / AFP)'],
    ['a Getty credit', 'Mark Rutte speaks to reporters in Brussels. Getty Images'],
    ['a copyright line', '©2024 Bloomberg L.P.'],
    ['a (c) line', '(c) 2024 News Corp. All rights reserved.'],
    ['ADVERTISEMENT', 'ADVERTISEMENT'],
    ['Advertisement', 'Advertisement'],
    ['a section label', 'Company News'],
    ['a one-word label', 'Europe'],
    ['a reading-time line', '4 min read'],
    ['a meta line', 'Jane Smith · 4 min read · 12 comments'],
    ['an updated line', 'Updated 16:42 BST, Tuesday 1 October 2024'],
    ['a published line', 'Published October 1, 2024 at 9:30 a.m.'],
    ['a read-more link', 'Read more: Rutte arrives in Brussels for his first day in the job'],
    ['a related link', 'Related: what the new NATO chief means for Ukraine and for Europe'],
    ['a share prompt', 'Share this article with your friends and family on social media'],
    ['a social link', 'Facebook'],
    ['a breadcrumb', 'Home | World | Europe'],
    ['an assistance credit', '--With assistance from Katharina Rosskopf.'],
    ['a reporting credit', 'With reporting by Andrew Gray in Brussels.'],
    ['an empty line', ''],
    ['white space', '   \t '],
  ])('is true for %s', (_, block) => {
    expect(isFurniture(block)).toBe(true);
  });

  it.each([
    ['a news sentence', 'NATO chief Rutte said he is not worried about the election.'],
    ['a short sentence', 'He went home.'],
    ['a very short sentence', 'Rutte said it.'],
    ['a short quote', '"NATO will be in safe hands."'],
    ['a short curly quote', '“NATO will be in safe hands.”'],
    ['a sentence with a number', 'This year, 23 countries are set to reach the target.'],
    ['a sentence mentioning photos', 'He said the photos taken at the ceremony showed a united alliance.'],
    ['a sentence starting with Byline-like word', 'Bystanders watched as the flags were raised in Brussels.'],
  ])('is false for %s', (_, block) => {
    expect(isFurniture(block)).toBe(false);
  });
});

describe('articleFromText', () => {
  it('takes the first non-empty line as title and the other lines as blocks', () => {
    const article = articleFromText('\n\nRutte takes reins at NATO\nMark Rutte took over as NATO chief on Tuesday.\n\nHe said he was not worried.');
    expect(article).toEqual({
      title: 'Rutte takes reins at NATO',
      blocks: ['Mark Rutte took over as NATO chief on Tuesday.', 'He said he was not worried.'],
    });
  });

  it('leaves furniture lines out of the blocks', () => {
    const article = articleFromText('Title here\nBy Jane Smith\nADVERTISEMENT\nFirst paragraph is a real sentence with words.\n4 min read\nSecond para.');
    expect(article.blocks).toEqual(['First paragraph is a real sentence with words.', 'Second para.']);
  });

  it('keeps a long first line as the first block as well as the title', () => {
    const first =
      'Mark Rutte, the former Prime Minister of the Netherlands, has officially taken over as the new Secretary General of NATO, stepping into the role at a critical time for the military alliance.';
    const article = articleFromText(`${first}\nNext line here is a sentence.`);
    expect(article.title).toBe(first);
    expect(article.blocks).toEqual([first, 'Next line here is a sentence.']);
  });

  it('handles CRLF and CR line ends and trims lines', () => {
    const article = articleFromText('Title\r\n  First line is a sentence.  \rSecond line is one too.\r\n');
    expect(article).toEqual({ title: 'Title', blocks: ['First line is a sentence.', 'Second line is one too.'] });
  });

  it('gives an empty article for empty text', () => {
    expect(articleFromText('')).toEqual({ title: '', blocks: [] });
    expect(articleFromText('\n \n')).toEqual({ title: '', blocks: [] });
  });
});

describe('blocksOf', () => {
  it('gives one block per paragraph-like element, never running them together', () => {
    const { document } = parseHTML('<div id="c"><p>Foo is here.</p><p>Bar is there.</p><div><h2>Heading</h2><ul><li>One item in a list.</li></ul></div></div>');
    const blocks = blocksOf(document.getElementById('c') as unknown as Element);
    expect(blocks).toEqual(['Foo is here.', 'Bar is there.', 'One item in a list.']);
    expect(blocks.join('|')).not.toContain('here.Bar');
  });

  it('skips figure captions and collapses white space', () => {
    const { document } = parseHTML(
      '<div id="c"><figure><img src="x"><figcaption>Rutte arrives in Brussels for the ceremony.</figcaption></figure><p>Rutte   took\n over on Tuesday.</p></div>',
    );
    expect(blocksOf(document.getElementById('c') as unknown as Element)).toEqual(['Rutte took over on Tuesday.']);
  });

  it('keeps long text that stands directly in a container', () => {
    const { document } = parseHTML('<div id="c">This is a long run of text that has no paragraph element around it at all.</div>');
    expect(blocksOf(document.getElementById('c') as unknown as Element)).toEqual([
      'This is a long run of text that has no paragraph element around it at all.',
    ]);
  });
});

const PAGE = `<!doctype html><html><head><title>Rutte takes over NATO | Daily Planet</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/europe">Europe</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="ad">ADVERTISEMENT</div>
<main><article>
<h1>Rutte takes over at NATO</h1>
<p class="byline">By Jane Smith</p>
<p class="meta">Jane Smith · 4 min read · 12 comments</p>
<figure><img src="x.jpg" alt=""><figcaption>Mark Rutte, left, with Jens Stoltenberg. Photographer: John Doe/Agency</figcaption></figure>
<p>Former Dutch Prime Minister Mark Rutte took over as NATO's secretary general on Tuesday, weeks before the U.S. election.</p>
<p>Rutte replaced Jens Stoltenberg, who led the alliance for a decade and steered it through Russia's invasion of Ukraine.</p>
<blockquote><p>"I'm not worried. I know both candidates very well," Rutte said.</p></blockquote>
<p>He said the alliance's 32 nations would keep supporting Ukraine, and that 23 countries would reach the 2 percent target this year.</p>
<p>Stoltenberg said the alliance would be in safe hands. He called his successor a great secretary general who knows how to make compromises.</p>
<div class="ad">Advertisement</div>
<p>©2024 Daily Planet</p>
</article></main>
<section class="comments"><h2>Comments</h2><p>Great article!</p><p>I disagree.</p></section>
<footer><p>About us</p><p>Contact</p></footer>
</body></html>`;

describe('articleFromDocument (linkedom + Readability)', () => {
  const article = articleFromDocument(docOf(PAGE), RealReadability);

  it('finds the article and its title', () => {
    expect(article).not.toBeNull();
    expect(article!.title).toMatch(/Rutte takes over/);
  });

  it('gives the paragraphs as separate blocks, lead and blockquote included', () => {
    expect(article!.blocks).toEqual([
      "Former Dutch Prime Minister Mark Rutte took over as NATO's secretary general on Tuesday, weeks before the U.S. election.",
      "Rutte replaced Jens Stoltenberg, who led the alliance for a decade and steered it through Russia's invasion of Ukraine.",
      `"I'm not worried. I know both candidates very well," Rutte said.`,
      "He said the alliance's 32 nations would keep supporting Ukraine, and that 23 countries would reach the 2 percent target this year.",
      'Stoltenberg said the alliance would be in safe hands. He called his successor a great secretary general who knows how to make compromises.',
    ]);
  });

  it('gives no block for furniture: nav, ads, byline, meta, caption, copyright, comments, footer', () => {
    const all = article!.blocks.join('\n');
    for (const bit of ['Home', 'ADVERTISEMENT', 'Advertisement', 'By Jane Smith', 'min read', 'Photographer', '©', 'Great article', 'I disagree', 'About us']) {
      expect(all).not.toContain(bit);
    }
  });

  it('does not run paragraphs together', () => {
    for (const b of article!.blocks) expect(b).not.toMatch(/[a-z][.!?]["”]?[A-Z]/);
  });

  it('puts back a blockquote that Readability drops', () => {
    const para = (i: number) =>
      `<p>Paragraph ${i} of the story says that the alliance, under its new secretary general, will keep supporting Ukraine and will press members to spend more on defence, diplomats said on Tuesday.</p>`;
    const html = `<!doctype html><html><head><title>T</title></head><body><article>
      <header><h1>Rutte takes over at NATO</h1></header>
      <div class="article-body">${[1, 2, 3, 4, 5, 6].map(para).join('')}</div>
      <aside class="pullquote"><blockquote>“I am not worried at all about the election,” Rutte said.</blockquote></aside>
      </article></body></html>`;
    const a = articleFromDocument(docOf(html), RealReadability);
    expect(a!.blocks).toHaveLength(7);
    expect(a!.blocks[6]).toBe('“I am not worried at all about the election,” Rutte said.');
  });
});

describe('articleFromDocument with a stand-in Readability', () => {
  const html = `<!doctype html><html><head><title>Doc title</title></head><body><article>
    <p>Mark Rutte took charge of NATO on Tuesday, promising to keep the alliance united behind Ukraine.</p>
    <div id="body"><p>Second paragraph of the story is here and it is long enough.</p></div>
    <blockquote>“We will not give in,” Rutte said.</blockquote>
    </article></body></html>`;

  /** A Readability that returns only the #body element, dropping the lead and the blockquote. */
  const BodyOnly: ReadabilityClass = class {
    constructor(private doc: Document) {}
    parse() {
      return { title: ' Stand-in title ', content: this.doc.getElementById('body') };
    }
  };

  it('puts back the lead paragraph first and a dropped blockquote last', () => {
    expect(articleFromDocument(docOf(html), BodyOnly)).toEqual({
      title: 'Stand-in title',
      blocks: [
        'Mark Rutte took charge of NATO on Tuesday, promising to keep the alliance united behind Ukraine.',
        'Second paragraph of the story is here and it is long enough.',
        '“We will not give in,” Rutte said.',
      ],
      date: null,
      outlet: '',
    });
  });

  it('states a page as a source with only what it says of itself', () => {
    const article = { title: 'T', blocks: ['One.', 'Two.'], date: Date.parse('2024-10-02T10:00:00Z'), outlet: 'Daily Planet' };
    expect(asPageSource(article, 'https://news.example/a')).toEqual({ title: 'T', outlet: 'Daily Planet', date: '2024-10-02', url: 'https://news.example/a', blocks: ['One.', 'Two.'] });
    expect(asPageSource({ title: 'T', blocks: ['One.'] }, 'https://news.example/b')).toMatchObject({ outlet: '', date: '' });
  });

  it('reads the date the page states for itself', () => {
    const dated = html.replace('<head>', '<head><meta property="article:published_time" content="2024-10-01T09:00:00Z">');
    expect(articleFromDocument(docOf(dated), BodyOnly)?.date).toBe(Date.parse('2024-10-01'));
  });

  it('falls back to the h1, then the document title, when Readability has no title', () => {
    const NoTitle: ReadabilityClass = class {
      constructor(private doc: Document) {}
      parse() {
        return { title: null, content: this.doc.getElementById('body') };
      }
    };
    expect(articleFromDocument(docOf(html), NoTitle)!.title).toBe('Doc title');
    expect(articleFromDocument(docOf(html.replace('<article>', '<article><h1>The headline</h1>')), NoTitle)!.title).toBe('The headline');
  });

  it('gives null when Readability finds nothing', () => {
    const Nothing: ReadabilityClass = class {
      parse() {
        return null;
      }
    };
    const NotAnElement: ReadabilityClass = class {
      parse() {
        return { title: 'x', content: '<p>markup string</p>' };
      }
    };
    expect(articleFromDocument(docOf(html), Nothing)).toBeNull();
    expect(articleFromDocument(docOf(html), NotAnElement)).toBeNull();
  });

  it('gives null for a page with no readable article', () => {
    const empty = docOf('<!doctype html><html><head><title>Empty</title></head><body><nav><a href="/">Home</a></nav></body></html>');
    expect(articleFromDocument(empty, RealReadability)).toBeNull();
  });
});

describe('isFurniture: sentences that start like bylines', () => {
  it('keeps "By contrast, …" and drops "By Jane Doe, Europe editor"', () => {
    expect(isFurniture('By contrast, the alliance has grown a great deal since then.')).toBe(false);
    expect(isFurniture('By Jane Doe, Europe editor')).toBe(true);
  });
});

describe('bylineDate: the date a page prints where a reader sees it', () => {
  const container = (html: string) => parseHTML(`<html><body><article>${html}</article></body></html>`).document.querySelector('article') as unknown as Element;
  const LEAD = 'The home favourite beat the top seed on Sunday to win her third title in front of a full house.';

  it('reads the byline line, before or after a standfirst', () => {
    const html = `<p>A standfirst that runs to more than eight words before the byline</p><p>By Jane Doe, Tennis Writer · Sunday 14 June 2026</p><p>${LEAD}</p>`;
    expect(bylineDate(container(html), LEAD)).toBe(Date.UTC(2026, 5, 14));
    expect(bylineDate(container(`<p>By Wire Staff · Published Sept. 10, 2026</p><p>${LEAD}</p>`), LEAD)).toBe(Date.UTC(2026, 8, 10));
  });

  it('reads an opening dateline of the lead', () => {
    const lead = `LINDENPORT, Sept 9, 2026 (Wire) - ${LEAD}`;
    expect(bylineDate(container(`<p>${lead}</p>`), lead)).toBe(Date.UTC(2026, 8, 9));
  });

  it('never reads a date out of the article’s own sentences, nor a date without a year', () => {
    const lead = 'The final, first held on 14 June 1998, was played again on Sunday in front of a full house.';
    expect(bylineDate(container(`<p>${lead}</p>`), lead)).toBeNull();
    expect(bylineDate(container(`<p>By Jane Doe · 14 June</p><p>${LEAD}</p>`), LEAD)).toBeNull();
  });

  it('is the article’s date when the page’s metadata has none', () => {
    const para = 'Paragraph of the story that says the home favourite beat the top seed on Sunday, diplomats and players said after the match ended.';
    const html = `<!doctype html><html><head><title>T</title></head><body><article><h1>Final</h1><p>By Jane Doe · Sunday 14 June 2026</p>${[1, 2, 3, 4].map(() => `<p>${para}</p>`).join('')}</article></body></html>`;
    expect(articleFromDocument(docOf(html), RealReadability)!.date).toBe(Date.UTC(2026, 5, 14));
  });
});

describe('furniture of every kind of news: tickers, notes, embedded posts', () => {
  it('takes a market ticker, a correction or update note for furniture', () => {
    expect(isFurniture('MARKETS CSX 4,318.2 ▲0.4% Harbour Holdings 12.64 ▼1.3% EUR/USD 1.086 · 15-min delay')).toBe(true);
    expect(isFurniture('Correction: an earlier version of this article gave the wrong score.')).toBe(true);
    expect(isFurniture('Update, June 16: this story now includes the company’s response.')).toBe(true);
    expect(isFurniture('This article was amended on 12 March 2026 to correct a name.')).toBe(true);
  });

  it('keeps sentences that only start like notes or carry one arrow', () => {
    expect(isFurniture('Correction officers at the prison said they had not been paid for two months.')).toBe(false);
    expect(isFurniture('An update to the phone’s software will arrive in March, the company said.')).toBe(false);
    expect(isFurniture('Shares rose 6.3% ▲ in morning trading after the company beat forecasts.')).toBe(false);
  });

  it('knows an embedded post by its handle line, and leaves a plain quote box alone', () => {
    const el = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.body.firstElementChild as unknown as Element;
    expect(isEmbeddedPost(el('<div><p>Osprel · @osprel</p><p>Vela 3. Two days on one charge. Pre-order now from $799.</p><p>7:02 PM · Sep 9, 2026</p></div>'))).toBe(true);
    expect(isEmbeddedPost(el('<div><p>WHAT. A. FINAL.</p><p>— Merrowport Open (@MerrowportOpen) June 14, 2026</p></div>'))).toBe(true);
    expect(isEmbeddedPost(el('<div><p>The company said 9,000 people had pre-ordered the phone.</p><p>Write to us at news@example.org with your questions about the launch and what it means for you.</p></div>'))).toBe(false);
    expect(isEmbeddedPost(el('<p>Osprel · @osprel</p>'))).toBe(false);
  });

  it('gives no block of an embedded post', () => {
    const root = parseHTML(`<html><body><div><p>The phone went on sale on Friday at a price of $799 in the United States.</p>
      <div class="post-embed"><p>Osprel · @osprel</p><p>Vela 3. Two days on one charge. 187g.</p><p>7:02 PM · Sep 9, 2026</p></div></div></body></html>`).document.body as unknown as Element;
    expect(blocksOf(root)).toEqual(['The phone went on sale on Friday at a price of $799 in the United States.']);
  });
});
