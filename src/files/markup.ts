/**
 * Escaping for XML and HTML written by hand, without the template engine (sitemaps, the audit
 * dashboard, the preview's panel, a JUnit report, an SVG rebuilt from an allowlist, a QR code, the
 * Word package's properties): the one home of what each of them once did in its own way.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text, or an attribute value in double quotes (the only quotes this markup uses): every character
 * that could start or end markup there, as an entity. An apostrophe stays as written.
 */
export const escapeMarkup = (s: string): string => s.replace(/[&<>"]/g, (c) => ENTITIES[c]!);

/**
 * An attribute value that keeps its tabs and line breaks: a parser turns them into spaces
 * (attribute-value normalization) unless they are written as character references.
 */
export const escapeAttribute = (s: string): string => escapeMarkup(s).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Characters XML 1.0 does not allow anywhere, even escaped, left out: a report that holds one would not parse. */
export const xmlCharacters = (s: string): string => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
