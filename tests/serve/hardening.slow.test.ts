import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENTS_PATH } from '../../src/serve/page.js';
import { DEFAULT_LIMITS, startPreview, type Preview } from '../../src/serve/server.js';
import { run, tempTree } from '../helpers.js';

const SECRET = `RAHASIA-${randomUUID()}`;
const HEADERS_TIMEOUT_MS = 500;
const KEEP_ALIVE_MS = 1000;

let preview: Preview;
let root: string;
let secretInTmp: string;
let own: string;

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Milliseconds from connecting to the server closing the connection. */
  closedAfter: number;
}

/** Send bytes exactly as written (no client library tidying the path) and read until the server closes. */
function raw(text: string | Buffer, { timeoutMs = 10_000 }: { timeoutMs?: number } = {}): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const started = Date.now();
    const socket = connect(preview.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      fail(new Error(`no close after ${timeoutMs} ms: ${JSON.stringify(text.toString().slice(0, 80))}`));
    }, timeoutMs);
    socket.on('data', (c: Buffer) => chunks.push(c));
    // A reset after the answer arrived still leaves the answer to check.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const all = Buffer.concat(chunks).toString('utf8');
      const at = all.indexOf('\r\n\r\n');
      if (at < 0) return fail(new Error(`no answer to ${JSON.stringify(text.toString().slice(0, 80))}: ${JSON.stringify(all)}`));
      const [statusLine, ...lines] = all.slice(0, at).split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      done({ status: Number(statusLine!.split(' ')[1]), headers, body: all.slice(at + 4), closedAfter: Date.now() - started });
    });
    socket.write(text);
  });
}

const get = (target: string, extra = '') => raw(`GET ${target} HTTP/1.1\r\nHost: ${own}\r\n${extra}Connection: close\r\n\r\n`);

/** A plain client request through Node's http module (keep-alive agent when given). */
function fetchStatus(path: string, agent?: Agent): Promise<number> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: preview.port, path, agent }, (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode ?? 0));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  root = await tempTree({ 'rahasia.txt': SECRET });
  expect((await run(['init', 'unit', '--nama', 'Dinas Sosial', '--wilayah', 'Kabupaten Sukamaju', '--kepala', 'Ani'], root)).code).toBe(0);
  await writeFile(join(root, 'unit', 'rahasia.txt'), SECRET);
  secretInTmp = join(tmpdir(), `standar-rahasia-${randomUUID()}.txt`);
  await writeFile(secretInTmp, SECRET);
  preview = await startPreview({ unitDir: join(root, 'unit'), cwd: join(root, 'unit'), lang: 'id', port: 0, limits: { headersTimeoutMs: HEADERS_TIMEOUT_MS, keepAliveTimeoutMs: KEEP_ALIVE_MS } });
  own = `127.0.0.1:${preview.port}`;
});

afterAll(async () => {
  await preview?.close();
  await rm(secretInTmp, { force: true });
});

describe('the preview serves only the built site', () => {
  it('answers every traversal trick with 400 or 404, never with a file from the disk', async () => {
    const tmp = basename(secretInTmp);
    const attempts: [string, 400 | 404][] = [
      ['/../rahasia.txt', 400],
      ['/layanan/../../rahasia.txt', 400],
      [`/../../${tmp}`, 400],
      [`/../../../../../../../..${secretInTmp}`, 400],
      ['/%2e%2e/rahasia.txt', 400],
      ['/%2e%2e%2frahasia.txt', 400],
      ['/.%2e/rahasia.txt', 400],
      [`/..%2f..%2f${tmp}`, 400],
      ['/%252e%252e%252frahasia.txt', 400],
      [`/%252e%252e%252f%252e%252e%252f${tmp}`, 400],
      ['/..\\rahasia.txt', 400],
      ['/layanan\\..\\..\\rahasia.txt', 400],
      ['/%5c..%5crahasia.txt', 400],
      ['/index.html%00.txt', 400],
      ['/rahasia.txt%00', 400],
      ['/%c0%ae%c0%ae/rahasia.txt', 400],
      ['/%c0%af', 400],
      ['/%e0%80%ae%e0%80%ae/rahasia.txt', 400],
      ['/%ff', 400],
      ['/%', 400],
      ['/%2', 400],
      ['/%zz', 400],
      ['/%%32%65', 400],
      ['/./index.html', 400],
      [`//${secretInTmp.slice(1)}`, 400],
      [`/${join(root, 'rahasia.txt').slice(1)}`, 404],
      [secretInTmp, 404],
      ['/rahasia.txt', 404],
      ['/penyelenggara.yaml', 404],
      ['/layanan/permohonan-informasi-publik.yaml', 404],
      ['/..;/rahasia.txt', 404],
    ];
    for (const [target, status] of attempts) {
      const r = await get(target);
      expect({ target, status: r.status }).toEqual({ target, status });
      expect(r.body).not.toContain(SECRET);
    }
    // The same through a client library that sends them as given, and as a query.
    expect(await fetchStatus(`/..%2f..%2f${tmp}`)).toBe(400);
    expect((await get(`/?f=../../${tmp}`)).status).toBe(200);
  });

  it('refuses malformed and absurdly long addresses without falling over', async () => {
    const long = await get(`/${'a'.repeat(8_000)}`);
    expect(long.status).toBe(414);
    expect(long.body).toBe('Alamat terlalu panjang.\nThe address is too long.\n');
    const nul = await raw(`GET /a\0b HTTP/1.1\r\nHost: ${own}\r\n\r\n`);
    expect(nul.status).toBe(400);
    expect(nul.body).toContain('This request cannot be read.');
    expect((await raw(`GET /é HTTP/1.1\r\nHost: ${own}\r\n\r\n`)).status).toBe(400);
    expect((await raw('BLAH\r\n\r\n')).status).toBe(400);
    expect((await get('/')).status).toBe(200);
  });

  it('answers a folder without its slash with a redirect on this host only', async () => {
    const r = await get('/layanan/informasi-publik');
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe('/layanan/informasi-publik/');
    expect((await get('/layanan/informasi-publik/')).status).toBe(200);
  });
});

