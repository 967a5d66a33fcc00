import { STATUS_CODES, type IncomingHttpHeaders } from 'node:http';
import type { Text } from '../i18n/index.js';

/**
 * The site's addresses are short slugs: a longer request target is an attack or a mistake. Checked
 * before the headers cap below, which Node applies to the request line and headers together.
 */
export const MAX_TARGET_LENGTH = 2048;
/** Node's default, kept on purpose: browsers send the cookies of every local app on `localhost` here too. */
export const MAX_HEADER_BYTES = 16 * 1024;

/** On every response: nothing is sniffed, cached, framed, leaked as a referrer, or loaded by other sites. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/**
 * The header policy of a site page only forbids framing (which a `<meta>` policy cannot): the
 * page's own policy, with the preview script's hash, stays in its `<meta>`, and browsers enforce both.
 */
export const PAGE_POLICY = "frame-ancestors 'none'";
/** Everything else the preview answers (its own texts, XML, JSON) runs nothing and loads nothing. */
export const INERT_POLICY = "default-src 'none'; frame-ancestors 'none'";

export type RefusalReason = 'host' | 'noHost' | 'crossSite' | 'method' | 'body' | 'tooLong' | 'target' | 'busy' | 'headersTooLarge' | 'timeout' | 'malformed';

const STATUS: Record<RefusalReason, number> = { host: 421, noHost: 400, crossSite: 403, method: 405, body: 413, tooLong: 414, target: 400, busy: 503, headersTooLarge: 431, timeout: 408, malformed: 400 };

/** Refusals are read by whoever sent the request, not necessarily the person running the preview: both languages. */
const REFUSALS: Record<RefusalReason, Text> = {
  host: { id: 'Pratinjau ini hanya melayani alamat di komputer ini: http://127.0.0.1:<port>/ atau http://localhost:<port>/.', en: 'This preview only answers at addresses on this computer: http://127.0.0.1:<port>/ or http://localhost:<port>/.' },
  noHost: { id: 'Permintaan harus menyebut satu nama host (kepala Host).', en: 'A request must name exactly one host (Host header).' },
  crossSite: { id: 'Halaman situs lain tidak boleh memuat isi pratinjau.', en: "Pages of other sites may not load the preview's content." },
  method: { id: 'Pratinjau hanya dapat dibaca (GET, HEAD).', en: 'The preview is read-only (GET, HEAD).' },
  body: { id: 'Permintaan ke pratinjau tidak boleh membawa isi.', en: 'Requests to the preview may not carry a body.' },
  tooLong: { id: 'Alamat terlalu panjang.', en: 'The address is too long.' },
  target: { id: 'Alamat ini tidak sah (misalnya "..", "\\", %00 atau kode % yang rusak).', en: 'This address is malformed (e.g. "..", "\\", %00 or a broken % code).' },
  busy: { id: 'Terlalu banyak halaman pratinjau terbuka. Tutup sebagian, lalu muat ulang halaman ini.', en: 'Too many preview pages are open. Close some, then reload this page.' },
  headersTooLarge: { id: 'Kepala permintaan terlalu besar.', en: 'The request headers are too large.' },
  timeout: { id: 'Permintaan tidak selesai dikirim tepat waktu.', en: 'The request was not sent in time.' },
  malformed: { id: 'Permintaan ini tidak dapat dibaca.', en: 'This request cannot be read.' },
};

