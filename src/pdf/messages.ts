import type { MessageDef } from '../i18n/index.js';

const installHint = {
  id: 'Pasang Chromium dengan "sudo apt-get install -y chromium" (atau jalankan "bash scripts/setup.sh"), atau arahkan PUPPETEER_EXECUTABLE_PATH ke Chromium/Chrome yang sudah terpasang, misalnya PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium.',
  en: 'Install Chromium with "sudo apt-get install -y chromium" (or run "bash scripts/setup.sh"), or point PUPPETEER_EXECUTABLE_PATH at an installed Chromium/Chrome, e.g. PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium.',
};

/** Why a PDF could not be made, in both languages; `{placeholders}` filled from the error's params. */
export const PDF_MESSAGES = {
  chromiumMissing: {
    message: { id: 'Chromium, Chrome atau Edge tidak ditemukan: PDF dibuat dengan salah satunya. Dicari di: {searched}.', en: 'Chromium, Chrome or Edge was not found: PDFs are made with one of them. Looked in: {searched}.' },
    // The fix depends on the system it is said on: findChromium gives it in both languages.
    hint: { id: '{fix_id} Atau arahkan PUPPETEER_EXECUTABLE_PATH ke Chromium, Chrome atau Edge yang sudah terpasang.', en: '{fix_en} Or point PUPPETEER_EXECUTABLE_PATH at an installed Chromium, Chrome or Edge.' },
  },
  chromiumBadPath: {
    message: { id: 'Chromium yang ditunjuk {source} tidak ada atau tidak dapat dijalankan: {path}.', en: 'The Chromium named by {source} does not exist or cannot be run: {path}.' },
    hint: { id: 'Perbaiki jalurnya, atau hapus pengaturan itu agar Chromium dicari di tempat biasa. ' + installHint.id, en: 'Fix the path, or remove that setting so Chromium is looked for in the usual places. ' + installHint.en },
  },
  launchFailed: {
    message: { id: 'Chromium ({path}) gagal dijalankan: {reason}', en: 'Chromium ({path}) failed to start: {reason}' },
    hint: { id: 'Coba jalankan "{path} --headless --no-sandbox --dump-dom about:blank" untuk melihat sebabnya; bila rusak, pasang ulang dengan "sudo apt-get install --reinstall -y chromium".', en: 'Run "{path} --headless --no-sandbox --dump-dom about:blank" to see why; if it is broken, reinstall it with "sudo apt-get install --reinstall -y chromium".' },
  },
  browserCrashed: {
    message: { id: 'Chromium berhenti tiba-tiba berulang kali ({count} kali).', en: 'Chromium stopped unexpectedly again and again ({count} times).' },
    hint: { id: 'Biasanya memori habis: tutup program lain atau kurangi --jobs.', en: 'Usually memory ran out: close other programs or lower --jobs.' },
  },
  timeout: {
    message: { id: 'Dokumen tidak selesai dicetak dalam {seconds} detik.', en: 'The document did not finish printing within {seconds} seconds.' },
    hint: { id: 'Dokumen yang sangat panjang perlu waktu lebih: naikkan batas dengan --timeout.', en: 'A very long document needs more time: raise the limit with --timeout.' },
  },
  renderFailed: {
    message: { id: 'Chromium gagal mencetak dokumen: {reason}', en: 'Chromium failed to print the document: {reason}' },
    hint: { id: 'Coba lagi; bila tetap gagal, laporkan dengan berkas YAML-nya.', en: 'Try again; if it keeps failing, report it with the YAML file.' },
  },
  inputFailed: {
    message: { id: 'Halaman untuk PDF tidak dapat disusun: {reason}', en: 'The page for the PDF could not be put together: {reason}' },
    hint: { id: 'Periksa berkas dengan "standar validate"; bila bersih, laporkan dengan berkas YAML-nya.', en: 'Check the file with "standar validate"; if it is clean, report it with the YAML file.' },
  },
  writeFailed: {
    message: { id: 'PDF tidak dapat ditulis ke {path}: {reason}', en: 'The PDF could not be written to {path}: {reason}' },
    hint: { id: 'Periksa bahwa folder keluaran dapat ditulisi dan disknya tidak penuh.', en: 'Check that the output folder is writable and the disk is not full.' },
  },
  tocUnresolved: {
    message: { id: 'Daftar isi buku tidak dapat diberi nomor halaman: bagian "{anchor}" tidak ditemukan di PDF.', en: 'The booklet\'s table of contents could not be numbered: the part "{anchor}" was not found in the PDF.' },
    hint: { id: 'Templat buku harus memberi setiap bagian id yang ditautkan dari daftar isi.', en: 'The booklet template must give every part an id that the table of contents links to.' },
  },
  tocUnstable: {
    message: { id: 'Nomor halaman daftar isi buku tidak tetap setelah {passes} kali dicetak.', en: 'The booklet\'s table of contents page numbers did not settle after {passes} printings.' },
    hint: { id: 'Biasanya karena templat daftar isi berubah panjang menurut nomornya; samakan lebar tempat nomor halaman.', en: 'Usually the contents template changes length with its numbers; give the page numbers a fixed width.' },
  },
  aborted: {
    message: { id: 'Dihentikan sebelum selesai; tidak ada berkas setengah jadi yang ditinggalkan.', en: 'Stopped before finishing; no half-written file was left behind.' },
  },
} as const satisfies Record<string, MessageDef>;

export type PdfErrorKind = keyof typeof PDF_MESSAGES;
