/**
 * Request bodies: read with a size limit (counted while streaming, so a lying or missing
 * Content-Length cannot get past it), decoded as strict UTF-8, parsed as JSON with a 400 on error.
 */
import type { Context } from 'hono';
import { HttpError, badRequest } from './errors.ts';

const BOM = '\uFEFF';

/**
 * Reads the request body as UTF-8 text, refusing more than `maxBytes` (413) and invalid UTF-8 (400).
 */
export async function readBodyText(c: Context, maxBytes: number): Promise<string> {
  const declared = c.req.header('content-length');
  if (declared !== undefined && /^\d+$/.test(declared) && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  const body = c.req.raw.body;
  if (!body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badRequest('the request body is not valid UTF-8', 'bad-encoding');
  }
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** Parses JSON text, turning a syntax error into a 400 that says where. */
export function parseJson(text: string): unknown {
  if (!text.trim()) throw badRequest('the request body is empty; expected JSON', 'bad-json');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badRequest(`malformed JSON: ${(error as Error).message}`, 'bad-json');
  }
}

/** The media type of the request, lower case, without parameters (`application/json`). */
export function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, 'body-too-large', `the request body is larger than the limit of ${formatBytes(maxBytes)}`);
}

/** Formats a byte count for messages (`2 MB`). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} bytes`;
}
