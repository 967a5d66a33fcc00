/**
 * A string of its own: one read out of a document may be a slice of the whole file's text, which
 * it would keep alive as long as the audit is kept (kilobytes per service over a region).
 */
export function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
