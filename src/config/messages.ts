import type { MessageDef } from '../i18n/index.js';

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
} satisfies Record<string, MessageDef>;
