/** windows-1252's characters at 0x80–0x9F (undefined ones stay as Latin-1 control codes). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * windows-1252, by hand: Node 20's TextDecoder reads the label as ISO-8859-1, which turns Word's
 * curly quotes and dashes (0x91–0x97) into invisible control codes.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, i + 8192)).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}

/** Where an incomplete UTF-8 sequence at the end of `bytes` starts (its length when there is none). */
function completeUtf8End(bytes: Uint8Array): number {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return bytes.length - i < need ? i : bytes.length;
  }
  return bytes.length;
}

/**
 * Text decoded piece by piece, for files read as a stream: a byte-order mark decides (UTF-8 or
 * UTF-16, as Notepad and Excel's "Unicode text" write); otherwise UTF-8 until a byte that is not,
 * and windows-1252 from that piece on (what Windows editors in Indonesia save by default; it never
 * fails). `guessed` then names it, so the reader can say the text may need checking.
 */
export class StreamTextDecoder {
  private head: Uint8Array | undefined = new Uint8Array(0);
  private utf16: TextDecoder | undefined;
  private carry: Uint8Array = new Uint8Array(0);
  private readonly strictUtf8 = new TextDecoder('utf-8', { fatal: true });
  guessed: string | undefined;

  write(bytes: Uint8Array): string {
    if (this.head) {
      const joined = concat(this.head, bytes);
      if (joined.length < 3) {
        this.head = joined;
        return '';
      }
      this.head = undefined;
      return this.begin(joined);
    }
    return this.decode(bytes);
  }

  end(): string {
    if (this.head) {
      const rest = this.head;
      this.head = undefined;
      return this.begin(rest) + this.end();
    }
    if (this.utf16) return this.utf16.decode();
    const rest = this.carry;
    this.carry = new Uint8Array(0);
    if (rest.length === 0) return '';
    if (this.guessed) return decodeWindows1252(rest);
    try {
      return this.strictUtf8.decode(rest);
    } catch {
      this.guessed = 'windows-1252';
      return decodeWindows1252(rest);
    }
  }

  private begin(bytes: Uint8Array): string {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return this.decode(bytes.subarray(3));
    if (bytes[0] === 0xff && bytes[1] === 0xfe) this.utf16 = new TextDecoder('utf-16le');
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) this.utf16 = new TextDecoder('utf-16be');
    return this.utf16 ? this.utf16.decode(bytes.subarray(2), { stream: true }) : this.decode(bytes);
  }

  private decode(bytes: Uint8Array): string {
    if (this.utf16) return this.utf16.decode(bytes, { stream: true });
    const all = concat(this.carry, bytes);
    if (this.guessed) {
      this.carry = new Uint8Array(0);
      return decodeWindows1252(all);
    }
    const end = completeUtf8End(all);
    try {
      const text = this.strictUtf8.decode(all.subarray(0, end));
      this.carry = all.slice(end);
      return text;
    } catch {
      this.guessed = 'windows-1252';
      this.carry = new Uint8Array(0);
      return decodeWindows1252(all);
    }
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
