import { describe, expect, it } from 'vitest';
import { checkUniqueIds, parseSourceFile, SourceFileError, type SourceFile } from '../../lib/sources';
import { sourceFiles } from './support/corpus';

const bytes = (text: string) => new TextEncoder().encode(text);

/** The SourceFileError thrown by parsing, or a failure. */
function faultOf(name: string, content: string | Uint8Array): SourceFileError {
  try {
    parseSourceFile(name, typeof content === 'string' ? bytes(content) : content);
  } catch (e) {
    expect(e).toBeInstanceOf(SourceFileError);
    return e as SourceFileError;
  }
  throw new Error('expected parseSourceFile to throw');
}

describe('parseSourceFile', () => {
  it('reads the header fields, trimmed, and the body', () => {
    const file = parseSourceFile(
      'data/sources/005_abc.txt',
      bytes('title:  Rutte takes reins \noutlet: Bloomberg\ndate: 2024-10-01\nurl: https://example.com/a?b=1\n---\nFirst line.\nSecond line.'),
    );
    expect(file).toEqual({
      id: '005_abc',
      title: 'Rutte takes reins',
      outlet: 'Bloomberg',
      date: '2024-10-01',
      url: 'https://example.com/a?b=1',
      body: 'First line.\nSecond line.',
    });
  });

  it('takes the id from the file name, without directories or .txt', () => {
    expect(parseSourceFile('a/b\\c/xyz.txt', bytes('---\nBody.')).id).toBe('xyz');
  });

  it('lets an id header override the file name', () => {
    expect(parseSourceFile('xyz.txt', bytes('id: my-id.1\n---\nBody.')).id).toBe('my-id.1');
  });

  it('leaves missing and empty fields empty, never invented', () => {
    expect(parseSourceFile('x.txt', bytes('title:\n\n---\nBody.'))).toMatchObject({ title: '', outlet: '', date: '', url: '' });
  });

  it('accepts a BOM and CRLF line ends', () => {
    const file = parseSourceFile('x.txt', bytes('\ufefftitle: T\r\n---\r\nLine one.\r\nLine two.'));
    expect(file.title).toBe('T');
    expect(file.body).toBe('Line one.\nLine two.');
  });

  it('keeps a later "---" line as part of the body', () => {
    expect(parseSourceFile('x.txt', bytes('---\nA.\n---\nB.')).body).toBe('A.\n---\nB.');
  });

  it('rejects a file with no "---" line', () => {
    const e = faultOf('nohead.txt', 'title: T\nBody without separator.');
    expect(e.file).toBe('nohead.txt');
    expect(e.fault).toMatch(/no "---" line/);
    expect(e.message).toBe(`nohead.txt: ${e.fault}`);
  });

  it('rejects an unknown header key, naming the line', () => {
    const e = faultOf('x.txt', 'title: T\nauthor: Jane\n---\nBody.');
    expect(e.fault).toMatch(/bad header at line 2/);
  });

  it('rejects a header key in capitals and a line without a colon', () => {
    expect(faultOf('x.txt', 'Title: T\n---\nBody.').fault).toMatch(/bad header at line 1/);
    expect(faultOf('x.txt', 'just words\n---\nBody.').fault).toMatch(/bad header at line 1/);
  });

  it('rejects an empty body', () => {
    expect(faultOf('x.txt', 'title: T\n---\n').fault).toMatch(/no body/);
    expect(faultOf('x.txt', 'title: T\n---\n  \n\t\n').fault).toMatch(/no body/);
  });

  it('rejects bytes that are not UTF-8', () => {
    const e = faultOf('bad.txt', new Uint8Array([0x74, 0x69, 0x3a, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x41]));
    expect(e.fault).toBe('not valid UTF-8');
  });

  it.each(['ftp://example.com/a', 'example.com/a', 'https://exa mple.com', 'javascript:alert(1)'])('rejects the url %s', (url) => {
    expect(faultOf('x.txt', `url: ${url}\n---\nBody.`).fault).toMatch(/url is not an http/);
  });

  it('rejects an id with other characters', () => {
    expect(faultOf('x.txt', 'id: a/b\n---\nBody.').fault).toMatch(/bad header: id/);
    expect(faultOf('bad id.txt', '---\nBody.').fault).toMatch(/bad header: id/);
  });

  it('parses every real source file with a body', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) {
      expect(f.id).toMatch(/^\d{3}_[0-9a-f]+$/);
      expect(f.body.trim().length).toBeGreaterThan(500);
    }
  });
});

describe('checkUniqueIds', () => {
  const source = (id: string): SourceFile => ({ id, title: '', outlet: '', date: '', url: '', body: 'Body.' });

  it('accepts distinct ids', () => {
    expect(() => checkUniqueIds([{ name: 'a.txt', source: source('a') }, { name: 'b.txt', source: source('b') }])).not.toThrow();
    expect(() => checkUniqueIds([])).not.toThrow();
  });

  it('rejects a second file with the same id, naming both files', () => {
    let error: unknown;
    try {
      checkUniqueIds([
        { name: 'a.txt', source: source('a') },
        { name: 'b.txt', source: source('b') },
        { name: 'c.txt', source: source('a') },
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SourceFileError);
    expect((error as SourceFileError).file).toBe('c.txt');
    expect((error as SourceFileError).fault).toBe('duplicate id "a" (also in a.txt)');
  });
});