describe('the preview answers only its own name (DNS rebinding)', () => {
  it('refuses other hosts, other ports, a missing or doubled Host, and absolute targets elsewhere', async () => {
    const refused = async (text: string, status: number) => {
      const r = await raw(text);
      expect({ text, status: r.status }).toEqual({ text, status });
      expect(r.body).not.toContain('Dinas Sosial');
      expect(r.body.split('\n').filter(Boolean)).toHaveLength(2);
      expect(r.headers['content-type']).toBe('text/plain; charset=utf-8');
    };
    await refused('GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n', 421);
    await refused(`GET / HTTP/1.1\r\nHost: evil.example:${preview.port}\r\n\r\n`, 421);
    await refused(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${preview.port + 1}\r\n\r\n`, 421);
    await refused('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 421);
    await refused(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${preview.port}.evil.example\r\n\r\n`, 421);
    await refused('GET / HTTP/1.1\r\n\r\n', 400);
    await refused('GET / HTTP/1.0\r\n\r\n', 400);
    await refused(`GET / HTTP/1.1\r\nHost: ${own}\r\nHost: evil.example\r\n\r\n`, 400);
    await refused(`GET http://evil.example/ HTTP/1.1\r\nHost: ${own}\r\n\r\n`, 421);
    await refused(`GET https://${own}/ HTTP/1.1\r\nHost: ${own}\r\n\r\n`, 421);
    await refused(`GET http://user@${own}/ HTTP/1.1\r\nHost: ${own}\r\n\r\n`, 421);
    const refusal = await raw('GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n');
    expect(refusal.body).toBe('Pratinjau ini hanya melayani alamat di komputer ini: http://127.0.0.1:<port>/ atau http://localhost:<port>/.\nThis preview only answers at addresses on this computer: http://127.0.0.1:<port>/ or http://localhost:<port>/.\n');

    for (const host of [own, `localhost:${preview.port}`, `LocalHost:${preview.port}`]) {
      const r = await raw(`GET / HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
      expect(r.status).toBe(200);
      expect(r.body).toContain('Dinas Sosial');
    }
    expect((await raw(`GET http://localhost:${preview.port}/kontak.html HTTP/1.1\r\nHost: ${own}\r\nConnection: close\r\n\r\n`)).status).toBe(200);
  });

  it('lets other sites link to the preview but not load its content', async () => {
    expect((await get('/', 'Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: no-cors\r\nSec-Fetch-Dest: script\r\n')).status).toBe(403);
    expect((await get(EVENTS_PATH, 'Sec-Fetch-Site: same-site\r\nSec-Fetch-Mode: cors\r\nSec-Fetch-Dest: empty\r\n')).status).toBe(403);
    expect((await get('/', 'Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: navigate\r\nSec-Fetch-Dest: document\r\n')).status).toBe(200);
    expect((await get('/', 'Sec-Fetch-Site: same-origin\r\nSec-Fetch-Mode: cors\r\nSec-Fetch-Dest: empty\r\n')).status).toBe(200);
  });
});

describe('the preview is read-only and bounded', () => {
  it('takes GET and HEAD only, and no request body', async () => {
    const post = await raw(`POST / HTTP/1.1\r\nHost: ${own}\r\nContent-Type: text/plain\r\nContent-Length: 102400\r\n\r\n${'x'.repeat(102_400)}`);
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    expect(post.body).toBe('Pratinjau hanya dapat dibaca (GET, HEAD).\nThe preview is read-only (GET, HEAD).\n');
    for (const method of ['PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE']) expect((await raw(`${method} / HTTP/1.1\r\nHost: ${own}\r\n\r\n`)).status).toBe(405);
    expect((await raw(`GET / HTTP/1.1\r\nHost: ${own}\r\nContent-Length: 5\r\n\r\nhallo`)).status).toBe(413);
    expect((await raw(`GET / HTTP/1.1\r\nHost: ${own}\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhallo\r\n0\r\n\r\n`)).status).toBe(413);
    const head = await raw(`HEAD /kontak.html HTTP/1.1\r\nHost: ${own}\r\nConnection: close\r\n\r\n`);
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(1000);
    expect(head.body).toBe('');
  });

  it('puts its security headers on every answer without breaking the page policy', async () => {
    const answers = await Promise.all([get('/'), get('/tidak-ada.html'), get('/layanan/informasi-publik'), get('/%zz'), raw('GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n'), raw(`GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: ${own}\r\n\r\n`)]);
    expect(answers.map((a) => a.status)).toEqual([200, 404, 302, 400, 421, 431]);
    for (const a of answers) {
      expect(a.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY', 'cache-control': 'no-store', 'cross-origin-resource-policy': 'same-origin' });
      expect(a.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
    // The site page keeps its own policy, with the hash of the one preview script, in its <meta>.
    const [page, missing] = answers;
    expect(page!.headers['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(missing!.headers['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(page!.body).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'sha256-[^']+'; connect-src 'self'"/);
    expect(answers[3]!.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it('refuses a 100 KB header, and closes a socket that never finishes its headers or stays idle', async () => {
    const big = await raw(`GET / HTTP/1.1\r\nHost: ${own}\r\nX-Isi: ${'a'.repeat(100 * 1024)}\r\n\r\n`);
    expect(big.status).toBe(431);
    expect(big.body).toBe('Kepala permintaan terlalu besar.\nThe request headers are too large.\n');

    // Slowloris: a header line every 100 ms, forever.
    const slow = await new Promise<RawResponse & { linesSent: number }>((done, fail) => {
      const socket = connect(preview.port, '127.0.0.1');
      let linesSent = 0;
      const drip = setInterval(() => socket.writable && (socket.write(`X-Pelan-${linesSent++}: a\r\n`), undefined), 100);
      socket.write(`GET / HTTP/1.1\r\nHost: ${own}\r\n`);
      const started = Date.now();
      let text = '';
      socket.on('data', (c: Buffer) => (text += c.toString()));
      socket.on('error', () => undefined);
      const guard = setTimeout(() => fail(new Error('slow socket still open after 10 s')), 10_000);
      socket.on('close', () => {
        clearInterval(drip);
        clearTimeout(guard);
        done({ status: Number(text.split(' ')[1]), headers: {}, body: text.slice(text.indexOf('\r\n\r\n') + 4), closedAfter: Date.now() - started, linesSent });
      });
    });
    expect(slow.status).toBe(408);
    expect(slow.body).toBe('Permintaan tidak selesai dikirim tepat waktu.\nThe request was not sent in time.\n');
    expect(slow.closedAfter).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS);
    expect(slow.closedAfter).toBeLessThan(HEADERS_TIMEOUT_MS + 3_000);

    // A connection that sends nothing, and one left open after its answer, are closed too.
    expect((await raw('', { timeoutMs: 5_000 })).status).toBe(408);
    const kept = await raw(`GET /kontak.html HTTP/1.1\r\nHost: ${own}\r\n\r\n`, { timeoutMs: 5_000 });
    expect(kept.status).toBe(200);
    expect(kept.closedAfter).toBeGreaterThanOrEqual(KEEP_ALIVE_MS - 100);
  });
});

describe('the preview under load', () => {
  it('holds 1,000 event streams opened at once: the cap is kept, the rest refused, pages still answer', async () => {
    type Outcome = { socket: Socket; kind: 'stream' | 'busy' | 'dropped'; text: () => string; closed: Promise<void> };
    const open = () =>
      new Promise<Outcome>((done) => {
        const socket = connect(preview.port, '127.0.0.1');
        let text = '';
        const closed = new Promise<void>((c) => socket.on('close', () => c()));
        const outcome = (kind: Outcome['kind']) => done({ socket, kind, text: () => text, closed });
        socket.on('error', () => undefined);
        socket.on('data', (c: Buffer) => {
          text += c.toString();
          if (text.startsWith('HTTP/1.1 200')) outcome('stream');
          else if (text.startsWith('HTTP/1.1 503')) outcome('busy');
        });
        void closed.then(() => outcome('dropped'));
        socket.write(`GET ${EVENTS_PATH} HTTP/1.1\r\nHost: ${own}\r\nAccept: text/event-stream\r\n\r\n`);
      });
    const started = Date.now();
    const outcomes = await Promise.all(Array.from({ length: 1000 }, open));
    const settled = Date.now() - started;
    const streams = outcomes.filter((o) => o.kind === 'stream');
    const busy = outcomes.filter((o) => o.kind === 'busy');
    try {
      expect(settled).toBeLessThan(20_000);
      expect(streams).toHaveLength(DEFAULT_LIMITS.maxEventClients);
      expect(busy.length).toBeGreaterThan(0);
      expect(streams.length + busy.length + outcomes.filter((o) => o.kind === 'dropped').length).toBe(1000);
      for (const b of busy) {
        await b.closed;
        expect(b.text()).toMatch(/\r\nRetry-After: 10\r\n/);
        expect(b.text()).toContain('Terlalu banyak halaman pratinjau terbuka');
      }

      // With the streams still open, a page answers at once; each stream was told the current version.
      const asked = Date.now();
      expect(await fetchStatus('/kontak.html')).toBe(200);
      expect(Date.now() - asked).toBeLessThan(2_000);
      for (const s of streams) expect(s.text()).toContain(`event: versi\ndata: ${preview.version}\n\n`);
    } finally {
      for (const o of outcomes) o.socket.destroy();
    }
    await Promise.all(outcomes.map((o) => o.closed));

    // The slots are free again: a new page gets its stream.
    const deadline = Date.now() + 5_000;
    let again: Outcome;
    do {
      again = await open();
      again.socket.destroy();
    } while (again.kind !== 'stream' && Date.now() < deadline);
    expect(again.kind).toBe('stream');
  });

  it('closes connections over the cap as they arrive, and the silent ones within the headers timeout', async () => {
    const extra = 50;
    const sockets = await Promise.all(
      Array.from(
        { length: DEFAULT_LIMITS.maxConnections + extra },
        () =>
          new Promise<{ text: string; closedAfter: number }>((done) => {
            const started = Date.now();
            const socket = connect(preview.port, '127.0.0.1');
            let text = '';
            socket.on('data', (c: Buffer) => (text += c.toString()));
            socket.on('error', () => undefined);
            socket.on('close', () => done({ text, closedAfter: Date.now() - started }));
          }),
      ),
    );
    const timedOut = sockets.filter((s) => s.text.startsWith('HTTP/1.1 408'));
    const dropped = sockets.filter((s) => s.text === '');
    expect(timedOut.length + dropped.length).toBe(sockets.length);
    expect(timedOut.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxConnections);
    expect(dropped.length).toBeGreaterThanOrEqual(extra);
    expect(Math.max(...sockets.map((s) => s.closedAfter))).toBeLessThan(HEADERS_TIMEOUT_MS + 3_000);
    expect(await fetchStatus('/')).toBe(200);
  });

  it('answers a burst of 5,000 requests, 100 at a time, and keeps working', async () => {
    const targets: [string, number][] = [
      ['/', 200],
      ['/kontak.html', 200],
      ['/layanan/informasi-publik/standar.html', 200],
      ['/layanan/informasi-publik/', 200],
      ['/tidak-ada.html', 404],
    ];
    const agent = new Agent({ keepAlive: true, maxSockets: 100 });
    const deadline = Date.now() + 45_000;
    const wrong: string[] = [];
    let next = 0;
    let answered = 0;
    const worker = async () => {
      while (next < 5000 && Date.now() < deadline) {
        const [path, status] = targets[next++ % targets.length]!;
        const got = await fetchStatus(path, agent);
        answered++;
        if (got !== status) wrong.push(`${path}: ${got}`);
      }
    };
    try {
      await Promise.all(Array.from({ length: 100 }, worker));
    } finally {
      agent.destroy();
    }
    expect(wrong).toEqual([]);
    expect(answered).toBe(5000);
    expect(await fetchStatus('/')).toBe(200);
  });
});
