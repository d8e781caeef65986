/**
 * A small static file server for the built site, honouring Astro's base path, so tests and
 * `npm start` serve dist/ exactly as a host would. No dependencies.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

/**
 * @param {{ root: string, base?: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} url ends with the base path
 */
export async function startStaticServer({ root, base = '/', port = 0, host = '127.0.0.1' }) {
  const rootDir = resolve(root);
  const basePath = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      let path = decodeURIComponent(url.pathname);
      if (!path.startsWith(basePath)) return send404(res, rootDir);
      path = path.slice(basePath.length);
      let file = normalize(join(rootDir, path));
      if (!file.startsWith(rootDir)) return send404(res, rootDir);
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` });
          return res.end();
        }
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) return send404(res, rootDir);
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}${basePath}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

async function send404(res, rootDir) {
  const page = await readFile(join(rootDir, '404.html')).catch(() => Buffer.from('Not found'));
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(page);
}