export interface Refusal {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The response to a refused request: a short text in both languages, and the connection closed. */
export function refusal(reason: RefusalReason, extra: Record<string, string> = {}): Refusal {
  const text = REFUSALS[reason];
  const body = `${text.id}\n${text.en}\n`;
  return {
    status: STATUS[reason],
    body,
    headers: { ...SECURITY_HEADERS, 'Content-Security-Policy': INERT_POLICY, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close', ...extra },
  };
}

/** The same, as bytes for a socket whose request Node could not parse (no response object exists). */
export function rawRefusal(reason: RefusalReason): string {
  const r = refusal(reason);
  const head = Object.entries(r.headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  return `HTTP/1.1 ${r.status} ${STATUS_CODES[r.status]}\r\n${head}\r\n${r.body}`;
}

export interface RequestHead {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  rawHeaders: string[];
}

export type Vetted = { ok: true; path: string } | { ok: false; reason: RefusalReason };

/** The names this preview answers to: another name reaching 127.0.0.1 is another site (DNS rebinding). */
function isOwnAuthority(authority: string, port: number): boolean {
  const a = authority.toLowerCase();
  return a === `127.0.0.1:${port}` || a === `localhost:${port}`;
}

/** What a path may not hold unencoded: anything but visible ASCII, and the backslash, quote, hash, angle brackets, backtick and braces. */
const RAW_REFUSED = /[^\x21-\x7e]|[\\"#<>`{}]/;

/**
 * Percent-decoding that accepts one reading only: every `%` starts two hex digits, the bytes are
 * valid UTF-8 (overlong forms such as `%c0%ae` are not), and nothing decodes to another `%`
 * (double encoding), a backslash or a control character (`%00`).
 */
function decodePath(raw: string): string | undefined {
  if (RAW_REFUSED.test(raw)) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '%') {
      bytes.push(raw.charCodeAt(i));
      continue;
    }
    const hex = raw.slice(i + 1, i + 3);
    if (!/^[0-9a-f]{2}$/i.test(hex)) return undefined;
    bytes.push(parseInt(hex, 16));
    i += 2;
  }
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
  return /[%\\\u0000-\u001f\u007f-\u009f]/.test(decoded) ? undefined : decoded;
}

/**
 * Decide whether a request is one this preview answers, and which site path it asks for (decoded,
 * without the leading slash; a trailing slash means the folder's index). Nothing here touches the
 * disk: the path is only ever looked up among the pages the preview built.
 */
export function vetRequest(req: RequestHead, port: number): Vetted {
  const hosts = req.rawHeaders.filter((_v, i) => i % 2 === 0 && req.rawHeaders[i]!.toLowerCase() === 'host').length;
  if (hosts !== 1 || !req.headers.host) return { ok: false, reason: 'noHost' };
  if (!isOwnAuthority(req.headers.host, port)) return { ok: false, reason: 'host' };

  let target = req.url ?? '';
  if (target.length > MAX_TARGET_LENGTH) return { ok: false, reason: 'tooLong' };
  // Absolute form ("GET http://host/path"): its authority must be this preview too.
  const absolute = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/i.exec(target);
  if (absolute) {
    if (absolute[1]!.toLowerCase() !== 'http' || !isOwnAuthority(absolute[2]!, port)) return { ok: false, reason: 'host' };
    target = absolute[3] || '/';
  }

  // A page of another site may link here (the reader then sees the preview), but not load its content.
  const site = req.headers['sec-fetch-site'];
  if ((site === 'cross-site' || site === 'same-site') && !(req.headers['sec-fetch-mode'] === 'navigate' && req.headers['sec-fetch-dest'] === 'document')) return { ok: false, reason: 'crossSite' };

  if (req.method !== 'GET' && req.method !== 'HEAD') return { ok: false, reason: 'method' };
  const length = req.headers['content-length'];
  if (req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0')) return { ok: false, reason: 'body' };

  if (!target.startsWith('/')) return { ok: false, reason: 'target' };
  const query = target.indexOf('?');
  const decoded = decodePath(query < 0 ? target : target.slice(0, query));
  if (decoded === undefined) return { ok: false, reason: 'target' };
  const segments = decoded.slice(1).split('/');
  // "." and ".." never name a page, and an empty segment ("//") would turn a redirect into another host's address.
  if (segments.some((s, i) => s === '.' || s === '..' || (s === '' && i < segments.length - 1))) return { ok: false, reason: 'target' };
  return { ok: true, path: segments.join('/') };
}
