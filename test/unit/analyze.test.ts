import { describe, expect, it } from 'vitest';
import { analyzeArticle, articleCoverage, capArticle, extractClaims, matchArticleClaims } from '../../lib/analyze';
import { detectIndex } from '../../lib/corpus';
import { MAX_ARTICLE_CHARS, MAX_CLAIM_CHARS, MAX_CLAIMS } from '../../lib/limits';
import { articleFromText, type Article } from '../../lib/article';
import { quote, realCorpus, realMatcher, sourceBody, sourceId } from './support/corpus';

const matcher = realMatcher();
const index = detectIndex([realCorpus()]);
const stories = { index, matcher: () => realMatcher() };

const FOOTBALL: Article = {
  title: 'Ajax beat PSV 3-1 in Amsterdam thriller',
  blocks: [
    'Ajax came from behind to beat PSV 3-1 on Sunday, with two late goals sealing the win in front of 54,000 fans.',
    '“We never stopped believing in ourselves tonight,” the coach said after the match.',
    'PSV remain top of the table on goal difference after 12 games.',
  ],
};

const RUTTE_PAGE: Article = {
  title: 'Rutte takes over at NATO from Stoltenberg',
  blocks: [
    'Former Dutch Prime Minister Mark Rutte took over as NATO secretary general from Jens Stoltenberg on Tuesday.',
    '“I know both candidates very well,” Rutte told reporters at the alliance headquarters in Brussels.',
    'NATO’s 32 nations have backed Ukraine since the invasion, and Rutte pledged to keep supporting Kyiv.',
    '“The moon is made of green cheese, and we will build a base there,” he added.',
  ],
};

describe('capArticle', () => {
  it('leaves an article under the limit untouched', () => {
    const a = { title: 't', blocks: ['abc', 'def'] };
    expect(capArticle(a, 10)).toEqual({ article: a, truncated: false });
  });

  it('cuts whole blocks once the limit is passed and flags the cut', () => {
    const { article, truncated } = capArticle({ title: 't', blocks: ['aaaa', 'bbbb', 'cccc'] }, 9);
    expect(truncated).toBe(true);
    expect(article).toEqual({ title: 't', blocks: ['aaaa', 'bbbb'] });
  });

  it('cuts a first block longer than the limit to the limit', () => {
    const { article, truncated } = capArticle({ title: 't', blocks: ['x'.repeat(50), 'y'] }, 20);
    expect(truncated).toBe(true);
    expect(article.blocks).toEqual(['x'.repeat(20)]);
  });

  it('uses MAX_ARTICLE_CHARS by default', () => {
    const big = 'word '.repeat(MAX_ARTICLE_CHARS / 5);
    expect(capArticle({ title: '', blocks: [big] }).truncated).toBe(false);
    expect(capArticle({ title: '', blocks: [big, 'one more block'] }).truncated).toBe(true);
  });
});

describe('articleCoverage', () => {
  it('detects the Rutte page and not the football report', () => {
    expect(articleCoverage(RUTTE_PAGE, index).detected).toBe(true);
    expect(articleCoverage(FOOTBALL, index).detected).toBe(false);
    expect(articleCoverage(RUTTE_PAGE, index).score).toBeGreaterThan(articleCoverage(FOOTBALL, index).score);
  });

  it('names the story it covers, and none for a page it does not', () => {
    expect(articleCoverage(RUTTE_PAGE, index).story).toBe(realCorpus().story.id);
    expect(articleCoverage(FOOTBALL, index).story).toBeNull();
  });

  it('lets strictness move the threshold', () => {
    const plain = { ...RUTTE_PAGE, title: 'A day in Brussels' };
    const score = articleCoverage(plain, index).score;
    expect(score).toBeLessThan(0.9);
    const raised = { ...index, stories: [{ ...index.stories[0], threshold: score - 0.02 }] };
    expect(articleCoverage(plain, raised, 'balanced').detected).toBe(true);
    expect(articleCoverage(plain, raised, 'strict').detected).toBe(false);
    expect(articleCoverage(plain, { ...raised, stories: [{ ...raised.stories[0], threshold: score + 0.03 }] }, 'lenient').detected).toBe(true);
  });
});

