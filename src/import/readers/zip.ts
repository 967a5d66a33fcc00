import { inflateRawSync } from 'node:zlib';

/**
 * The entries of a ZIP archive (.docx, .xlsx and .odt are ZIP archives of XML files), read from its
 * central directory: enough to tell what an archive is before a library opens it, and to read the
 * parts of a Word file its converter leaves out (headers, numbering). Stored and deflated entries
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

export function readZip(bytes: Uint8Array): Map<string, ZipEntry> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
  const entries = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw new ZipError('damaged central directory');
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localAt = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    entries.set(name, {
      name,
      read(limit = DEFAULT_ENTRY_LIMIT) {
        if (localAt + 30 > buf.length || buf.readUInt32LE(localAt) !== LOCAL) throw new ZipError(`damaged entry ${name}`);
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
