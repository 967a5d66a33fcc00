/**
 * Office files (.xlsx, .docx) are ZIP archives, and the libraries that write them stamp every entry
 * with the time of writing: the same standard exported twice would give two different files. This
 * sets every entry's time to one fixed moment, in place, so the same input gives the same bytes.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** 1 January 1980 00:00, the first moment a ZIP archive can record (MS-DOS date and time fields). */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;

/** The moment Office properties (docProps/core.xml) say a file was created and modified: the same as its entries'. */
export const FIXED_TIME = new Date(Date.UTC(1980, 0, 1));

/** Every entry's modification time (central directory and local header) set to FIXED_TIME; throws on an archive it cannot walk. */
export function withFixedTimes(bytes: Uint8Array): Uint8Array {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('ZIP archive without a central directory');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw new Error('damaged ZIP central directory');
    buf.writeUInt16LE(DOS_TIME, at + 12);
    buf.writeUInt16LE(DOS_DATE, at + 14);
    const local = buf.readUInt32LE(at + 42);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) throw new Error('damaged ZIP entry');
    buf.writeUInt16LE(DOS_TIME, local + 10);
    buf.writeUInt16LE(DOS_DATE, local + 12);
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return bytes;
}
