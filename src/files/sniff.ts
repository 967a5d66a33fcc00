/** What a file's first bytes say it is, whatever its name: one home for every reader that lets the content decide. */

/** A ZIP archive (.docx, .xlsx and .odt are ZIP archives of XML files). */
export const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Compound File (OLE) signature: Office before 2007, and every password-protected Office file. */
export const isCompoundFile = (bytes: Uint8Array) => [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((v, i) => bytes[i] === v);
