/** Serves the built site (dist/) on 127.0.0.1 under the configured base path. */
import { startStaticServer } from './static-server.mjs';
import { readBase } from './site-base.mjs';

const port = Number(process.env.PORT ?? 4321);
const base = process.env.SITE_BASE ?? (await readBase());
const server = await startStaticServer({ root: process.env.SITE_OUT_DIR ?? 'dist', base, port });
console.log(`The portal is running at ${server.url} (press Ctrl+C to stop)`);
