import type { Diagnostic, Position } from '../diagnostics.js';
import { fileProblemMessage, fileProblemRule } from '../files/messages.js';
import { readFound } from '../files/read.js';
import type { Lang, MessageDef, Params } from '../i18n/index.js';
import { FILE_MESSAGES } from '../load/messages.js';
import { FILE_START, makeDiagnostic, offsetPosition } from '../load/source.js';
import { firstInvalidUtf8 } from '../load/utf8.js';
import { Refusal } from './refusal.js';

/** Far above any real package.json; only keeps a mistaken multi-gigabyte file out of memory. */
const MAX_PACKAGE_JSON = 16 * 1024 * 1024;

type SyntaxKind = 'empty' | 'comment' | 'trailingComma' | 'singleQuote' | 'end' | 'unexpected';

const STRICT_HINT = { id: 'npm membaca package.json sebagai JSON ketat: tanpa komentar, tanpa koma di akhir daftar, teks dan nama kunci di antara tanda kutip ganda.', en: 'npm reads package.json as strict JSON: no comments, no trailing commas, text and key names in double quotes.' };

const MESSAGES = {
  empty: {
    message: { id: 'package.json kosong.', en: 'package.json is empty.' },
    hint: { id: 'Tulis sebuah objek JSON di dalamnya, misalnya {"private": true}, atau hapus berkas kosong ini.', en: 'Write a JSON object in it, e.g. {"private": true}, or delete this empty file.' },
  },
  comment: {
    message: { id: 'package.json memuat komentar; JSON tidak mengenal komentar.', en: 'package.json contains a comment; JSON has no comments.' },
    hint: { id: 'Hapus komentar // ... atau /* ... */ ini. ' + STRICT_HINT.id, en: 'Remove this // ... or /* ... */ comment. ' + STRICT_HINT.en },
  },
  trailingComma: {
    message: { id: 'Ada koma sebelum penutup } atau ] di package.json.', en: 'There is a comma before a closing } or ] in package.json.' },
    hint: { id: 'Hapus koma ini. ' + STRICT_HINT.id, en: 'Remove this comma. ' + STRICT_HINT.en },
  },
  singleQuote: {
    message: { id: 'Teks di package.json diapit tanda kutip tunggal.', en: 'Text in package.json is in single quotes.' },
    hint: { id: 'Ganti dengan tanda kutip ganda ("..."). ' + STRICT_HINT.id, en: 'Use double quotes ("...") instead. ' + STRICT_HINT.en },
  },
  end: {
    message: { id: 'package.json berakhir sebelum JSON-nya lengkap.', en: 'package.json ends before its JSON is complete.' },
    hint: { id: 'Periksa apakah setiap {, [ dan tanda kutip sudah ditutup.', en: 'Check that every {, [ and quote is closed.' },
  },
  unexpected: {
    message: { id: 'Penulisan JSON di package.json tidak sah di sini.', en: 'The JSON in package.json is invalid here.' },
    hint: { id: 'Periksa koma, titik dua dan tanda kutip di sekitar posisi ini. ' + STRICT_HINT.id, en: 'Check the commas, colons and quotes around this position. ' + STRICT_HINT.en },
  },
  notObject: {
    message: { id: 'package.json harus berisi satu objek JSON ({ ... }).', en: 'package.json must hold one JSON object ({ ... }).' },
    hint: { id: 'Contoh terkecil: {"private": true}.', en: 'The smallest example: {"private": true}.' },
  },
} satisfies Record<SyntaxKind | 'notObject', MessageDef>;

class SyntaxStop {
  constructor(
    readonly offset: number,
    readonly kind: SyntaxKind,
  ) {}
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * Where strict JSON (RFC 8259, as npm reads it) first goes wrong in `text`, and how. Only called
 * once JSON.parse has failed: its messages differ between Node versions and carry no line. A
 * loop with an explicit stack, so deep nesting cannot overflow the call stack.
 */
export function jsonSyntaxError(text: string): { offset: number; kind: SyntaxKind } | undefined {
  const n = text.length;
  let i = 0;
  const stop = (kind: SyntaxKind, at = i): never => {
    throw new SyntaxStop(at, i >= n && kind === 'unexpected' ? 'end' : kind);
  };
  const space = () => {
    for (; i < n; i++) {
      const c = text[i];
      if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) stop('comment');
      if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') return;
    }
  };
  const string = () => {
    if (text[i] === "'") stop('singleQuote');
    if (text[i] !== '"') stop('unexpected');
    for (i++; i < n; ) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) stop('unexpected');
      if (c === 0x5c) {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) stop('unexpected');
        i = ESCAPE.lastIndex;
      } else i++;
    }
    stop('end');
  };
  /** Open containers: '}' or ']' each, the closer awaited. */
  const stack: string[] = [];
  try {
    if (text.trim() === '') return { offset: 0, kind: 'empty' };
    for (;;) {
      // A value.
      space();
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        space();
        const close = c === '{' ? '}' : ']';
        if (text[i] === close) i++;
        else {
          stack.push(close);
          if (close === '}') {
            space();
            string();
            space();
            if (text[i] !== ':') stop('unexpected');
            i++;
          }
          continue;
        }
      } else if (c === '"' || c === "'") string();
      else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) stop('unexpected');
        i = NUMBER.lastIndex;
      }
      // After a value: close containers, or a comma and the next member.
      for (;;) {
        space();
        const close = stack[stack.length - 1];
        if (close === undefined) {
          if (i < n) stop('unexpected');
          return undefined;
        }
        if (text[i] === close) {
          stack.pop();
          i++;
          continue;
        }
        if (text[i] !== ',') stop('unexpected');
        const comma = i++;
        space();
        if (text[i] === '}' || text[i] === ']') stop('trailingComma', comma);
        if (close === '}') {
          string();
          space();
          if (text[i] !== ':') stop('unexpected');
          i++;
        }
        break;
      }
    }
  } catch (err) {
    if (err instanceof SyntaxStop) return { offset: err.offset, kind: err.kind };
    throw err;
  }
}

/**
 * The parsed object of the package.json at `path`, or undefined when there is none. Anything npm
 * could not read either is refused with a located diagnostic (named `shown`), so the command
 * stops before writing instead of guessing.
 */
export async function readPackageJson(path: string, shown: string, lang: Lang): Promise<Record<string, unknown> | undefined> {
  const refuse = (pos: Position, rule: string, def: MessageDef, params?: Params): never => {
    const diagnostic: Diagnostic = makeDiagnostic(shown, pos, '', { rule, def, params }, lang);
    throw new Refusal({ id: `${shown} perlu diperbaiki dulu; tidak ada berkas yang ditulis.`, en: `${shown} needs fixing first; no file was written.` }, [diagnostic]);
  };
  const read = readFound(path, { limit: MAX_PACKAGE_JSON });
  if (!read.ok && read.reason === 'missing') return undefined;
  if (!read.ok) {
    const { def, params } = fileProblemMessage(read, { path: shown }, lang);
    return refuse(FILE_START, fileProblemRule(read), def, params);
  }
  const bytes = read.bytes;
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const before = bytes.subarray(0, bad).toString('utf8');
    return refuse(offsetPosition(before, before.length), 'berkas', FILE_MESSAGES.notUtf8);
  }
  // Editors on Windows may save a byte order mark; npm reads past it, and so does this.
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const error = jsonSyntaxError(text) ?? { offset: 0, kind: 'unexpected' as const };
    return refuse(offsetPosition(text, error.offset), 'berkas', MESSAGES[error.kind]);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return refuse(FILE_START, 'berkas', MESSAGES.notObject);
  return data as Record<string, unknown>;
}
