import { Packer, type Document } from 'docx';

/** What the file says of itself (File › Properties in Word). */
export interface CoreProperties {
  title: string;
  /** Who is responsible for the document: the unit. */
  creator?: string;
  /** The language tag of its text ("id-ID"). */
  language: string;
}

const xmlText = (s: string) => s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/**
 * The package's core properties without the creation and modification times docx writes (the
 * moment of the run): the same standard gives the same file, and a time the document was not
 * made at is not claimed. Word fills them in when staff save it.
 */
function coreXml(p: CoreProperties): string {
  const element = (name: string, value: string | undefined) => (value ? `<${name}>${xmlText(value)}</${name}>` : '');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', p.title) +
    element('dc:creator', p.creator) +
    element('dc:language', p.language) +
    '</cp:coreProperties>'
  );
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** 1 January 1980 00:00, the earliest time a zip entry can hold: the usual "no time" of reproducible archives. */
const DOS_DATE = (1 << 5) | 1;
const DOS_TIME = 0;

/**
 * The zip entries' times set to one fixed value. docx zips each part with the time of the run;
 * the times sit in each entry's local and central headers, outside the compressed data and its
 * checksum, so they are rewritten in place.
 */
function fixedTimes(zip: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let end = out.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw new Error('docx wrote a zip file without its central directory');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) throw new Error('docx wrote a zip file whose central directory cannot be read');
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error('docx wrote a zip entry without its local header');
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

/** The .docx file, byte for byte the same for the same document. */
export async function packDocument(doc: Document, properties: CoreProperties): Promise<Uint8Array> {
  const zip = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(properties) }]);
  return fixedTimes(zip);
}
