import { asRecord, cakupanOf, isNotStated, isNumber, isRecord, isoDate, isSet, nonEmpty, parseDate } from './lib/data.js';
import { decreeDateGap, decreeNotStated, decreeSignerGap } from './lib/unstated.js';
import type { ServiceRule } from './types.js';

/** "140 / / SK / PDB / 2022", "…/112/2025": a number whose serial was never filled in. */
const BLANK_SERIAL = /(?:^|\/)\s*(?:\.{2,}|…|x{2,}|-)?\s*(?=\/|$)/i;

/**
 * A standard is set by a decree (PermenPANRB 15/2014): without its number, date and signer it is
 * not. A set full standard whose document does not cite its decree (tidak_dinyatakan) is warned
 * about here; a public page or an excerpt that does not, or a date or signer the copy does not
 * show, is no defect of the document: tidak-dinyatakan lists it with the unit's other unsaid parts.
 */
export const penetapanLengkap: ServiceRule = {
  id: 'penetapan-lengkap',
  scope: 'service',
  severity: 'error',
  description: {
    id: 'Standar berstatus ditetapkan harus menyebut keputusan penetapannya: nomor (tanpa bagian yang kosong), tanggal dan penandatangan. Standar lengkap yang dokumennya tidak menyebut keputusannya (tidak_dinyatakan) atau penandatangannya hanya disebut jabatannya, dan tanggal yang hanya berupa tahun, diingatkan.',
    en: 'A standard marked ditetapkan must cite the decree that set it: number (with no blank part), date and signer. A full standard whose document does not cite its decree (tidak_dinyatakan) or names its signer by position only, and a year-only date, are flagged.',
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
      if (decreeNotStated(data) === 'defect') {
        const alasan = nonEmpty(p.alasan) ? ` (${p.alasan.trim()})` : '';
        report({ pointer: '/penetapan', message: 'notStated', params: { alasan }, severity: 'warning' });
      }
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
    const missing = [
      !nonEmpty(p.nomor) ? 'nomor' : '',
      // Where the document cannot show the date (an excerpt, a public page, a copy without the
      // signature page) it is unknown, not forgotten.
      decreeDateGap(data) === 'defect' ? 'tanggal' : '',
      // A signer the document does not state is its own, honest absence; one written by title
      // alone is written, its missing name said below.
      !isNotStated(signer) && !(isRecord(signer) && (nonEmpty(signer.nama) || nonEmpty(signer.jabatan))) ? 'penandatangan' : '',
    ].filter(Boolean);
    if (missing.length > 0) report({ pointer: '/penetapan', message: 'incomplete', params: { kurang: missing.map((k) => `"${k}"`).join(', ') } });
    if (decreeSignerGap(service)?.weight === 'defect') report({ pointer: '/penetapan/penandatangan', message: 'signerTitleOnly', params: { jabatan: String(asRecord(signer).jabatan).trim() }, severity: 'warning' });
    if (p.tanggal === undefined && isNumber(p.tahun)) report({ pointer: '/penetapan/tahun', message: 'yearOnly', params: { tahun: p.tahun }, severity: 'warning' });
  },
};
