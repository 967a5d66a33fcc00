import { inflateRawSync } from 'node:zlib';

/**
 * ZIP archives (.docx, .xlsx and .odt are ZIP archives of XML files), read from their central
 * directory: enough to tell what an archive is before a library opens it, to read the parts of a
 * Word file its converter leaves out (headers, numbering), and to date every entry alike so an
 * Office file the tool writes is the same bytes for the same input. Stored and deflated entries
 * only, which is all Office and LibreOffice write.
 */

export class ZipError extends Error {}

export interface ZipEntry {
  name: string;
  /** The entry's bytes, inflated; throws ZipError when they are damaged or over `limit`. */
  read(limit?: number): Buffer;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Every part of a document together stays below this once inflated (a "zip bomb" does not). */
const DEFAULT_ENTRY_LIMIT = 64 * 1024 * 1024;

/** One record of an archive's central directory, with where it and its local header start. */
export interface ZipRecord {
  /** Offset of the central directory record. */
  at: number;
  /** Offset of the entry's local header. */
  localAt: number;
  name: string;
  method: number;
  compressed: number;
  size: number;
}

/** The records of the central directory, in order; throws ZipError when there is none or it is damaged. */
export function zipDirectory(buf: Buffer): ZipRecord[] {
  // The end record is in the last 22 bytes, or before a comment of at most 65535 bytes.
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError('no central directory');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const records: ZipRecord[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw new ZipError('damaged central directory');
    const nameLength = buf.readUInt16LE(at + 28);
    records.push({
      at,
      localAt: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
      method: buf.readUInt16LE(at + 10),
      compressed: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
    });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return records;
}

/** Whether a local header starts at `at`. */
export const isLocalHeader = (buf: Buffer, at: number) => at + 30 <= buf.length && buf.readUInt32LE(at) === LOCAL;

export function readZip(bytes: Uint8Array): Map<string, ZipEntry> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = new Map<string, ZipEntry>();
  for (const { name, method, compressed, size, localAt } of zipDirectory(buf)) {
    entries.set(name, {
      name,
      read(limit = DEFAULT_ENTRY_LIMIT) {
        if (!isLocalHeader(buf, localAt)) throw new ZipError(`damaged entry ${name}`);
        const start = localAt + 30 + buf.readUInt16LE(localAt + 26) + buf.readUInt16LE(localAt + 28);
        if (start + compressed > buf.length) throw new ZipError(`truncated entry ${name}`);
        if (size > limit) throw new ZipError(`entry ${name} too large`);
        const data = buf.subarray(start, start + compressed);
        if (method === 0) return data;
        if (method !== 8) throw new ZipError(`entry ${name} uses compression method ${method}`);
        try {
          return inflateRawSync(data, { maxOutputLength: limit });
        } catch {
          throw new ZipError(`damaged entry ${name}`);
        }
      },
    });
  }
  return entries;
}

/** 1 January 1980 00:00, the first moment a ZIP archive can record (MS-DOS date and time fields). */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;

/** The moment an Office file the tool writes says it was created and modified: the same as its entries'. */
export const FIXED_TIME = new Date(Date.UTC(1980, 0, 1));

/**
 * The archive with every entry dated FIXED_TIME, in place: the libraries that write Office files
 * stamp each entry with the time of writing, so the same standard exported twice would give two
 * different files. Only header fields change, never the data or its checksums.
 */
export function withFixedTimes<T extends Uint8Array>(bytes: T): T {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const { at, localAt } of zipDirectory(buf)) {
    buf.writeUInt16LE(DOS_TIME, at + 12);
    buf.writeUInt16LE(DOS_DATE, at + 14);
    if (!isLocalHeader(buf, localAt)) throw new ZipError('damaged entry');
    buf.writeUInt16LE(DOS_TIME, localAt + 10);
    buf.writeUInt16LE(DOS_DATE, localAt + 12);
  }
  return bytes;
}