describe('extractClaims', () => {
  it('gives quotes and figures together in reading order', () => {
    const { claims, truncated } = extractClaims(RUTTE_PAGE.blocks);
    expect(truncated).toBe(false);
    expect(claims.map((c) => [c.kind, c.block])).toEqual([
      ['quote', 1],
      ['figure', 2],
      ['quote', 3],
    ]);
    for (let i = 1; i < claims.length; i++) {
      const [a, b] = [claims[i - 1], claims[i]];
      expect(a.block < b.block || (a.block === b.block && a.ranges[0][0] <= b.ranges[0][0])).toBe(true);
    }
  });

  it('gives full names from knownNames', () => {
    const { claims } = extractClaims(['“We will be ready for anything that comes,” Rutte said.'], ['Mark Rutte']);
    expect(claims[0]).toMatchObject({ kind: 'quote', speaker: 'Mark Rutte' });
  });
});

describe('matchArticleClaims', () => {
  it('gives a surname-only speaker its corpus full name before matching', () => {
    const { results, self } = matchArticleClaims(matcher, ['A page of one short block.'], [quote('I know both candidates very well.', 'Rutte')]);
    expect(self).toBeNull();
    expect(results[0].claim).toMatchObject({ speaker: 'Mark Rutte' });
    expect(results[0].verdict).toBe('corroborated');
  });
});

describe('analyzeArticle', () => {
  it('returns no claims for a page that is not coverage', () => {
    const a = analyzeArticle(FOOTBALL, stories);
    expect(a).toEqual({ coverage: { detected: false, score: expect.any(Number), story: null }, self: null, results: [], truncated: false });
  });

  it('extracts and matches anyway with force', () => {
    const a = analyzeArticle(FOOTBALL, stories, { force: true });
    expect(a.coverage.detected).toBe(false);
    expect(a.results.length).toBeGreaterThan(0);
    expect(a.results.every((r) => r.verdict === 'unique')).toBe(true);
  });

  it('returns no claims when the threshold is out of reach', () => {
    const unreachable = { ...stories, index: { ...index, stories: [{ ...index.stories[0], threshold: 0.95 }] } };
    expect(analyzeArticle({ ...RUTTE_PAGE, title: 'A day in Brussels' }, unreachable, { strictness: 'strict' }).results).toEqual([]);
  });

  it('checks a coverage page’s claims against the corpus', () => {
    const a = analyzeArticle(RUTTE_PAGE, stories);
    expect(a.coverage).toMatchObject({ detected: true, story: realCorpus().story.id });
    expect(a.self).toBeNull();
    const byText = new Map(a.results.map((r) => [r.claim.text, r]));
    expect(byText.get('I know both candidates very well')).toMatchObject({ verdict: 'corroborated', claim: { speaker: 'Mark Rutte' } });
    expect(byText.get('32 nations')?.verdict).toBe('corroborated');
    expect(byText.get('The moon is made of green cheese, and we will build a base there')).toMatchObject({
      verdict: 'unique',
      claim: { speaker: 'Mark Rutte' },
    });
  });

  it('finds that a page is a source and never uses it as its own evidence', () => {
    const article = articleFromText(sourceBody('000'));
    const a = analyzeArticle(article, stories);
    const self = sourceId('000');
    expect(a.self).toBe(self);
    expect(a.results.length).toBeGreaterThan(15);
    expect(a.results.some((r) => r.evidence.some((e) => e.source === self))).toBe(false);
    // 000's "I'm not worried." is still corroborated by 002 and 004.
    const notWorried = a.results.find((r) => r.claim.text === "I'm not worried.");
    expect(notWorried?.verdict).toBe('corroborated');
  });

  it('flags and cuts an article over the size limit', () => {
    const block = 'Rutte met NATO allies in Brussels and spoke about Ukraine. '.repeat(100);
    const blocks = Array.from({ length: Math.ceil(MAX_ARTICLE_CHARS / block.length) + 5 }, () => block);
    const a = analyzeArticle({ title: 'Rutte at NATO', blocks }, stories, { force: true });
    expect(a.truncated).toBe(true);
  });
});

describe('extractClaims limits', () => {
  it('leaves out claims too long to check and stops at MAX_CLAIMS, saying so', () => {
    const long = `“${'We will stand together and '.repeat(Math.ceil(MAX_CLAIM_CHARS / 27))}win,” Rutte said.`;
    expect(extractClaims([long])).toEqual({ claims: [], truncated: true });
    const many = Array.from({ length: MAX_CLAIMS + 10 }, (_, i) => `Rutte met ${i + 2} allies.`);
    const { claims, truncated } = extractClaims(many);
    expect(claims).toHaveLength(MAX_CLAIMS);
    expect(truncated).toBe(true);
  });
});
