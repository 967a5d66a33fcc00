import type { MessageDef } from '../i18n/index.js';

/** Problems in a unit's peraturan.yaml: said like a configuration's, since the file belongs to it. */
export const LOCAL_REGISTRY_MESSAGES = {
  nationalId: {
    message: { id: 'id "{id}" sudah dipakai daftar peraturan nasional ({peraturan}).', en: 'The id "{id}" is already used by the national list of regulations ({peraturan}).' },
    hint: {
      id: 'Peraturan nasional tidak perlu ditulis lagi di peraturan.yaml. Bila ini peraturan daerah, beri id dengan nama daerahnya, misalnya "perda-kota-sukamaju-3-2021".',
      en: 'National regulations need not be written again in peraturan.yaml. If this is a regional regulation, give it an id with the region\'s name, e.g. "perda-kota-sukamaju-3-2021".',
    },
  },
  duplicateId: {
    message: { id: 'id "{id}" sudah dipakai peraturan lain di daftar ini (baris {line}).', en: 'The id "{id}" is already used by another regulation in this list (line {line}).' },
    hint: { id: 'Setiap peraturan mempunyai id sendiri: jenis, penerbit, nomor dan tahun, misalnya "perda-kota-sukamaju-3-2021".', en: 'Each regulation has its own id: kind, issuer, number and year, e.g. "perda-kota-sukamaju-3-2021".' },
  },
  sameRegulation: {
    message: { id: 'Peraturan ini (jenis, penerbit, nomor dan tahun) sudah ada di daftar ini dengan id "{other}".', en: 'This regulation (kind, issuer, number and year) is already in this list with the id "{other}".' },
    hint: { id: 'Hapus salah satunya, atau perbaiki jenis, penerbit, nomor atau tahunnya.', en: 'Remove one of them, or correct its kind, issuer, number or year.' },
  },
  oneSided: {
    message: { id: '{field} menyebut "{id}", tetapi "{id}" tidak menyebut peraturan ini di {reverse}.', en: '{field} names "{id}", but "{id}" does not name this regulation under {reverse}.' },
    hint: { id: 'Tulis hubungannya di kedua peraturan: {reverse}: [{self}] di "{id}".', en: 'State the relation on both regulations: {reverse}: [{self}] on "{id}".' },
  },
  statusWithout: {
    message: { id: 'Status {status} tanpa {field}.', en: 'Status {status} without {field}.' },
    hint: { id: 'Tulis di {field} id peraturan yang menyebabkannya, atau perbaiki statusnya.', en: 'Write under {field} the id of the regulation that caused it, or correct the status.' },
  },
  statusAgainst: {
    message: { id: 'Status {status} bertentangan dengan {field} yang ditulis.', en: 'Status {status} contradicts the {field} written.' },
    hint: { id: 'Peraturan yang dicabut berstatus dicabut; yang diubah, diubah (atau dicabut_sebagian). Perbaiki status atau {field}; bila belum pasti, tulis ragu: [status].', en: 'A revoked regulation has status dicabut; an amended one, diubah (or dicabut_sebagian). Correct the status or {field}; if unsure, write ragu: [status].' },
  },
  unknownRelation: {
    message: { id: '"{id}" di {field} tidak ada di daftar ini maupun di daftar nasional.', en: '"{id}" in {field} is neither in this list nor in the national list.' },
    hint: {
      id: 'Tulis id peraturan yang ada (cari dengan: standar peraturan cari <kata>), atau tambahkan peraturan itu ke peraturan.yaml.{suggestion}',
      en: 'Write the id of an existing regulation (look it up with: standar peraturan cari <words>), or add that regulation to peraturan.yaml.{suggestion}',
    },
  },
} satisfies Record<string, MessageDef>;
