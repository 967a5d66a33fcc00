import { MAKLUMAT_MODEL_TEXT } from '../model/components.js';
import { isUnwritten } from '../model/placeholders.js';
import { asArray, asRecord, isNotStated, isNumber, isRecord, nonEmpty } from './lib/data.js';
import type { ProviderRule } from './types.js';

/** PermenPANRB 15/2014: the three statements a maklumat holds, and how each is recognised. */
const STATEMENTS = [
  { key: 'capability', re: /\b(sanggup|kesanggupan|mampu|kemampuan|berkomitmen|siap\s+(menyelenggarakan|memberikan|melayani|melaksanakan))/i },
  { key: 'improvement', re: /\b(perbaik\w*|berkelanjutan|terus[- ]menerus|meningkatkan|peningkatan)/i },
  { key: 'sanction', re: /\b(sanksi|kompensasi|ganti\s+rugi)/i },
] as const;

/** UU 25/2009 Pasal 22 and PermenPANRB 15/2014: what a maklumat pelayanan must say, and who signs it. */
export const maklumatLengkap: ProviderRule = {
  id: 'maklumat-lengkap',
  scope: 'provider',
  severity: 'error',
  description: {
    id: 'Maklumat pelayanan harus memuat pernyataan kesanggupan, janji perbaikan berkelanjutan, dan kesediaan menerima sanksi/memberi kompensasi, serta penandatangannya.',
    en: 'The service pledge must state capability, continuous improvement and acceptance of sanctions/compensation, and name its signer.',
  },
  messages: {
    absent: {
      message: { id: 'Penyelenggara ini belum menulis maklumat pelayanan.', en: 'This provider has no service pledge (maklumat).' },
      hint: {
        id: 'Tambahkan "maklumat:" seperti naskah yang ditandatangani, dengan tempat dan tanggal penandatanganannya; bila "teks" tidak diisi, dipakai kalimat baku PermenPANRB 15/2014. Tambahkan juga "janji:" berisi perbaikan berkelanjutan.',
        en: 'Add "maklumat:" with the place and date of signing; without "teks" the model sentence of PermenPANRB 15/2014 is used. Add a "janji:" on continuous improvement too.',
      },
    },
    capability: {
      message: { id: 'Maklumat tidak memuat pernyataan kesanggupan menyelenggarakan pelayanan sesuai standar.', en: 'The pledge does not state the capability to deliver the service according to the standard.' },
      hint: {
        id: 'Bila naskah maklumat memuatnya, salin kalimatnya ke "teks"; bila tidak, maklumat perlu dilengkapi unit sebelum diterbitkan, misalnya dengan kalimat baku "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan ...".',
        en: 'If the pledge\'s text has it, copy the sentence into "teks"; if not, the unit must complete the pledge before publishing it, e.g. with the model sentence "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan ...".',
      },
    },
    improvement: {
      message: { id: 'Maklumat tidak memuat janji melakukan perbaikan secara terus-menerus.', en: 'The pledge does not promise continuous improvement.' },
      hint: {
        id: 'Bila naskah maklumat memuatnya, salin janjinya ke "janji:"; bila tidak, maklumat perlu dilengkapi unit sebelum diterbitkan, misalnya dengan "- Melakukan perbaikan secara terus-menerus berdasarkan hasil Survei Kepuasan Masyarakat dan pengaduan."',
        en: 'If the pledge\'s text has it, copy the promise under "janji:"; if not, the unit must complete the pledge before publishing it, e.g. with "- Melakukan perbaikan secara terus-menerus berdasarkan hasil Survei Kepuasan Masyarakat dan pengaduan."',
      },
    },
    sanction: {
      message: { id: 'Maklumat tidak memuat kesediaan menerima sanksi atau memberikan kompensasi.', en: 'The pledge does not accept sanctions or promise compensation.' },
      hint: {
        id: 'Bila naskah maklumat memuatnya, salin kalimatnya ke "teks" atau "kompensasi:"; bila tidak, maklumat perlu dilengkapi unit sebelum diterbitkan, misalnya dengan "... kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku".',
        en: 'If the pledge\'s text has it, copy the sentence into "teks" or "kompensasi:"; if not, the unit must complete the pledge before publishing it, e.g. with "... kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku".',
      },
    },
    signer: {
      message: { id: 'Maklumat tidak menyebut penandatangannya (nama dan jabatan).', en: 'The pledge does not name its signer (name and position).' },
      hint: { id: 'Tulis "penandatangan:" dengan nama, jabatan, pangkat_golongan dan nip, atau isi "kepala:" yang dipakai sebagai penandatangan.', en: 'Write "penandatangan:" with nama, jabatan, pangkat_golongan and nip, or fill in "kepala:", who then signs.' },
    },
    yearOnly: {
      message: { id: 'Tanggal penandatanganan maklumat hanya disebut tahunnya ({tahun}).', en: 'Only the year of the pledge\'s signing is given ({tahun}).' },
      hint: {
        id: 'Bila naskah maklumat menyebut tanggal lengkapnya, tulis tanggal: TTTT-BB-HH; bila tidak, biarkan tahunnya saja: halaman mencetaknya apa adanya.',
        en: 'If the pledge gives its full date, write tanggal: YYYY-MM-DD; if not, keep the year alone: pages print it as written.',
      },
    },
    undated: {
      message: { id: 'Maklumat tidak menyebut tempat atau tanggal penandatanganannya ({kurang}).', en: 'The pledge does not give its place or date of signing ({kurang}).' },
      hint: {
        id: 'Tulis tempat dan tanggal seperti tercetak di atas tanda tangan pada naskah maklumat; halaman tidak mengisinya sendiri.',
        en: 'Write the place and date as printed above the signature on the pledge; pages never fill them in themselves.',
      },
    },
    signerDetails: {
      message: { id: 'Penandatangan maklumat tidak menyebut {kurang}.', en: 'The pledge\'s signer has no {kurang}.' },
      hint: {
        id: 'Tulis "pangkat_golongan" (misalnya "Pembina Utama Muda, IV/c") dan "nip" (18 angka di antara tanda kutip) agar tercetak di bawah tanda tangan. Penandatangan yang bukan pegawai negeri (misalnya direksi BUMN) dapat melewati ini dengan komentar standar-disable-next-line.',
        en: 'Write "pangkat_golongan" (e.g. "Pembina Utama Muda, IV/c") and "nip" (18 digits in quotes) so they print under the signature. A signer who is not a civil servant (e.g. a state-enterprise director) can skip this with a standar-disable-next-line comment.',
      },
    },
  },
  check(provider, _ctx, report) {
    const data = asRecord(provider.data);
    // A maklumat, or its signer, the document does not hold is no defect of it: tidak-dinyatakan notes it.
    if (isNotStated(data.maklumat)) return;
    if (!isRecord(data.maklumat)) {
      report({ pointer: '', message: 'absent', severity: 'warning' });
      return;
    }
    const m = data.maklumat;
    // A text still to be written ("[isi: …]", "-") is isian-kosong's to report; what it will say is
    // unknown, so the statements are judged once every part of the text is written.
    const parts = [m.teks, ...asArray(m.janji), m.kompensasi].filter(nonEmpty);
    if (!parts.some(isUnwritten)) {
      const teks = nonEmpty(m.teks) ? m.teks : MAKLUMAT_MODEL_TEXT;
      const all = [teks, ...asArray(m.janji).filter(nonEmpty), nonEmpty(m.kompensasi) ? `kompensasi ${m.kompensasi}` : ''].join('\n');
      const at = nonEmpty(m.teks) ? '/maklumat/teks' : '/maklumat';
      for (const s of STATEMENTS) if (!s.re.test(all)) report({ pointer: at, message: s.key });
    }
    // "Sukamaju, 2023": a year is the date the maklumat gives, said once as incomplete.
    const tahun = m.tanggal === undefined && isNumber(m.tahun) ? m.tahun : undefined;
    const kurangTempat = [!nonEmpty(m.tempat) ? '"tempat"' : '', m.tanggal === undefined && tahun === undefined ? '"tanggal"' : ''].filter(Boolean);
    if (kurangTempat.length > 0) report({ pointer: '/maklumat', message: 'undated', params: { kurang: kurangTempat.join(', ') }, severity: 'warning' });
    if (tahun !== undefined) report({ pointer: '/maklumat/tahun', message: 'yearOnly', params: { tahun }, severity: 'warning' });
    if (isNotStated(m.penandatangan)) return;
    const own = isRecord(m.penandatangan);
    const signer = asRecord(own ? m.penandatangan : data.kepala);
    // Signed by an unnamed head: kepala-tanpa-nama says so once, for the maklumat and the decrees alike.
    if (!own && !nonEmpty(signer.nama)) return;
    if (!nonEmpty(signer.nama) || !nonEmpty(signer.jabatan)) {
      report({ pointer: own ? '/maklumat/penandatangan' : '/maklumat', message: 'signer' });
      return;
    }
    // The printed maklumat shows rank and NIP under the name, as official signatures do.
    const kurang = (['pangkat_golongan', 'nip'] as const).filter((k) => !nonEmpty(signer[k])).map((k) => `"${k}"`);
    if (kurang.length > 0) report({ pointer: own ? '/maklumat/penandatangan' : '/kepala', message: 'signerDetails', params: { kurang: kurang.join(', ') }, severity: 'info' });
  },
};
