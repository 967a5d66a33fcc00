import { afterEach, describe, expect, it } from 'vitest';
import { popplerFix, readPdf } from '../../../src/import/readers/pdf.js';

/** Without Poppler: the message names the install command for the system it runs on. */

const savedPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = savedPath;
});

describe('PDF without pdftotext', () => {
  it('says how to install Poppler on each system', () => {
    expect(popplerFix('linux', 'ID=debian\n').en).toBe('Install it with "sudo apt-get install -y poppler-utils", or run "bash scripts/setup.sh".');
    expect(popplerFix('linux', 'ID=fedora\n').id).toContain('sudo dnf install -y poppler-utils');
    expect(popplerFix('linux', 'ID=arch\n').id).toContain('sudo pacman -S poppler');
    expect(popplerFix('linux', '').en).toContain('(Debian; on other distributions use their package manager)');
    expect(popplerFix('darwin').en).toBe('Install it with "brew install poppler".');
    expect(popplerFix('win32').id).toContain('winget install oschwartz10612.Poppler');
  });

  it('a PDF read where pdftotext is not on PATH is not read, and the message says why and what to do', async () => {
    process.env.PATH = '/nonexistent';
    const doc = await readPdf('sk.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'), { lang: 'id' });
    expect(doc.blocks).toEqual([]);
    expect(doc.problems).toMatchObject([{ rule: 'impor', severity: 'error', message: 'PDF dibaca dengan pdftotext (Poppler), yang tidak ditemukan di sistem ini.' }]);
    expect(doc.problems[0]!.hint).toMatch(/^Pasang dengan "/);
  });
});
