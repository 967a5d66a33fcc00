import type { MessageDef, Text } from '../i18n/index.js';

/** The ways to choose a browser that a pull request cannot change. */
const SAFE_CHROMIUM: Text = {
  id: 'Browser untuk PDF dipilih oleh yang menjalankan perintah: opsi --chromium atau variabel PUPPETEER_EXECUTABLE_PATH. Atau pasang Chromium dari Debian ("sudo apt-get install -y chromium") dan hapus pdf.chromium: Chromium itu ditemukan sendiri.',
  en: 'The browser for PDFs is chosen by whoever runs the command: the --chromium option or the PUPPETEER_EXECUTABLE_PATH variable. Or install Debian\'s Chromium ("sudo apt-get install -y chromium") and remove pdf.chromium: that Chromium is found by itself.',
};

export const CONFIG_MESSAGES = {
  unknownBase: {
    message: { id: 'Dasar konfigurasi "{name}" tidak dikenal dan bukan berkas yang ada.', en: 'The base configuration "{name}" is not known and is not an existing file.' },
    hint: { id: 'Tulis recommended, strict, atau jalur berkas konfigurasi lain relatif terhadap berkas ini.{suggestion}', en: 'Write recommended, strict, or the path of another configuration file relative to this one.{suggestion}' },
  },
  cycle: {
    message: { id: 'Konfigurasi ini memperluas dirinya sendiri lewat "{name}".', en: 'This configuration extends itself through "{name}".' },
    hint: { id: 'Hapus "{name}" dari "extends" agar rantainya tidak berputar.', en: 'Remove "{name}" from "extends" so the chain does not loop.' },
  },
  notFound: {
    message: { id: 'Berkas konfigurasi "{path}" tidak ada.', en: 'The configuration file "{path}" does not exist.' },
    hint: { id: 'Periksa jalur pada --config, atau buat berkasnya (lihat docs/ci.md).', en: 'Check the path given to --config, or create the file (see docs/ci.md).' },
  },
  chromiumInside: {
    message: {
      id: 'pdf.chromium menunjuk "{path}", yang berada di dalam {tree} (folder berkas konfigurasi ini atau repositorinya). Berkas di sana bisa datang dari pull request, jadi tidak dijalankan sebagai Chromium.',
      en: 'pdf.chromium names "{path}", which lies inside {tree} (the folder of this configuration file or its repository). A file there can come from a pull request, so it is not run as Chromium.',
    },
    hint: SAFE_CHROMIUM,
  },
  chromiumMissing: {
    message: { id: 'Chromium yang ditunjuk pdf.chromium tidak ada: {path}.', en: 'The Chromium named by pdf.chromium does not exist: {path}.' },
    hint: { id: `Periksa jalurnya. ${SAFE_CHROMIUM.id}`, en: `Check the path. ${SAFE_CHROMIUM.en}` },
  },
  chromiumNotRunnable: {
    message: { id: 'Chromium yang ditunjuk pdf.chromium bukan berkas yang dapat dijalankan: {path}.', en: 'The Chromium named by pdf.chromium is not a file that can be run: {path}.' },
    hint: { id: `Tunjuk berkas program Chromium/Chrome itu sendiri, bukan foldernya. ${SAFE_CHROMIUM.id}`, en: `Name the Chromium/Chrome program file itself, not its folder. ${SAFE_CHROMIUM.en}` },
  },
  chromiumWritable: {
    message: {
      id: 'Chromium yang ditunjuk pdf.chromium ({path}) tidak dijalankan: {writable} dapat ditulisi semua pengguna komputer ini, jadi siapa saja bisa menggantinya.',
      en: 'The Chromium named by pdf.chromium ({path}) is not run: {writable} is writable by every user of this computer, so anyone could replace it.',
    },
    hint: { id: `Cabut izin tulis itu ("chmod o-w {writable}"). ${SAFE_CHROMIUM.id}`, en: `Take that write permission away ("chmod o-w {writable}"). ${SAFE_CHROMIUM.en}` },
  },
  chromiumRelative: {
    message: {
      id: 'pdf.chromium ditulis sebagai jalur relatif ("{written}"), yang artinya berubah bila folder ini dipindah atau dibuka dari tempat lain.',
      en: 'pdf.chromium is written as a relative path ("{written}"), whose meaning changes when this folder is moved or checked out elsewhere.',
    },
    hint: { id: 'Tulis jalur mutlaknya: chromium: {path}', en: 'Write its absolute path: chromium: {path}' },
  },
} satisfies Record<string, MessageDef>;
