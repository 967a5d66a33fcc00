import type { Diagnostic } from '../../diagnostics.js';
import type { Lang } from '../../i18n/index.js';
import { decodeWindows1252 } from '../../files/decode.js';
import type { ReadDocument } from '../blocks.js';

export interface ReaderOptions {
  lang: Lang;
}

/** One format's reader: never throws on what a file holds, says it in `problems` instead. */
export type Reader = (file: string, bytes: Uint8Array, options: ReaderOptions) => Promise<ReadDocument>;

/** Text decoded from bytes, and whether it had to be guessed. */
export interface DecodedText {
  text: string;
  /** The encoding used when the bytes were not valid UTF-8 and named none (Windows' own, for Indonesian offices). */
  guessed?: string;
  /** A charset the file named that no decoder knows. */
  unknown?: string;
}

/** Labels that mean windows-1252 in browsers (the WHATWG Encoding Standard). */
const WINDOWS_1252 = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'ansi_x3.4-1968', 'cp819', 'ibm819', 'iso-ir-100']);

function decodeAs(label: string, bytes: Uint8Array): string {
  return WINDOWS_1252.has(label.trim().toLowerCase()) ? decodeWindows1252(bytes) : new TextDecoder(label).decode(bytes);
}

/**
 * Decode a text file: a byte-order mark wins (UTF-8 or UTF-16, as Notepad and Word's "Unicode
 * text" write), then a charset the file declares, then strict UTF-8, then windows-1252 (what
 * Windows editors in Indonesia save by default, and a superset of ISO-8859-1 that never fails).
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)) };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  let unknown: string | undefined;
  if (declared) {
    try {
      // A page that says UTF-8 but is not still reads, with U+FFFD where bytes were wrong.
      return { text: decodeAs(declared, bytes) };
    } catch {
      unknown = declared;
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), ...(unknown ? { unknown } : {}) };
  } catch {
    return { text: decodeWindows1252(bytes), guessed: 'windows-1252', ...(unknown ? { unknown } : {}) };
  }
}

/** A document that could not be read: no blocks, and why. */
export const refused = (file: string, format: ReadDocument['format'], problem: Diagnostic): ReadDocument => ({ file, format, blocks: [], problems: [problem] });
