/**
 * Regulations that have been revoked and replaced, as data: add a line here (or, for one
 * repository, under the rule's `tambahan` option in standar.config.yaml) when another one is.
 * Each line must name the revoking regulation; check the official text (JDIH) before adding.
 */
export interface RegulationId {
  jenis: string;
  nomor: string;
  tahun: number;
  tentang: string;
  /** Who issues it, as written in `penerbit`; any of these names, compared without case or punctuation. */
  penerbit?: string[];
}

export interface Supersession {
  dicabut: RegulationId;
  pengganti: RegulationId;
}

const PANRB = ['PANRB', 'PAN RB', 'PAN-RB', 'MenPANRB', 'KemenPANRB', 'Pendayagunaan Aparatur Negara'];

export const PERATURAN_DICABUT: readonly Supersession[] = [
  {
    dicabut: { jenis: 'Perpres', nomor: '25', tahun: 2008, tentang: 'Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil' },
    pengganti: { jenis: 'Perpres', nomor: '96', tahun: 2018, tentang: 'Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil' },
  },
  {
    dicabut: { jenis: 'Permen', nomor: '36', tahun: 2012, penerbit: PANRB, tentang: 'Petunjuk Teknis Penyusunan, Penetapan, dan Penerapan Standar Pelayanan' },
    pengganti: { jenis: 'Permen', nomor: '15', tahun: 2014, penerbit: PANRB, tentang: 'Pedoman Standar Pelayanan' },
  },
  {
    dicabut: { jenis: 'Permen', nomor: '16', tahun: 2014, penerbit: PANRB, tentang: 'Pedoman Survei Kepuasan Masyarakat terhadap Penyelenggaraan Pelayanan Publik' },
    pengganti: { jenis: 'Permen', nomor: '14', tahun: 2017, penerbit: PANRB, tentang: 'Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik' },
  },
  {
    dicabut: { jenis: 'Permen', nomor: '17', tahun: 2017, penerbit: PANRB, tentang: 'Pedoman Penilaian Kinerja Unit Penyelenggara Pelayanan Publik' },
    pengganti: { jenis: 'Permen', nomor: '29', tahun: 2022, penerbit: PANRB, tentang: 'Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik' },
  },
  {
    dicabut: { jenis: 'UU', nomor: '32', tahun: 2004, tentang: 'Pemerintahan Daerah' },
    pengganti: { jenis: 'UU', nomor: '23', tahun: 2014, tentang: 'Pemerintahan Daerah' },
  },
];
