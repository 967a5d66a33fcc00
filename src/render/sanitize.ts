/**
 * Characters that change how text is displayed without being seen: bidi embeddings, overrides
 * and isolates (which can make "exe.txt" read as "txt.exe" or reorder a fee), the invisible
 * directional marks, and C0/C1 control characters. Indonesian service data never needs them, so
 * they are removed from every user string before it reaches a template.
 */
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function stripControls(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '');
}

/**
 * A deep copy of parsed YAML data with every string cleaned: controls removed, line endings
 * made "\n", each line trimmed and its runs of spaces and tabs made one space (a no-break space
 * stays), more than one blank line made one. Line breaks are kept: a blank line separates
 * paragraphs and a line starting "a." or "-" is a list item (`textBlocks`), and the views make a
 * name or an address one line (`line` in view/read.ts).
 */
export function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') {
    const lines = stripControls(value.replace(/\r\n?/g, '\n')).split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim());
    return lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '') as T;
  }
  if (Array.isArray(value)) return value.map(cleanStrings) as T;
  // Entries are defined, not assigned: a key "__proto__" stays a key instead of becoming the prototype.
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanStrings(v)])) as T;
  return value;
}
