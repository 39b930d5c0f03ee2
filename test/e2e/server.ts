// Serves test/fixtures/pages/ (and any other folders given) on 127.0.0.1 at a free port: the
// pages the extension is tried on.
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export const PAGES = path.resolve(import.meta.dirname, '../fixtures/pages');

export interface FixtureServer {
  url(page: string): string;
  close(): Promise<void>;
}

export async function serveFixtures(dirs: string[] = [PAGES]): Promise<FixtureServer> {
  const server = http.createServer(async (req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1);
    // Browsers ask for one unprompted; a 404 would be logged in the page's console.
    if (name === 'favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    // Flat directory: a name with a separator or a dot-dot never leaves it.
    if (!/^[\w.-]+\.html$/.test(name) || name.includes('..')) {
      res.writeHead(404).end();
      return;
    }
    for (const dir of dirs) {
      const body = await fs.readFile(path.join(dir, name)).catch(() => null);
      if (body) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (page) => `http://127.0.0.1:${port}/${page}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
