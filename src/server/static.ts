/**
 * Serving the built web app (`web/dist`): files with their content types, long caching for
 * Vite's content-hashed assets, and the single-page-app fallback (any other page path gets
 * `index.html`, whose router shows the page).
 */
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm run build:web` puts the app, from `src/server/` and from `dist/server/` alike. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Content types by file extension. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** A file to send. */
export interface StaticFile {
  body: Uint8Array;
  contentType: string;
  cacheControl: string;
}

/**
 * Resolves a URL path to a file of the web root, or null. Refuses anything that would leave the
 * root (`..`, encoded or not), NUL bytes and dot-files.
 */
export async function staticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const parts = decoded.split('/').filter(Boolean);
  if (parts.some((p) => p === '..' || p.startsWith('.'))) return null;
  const absoluteRoot = resolve(root);
  const path = resolve(join(absoluteRoot, ...parts));
  if (path !== absoluteRoot && !path.startsWith(absoluteRoot + sep)) return null;
  try {
    const info = await stat(path);
    if (!info.isFile()) return null;
  } catch {
    return null;
  }
  const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  const hashed = parts[0] === 'assets';
  return {
    body: await readFile(path),
    contentType: type,
    cacheControl: hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
}

/** True when the web root holds a built app. */
export function hasWebApp(root: string): boolean {
  return existsSync(join(root, 'index.html'));
}

/** A page path the single-page app handles (no file extension), as opposed to a missing file. */
export function isAppRoute(urlPath: string): boolean {
  const last = urlPath.split('/').pop() ?? '';
  return !last.includes('.');
}

/**
 * The page shown when the web app has not been built: plain HTML, no script, pointing at the
 * command that builds it. The API works regardless.
 */
export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>khabar</title></head>
<body><h1>خبر · khabar</h1>
<p>The web app is not built. Run <code>npm run build:web</code> and reload. The API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>
<p>لم يُبنَ تطبيق الويب بعد: شغّل <code>npm run build:web</code> ثم أعد تحميل الصفحة.</p>
</body></html>
`;
