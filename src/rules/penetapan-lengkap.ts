import { asRecord, cakupanOf, isNotStated, isNumber, isRecord, isoDate, isSet, nonEmpty, parseDate } from './lib/data.js';
import type { ServiceRule } from './types.js';

/** "140 / / SK / PDB / 2022", "…/112/2025": a number whose serial was never filled in. */
const BLANK_SERIAL = /(?:^|\/)\s*(?:\.{2,}|…|x{2,}|-)?\s*(?=\/|$)/i;

/**
 * A standard is set by a decree (PermenPANRB 15/2014): without its number, date and signer it is
 * not. A document that does not cite its decree says so (tidak_dinyatakan): noted once, more
 * softly when the document is only the public page or an excerpt.
 */
export const penetapanLengkap: ServiceRule = {
  id: 'penetapan-lengkap',
  scope: 'service',
  severity: 'error',
  description: {
    id: 'Standar berstatus ditetapkan harus menyebut keputusan penetapannya: nomor (tanpa bagian yang kosong), tanggal dan penandatangan. Keputusan yang tidak disebut dokumen (tidak_dinyatakan), tanggal yang hanya berupa tahun dan penandatangan yang hanya disebut jabatannya diingatkan.',
    en: 'A standard marked ditetapkan must cite the decree that set it: number (with no blank part), date and signer. A decree the document does not cite (tidak_dinyatakan), a year-only date and a signer given by position only are flagged.',
  },
  messages: {
    absent: {
      message: { id: 'Standar ini berstatus ditetapkan, tetapi keputusan penetapannya tidak ditulis.', en: 'This standard is marked ditetapkan, but the decree that set it is missing.' },
      hint: {
        id: 'Tambahkan "penetapan:" dengan jenis (misalnya Keputusan Kepala Dinas ...), nomor, tanggal (TTTT-BB-HH) dan penandatangan seperti di naskah keputusannya. Bila dokumen yang disalin tidak menyebut keputusannya, tulis penetapan: { tidak_dinyatakan: true }; bila standar belum ditetapkan, ubah status menjadi draf.',
        en: 'Add "penetapan:" with jenis (e.g. Keputusan Kepala Dinas ...), nomor, tanggal (YYYY-MM-DD) and penandatangan as the decree gives them. If the document being copied does not cite its decree, write penetapan: { tidak_dinyatakan: true }; if the standard is not set yet, change the status to draf.',
      },
    },
    notStated: {
      message: { id: 'Dokumen tidak menyebut keputusan yang menetapkan standar ini{alasan}.', en: 'The document does not cite the decree that set this standard{alasan}.' },
      hint: {
        id: 'Tanyakan nomor dan tanggal keputusannya kepada unit dan tulis di "penetapan:"; standar yang berlaku ditetapkan dengan keputusan (PermenPANRB 15/2014).',
        en: 'Ask the unit for the decree\'s number and date and write them under "penetapan:"; a standard in force is set by a decree (PermenPANRB 15/2014).',
      },
    },
    incomplete: {
      message: { id: 'Keputusan penetapan belum lengkap: {kurang} belum ditulis.', en: 'The decree is incomplete: {kurang} missing.' },
      hint: {
        id: 'Lengkapi di "penetapan:" sesuai naskah keputusan yang ditandatangani: {kurang}.',
        en: 'Complete "penetapan:" from the signed decree: {kurang}.',
      },
    },
    dateNotShown: {
      message: { id: 'Tanggal keputusan tidak tampak pada dokumen yang disalin.', en: 'The decree date does not appear in the document copied.' },
      hint: {
        id: 'Kutipan, halaman publik atau salinan tanpa halaman tanda tangan tidak memuat tanggal keputusan. Bila tanggalnya diketahui dari naskah keputusan, tulis tanggal: TTTT-BB-HH (dipakai untuk menghitung reviu berkala).',
        en: 'An excerpt, a public page or a copy without the signature page does not show the decree date. If the decree gives it, write tanggal: YYYY-MM-DD (used to time the periodic review).',
      },
    },
    blankSerial: {
      message: { id: 'Nomor keputusan "{nomor}" memuat bagian yang kosong.', en: 'The decree number "{nomor}" has a blank part.' },
      hint: {
        id: 'Nomor urut keputusan belum diisi di naskahnya. Tulis nomor lengkap dari naskah yang ditandatangani; bila naskahnya memang begitu, keputusan itu perlu dibetulkan penerbitnya.',
        en: 'The decree\'s serial was never filled in. Write the full number from the signed decree; if the signed text itself is like this, its issuer needs to correct it.',
      },
    },
    yearOnly: {
      message: { id: 'Tanggal keputusan hanya disebut tahunnya ({tahun}).', en: 'Only the year of the decree is given ({tahun}).' },
      hint: {
        id: 'Bila naskah keputusan menyebut tanggal lengkapnya, tulis tanggal: TTTT-BB-HH (tanggal dipakai untuk menghitung reviu berkala); bila tidak, biarkan tahunnya saja.',
        en: 'If the decree gives its full date, write tanggal: YYYY-MM-DD (the date is used to time the periodic review); if not, keep the year alone.',
      },
    },
    signerTitleOnly: {
      message: { id: 'Penandatangan keputusan hanya disebut jabatannya ({jabatan}); lampiran dicetak tanpa nama penandatangan.', en: 'The decree\'s signer is given by position only ({jabatan}); the attachment prints no signer\'s name.' },
      hint: {
        id: 'Bila naskah keputusan menyebut nama penandatangannya, tulis "nama:" di "penandatangan:". Nama kepala unit di penyelenggara.yaml tidak dipakai dengan sendirinya: keputusan dapat ditandatangani pejabat lain, misalnya pejabat sebelumnya atau pelaksana tugas.',
        en: 'If the decree names its signer, write "nama:" under "penandatangan:". The head named in penyelenggara.yaml is not used by itself: a decree may be signed by someone else, such as a previous head or an acting one.',
      },
    },
    yearMismatch: {
      message: { id: 'Tanggal keputusan {tanggal} tidak jatuh pada tahun {tahun} yang juga ditulis.', en: 'The decree date {tanggal} does not fall in the year {tahun} also given.' },
      hint: { id: 'Periksa naskah keputusannya dan perbaiki salah satunya; bila tanggalnya lengkap, "tahun" tidak perlu ditulis.', en: 'Check the decree and correct one of them; with a full date, "tahun" is not needed.' },
    },
  },
  check(service, _ctx, report) {
    const data = asRecord(service.data);
    const settled = isSet(data);
    const full = cakupanOf(data) === 'lengkap';
    const p = data.penetapan;
    if (isNotStated(p)) {
      if (!settled) return;
      const alasan = nonEmpty(p.alasan) ? ` (${p.alasan.trim()})` : '';
      report({ pointer: '/penetapan', message: 'notStated', params: { alasan }, severity: full ? 'warning' : 'info' });
      return;
    }
    if (!isRecord(p)) {
      if (settled) report({ pointer: '/status', message: 'absent', severity: full ? 'error' : 'warning' });
      return;
    }
    if (nonEmpty(p.nomor) && BLANK_SERIAL.test(p.nomor.trim())) report({ pointer: '/penetapan/nomor', message: 'blankSerial', params: { nomor: p.nomor.trim() }, severity: settled ? 'error' : 'warning' });
    const date = parseDate(p.tanggal);
    if (date && isNumber(p.tahun) && date.getUTCFullYear() !== p.tahun) report({ pointer: '/penetapan/tahun', message: 'yearMismatch', params: { tanggal: isoDate(date), tahun: p.tahun } });
    if (!settled) return;
    const signer = p.penandatangan;
    // An excerpt, a public page, or a copy without the signature page does not show the date:
    // unknown, not forgotten.
    const dateShown = full && !isNotStated(signer);
    const undated = p.tanggal === undefined && !isNumber(p.tahun);
    const missing = [
      !nonEmpty(p.nomor) ? 'nomor' : '',
      undated && dateShown ? 'tanggal' : '',
      // A signer the document does not state is its own, honest absence; one written by title
      // alone is written, its missing name said below.
      !isNotStated(signer) && !(isRecord(signer) && (nonEmpty(signer.nama) || nonEmpty(signer.jabatan))) ? 'penandatangan' : '',
    ].filter(Boolean);
    if (missing.length > 0) report({ pointer: '/penetapan', message: 'incomplete', params: { kurang: missing.map((k) => `"${k}"`).join(', ') } });
    // A head the unit does not name either is one gap: kepala-tanpa-nama asks for the name once.
    const kepala = service.provider ? asRecord(service.provider.data).kepala : undefined;
    const headUnnamed = service.provider !== undefined && (isNotStated(kepala) || !nonEmpty(asRecord(kepala).nama));
    if (isRecord(signer) && !isNotStated(signer) && nonEmpty(signer.jabatan) && !nonEmpty(signer.nama) && !headUnnamed) {
      report({ pointer: '/penetapan/penandatangan', message: 'signerTitleOnly', params: { jabatan: signer.jabatan.trim() }, severity: full ? 'warning' : 'info' });
    }
    if (undated && !dateShown) report({ pointer: '/penetapan', message: 'dateNotShown', severity: 'info' });
    if (p.tanggal === undefined && isNumber(p.tahun)) report({ pointer: '/penetapan/tahun', message: 'yearOnly', params: { tahun: p.tahun }, severity: 'warning' });
  },
};
