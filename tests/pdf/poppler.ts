import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The PDF on disk, for poppler's tools. */
export function pdfFile(pdf: Uint8Array, name = 'doc.pdf'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'standar-pdf-test-')), name);
  writeFileSync(path, pdf);
  return path;
}

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

/** Text of the whole PDF, or of pages first..last (1-based), in reading order. */
export function pdftotext(path: string, pages?: { first: number; last?: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last ?? pages.first)] : [];
  return run('pdftotext', [...range, path, '-']);
}

/** pdfinfo's "Key: value" lines as a record. */
export function pdfinfo(path: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [path]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!.trim()] = m[2]!.trim();
  }
  return info;
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}

/** pdffonts' table, one row per font. */
export function pdffonts(path: string): FontRow[] {
  const lines = run('pdffonts', [path]).split('\n').slice(2).filter((l) => l.trim() !== '');
  return lines.map((line) => {
    // Columns: name, type (may hold spaces), encoding, emb, sub, uni, object ID.
    const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(line.trim());
    if (!m) throw new Error(`unexpected pdffonts line: ${line}`);
    return { name: m[1]!, type: m[2]!, embedded: m[4] === 'yes' };
  });
}

/** Render one page to PNG with pdftoppm; returns the PNG's path. */
export function pdftoppm(path: string, page: number, dpi = 100): string {
  const prefix = join(mkdtempSync(join(tmpdir(), 'standar-png-')), 'halaman');
  run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', path, prefix]);
  return `${prefix}.png`;
}
