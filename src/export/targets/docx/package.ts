import { Packer, type Document } from 'docx';
import { escapeMarkup, xmlCharacters } from '../../../files/markup.js';
import { withFixedTimes } from '../../../files/zip.js';

/** What the file says of itself (File › Properties in Word). */
export interface CoreProperties {
  title: string;
  /** Who is responsible for the document: the unit. */
  creator?: string;
  /** The language tag of its text ("id-ID"). */
  language: string;
}

/**
 * The package's core properties without the creation and modification times docx writes (the
 * moment of the run): the same standard gives the same file, and a time the document was not
 * made at is not claimed. Word fills them in when staff save it.
 */
function coreXml(p: CoreProperties): string {
  const element = (name: string, value: string | undefined) => (value ? `<${name}>${escapeMarkup(xmlCharacters(value))}</${name}>` : '');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', p.title) +
    element('dc:creator', p.creator) +
    element('dc:language', p.language) +
    '</cp:coreProperties>'
  );
}

/** The .docx file, byte for byte the same for the same document. */
export async function packDocument(doc: Document, properties: CoreProperties): Promise<Uint8Array> {
  const zip = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(properties) }]);
  return withFixedTimes(zip);
}
