import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { locationLabel, type Diagnostic } from '../../src/diagnostics.js';
import { computeSurvey, type SurveyOptions } from '../../src/survey/hitung.js';
import { parsePeriod } from '../../src/survey/period.js';
import { PROVIDER_YAML, SERVICE_YAML, tempTree } from '../helpers.js';
import { csv, HEADER, workbook, type TestCell } from './workbook.js';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
});

async function compute(files: Record<string, string | Uint8Array>, inputs: string[], options: Partial<SurveyOptions> = {}) {
  const cwd = await tempTree(files);
  folders.push(cwd);
  return computeSurvey(inputs, { cwd, lang: 'id', ...options });
}

/** Each problem as a user reads it: where, severity, the message's start. */
const said = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => `${locationLabel(d)} ${d.severity} ${d.rule}: ${d.message}`);

const ALL = (v: number) => Array(9).fill(v) as number[];
const row = (no: number | string, kode: string, date: TestCell, answers: TestCell[], profile: TestCell[] = ['L', 34, 'SMA', 'Swasta']): TestCell[] => [no, kode, date, ...profile, ...answers];
const jan = (day: number) => new Date(Date.UTC(2026, 0, day));

describe('the agreed data-entry layout', () => {
  it('reads an .xlsx (Excel dates, formulas\' saved results, rich text) and computes per service and for the unit', async () => {
    const book = await workbook({
      Tanggapan: [
        HEADER,
        row(1, 'DUK-KK', jan(5), ALL(4)),
        row(2, 'DUK-KK', jan(6), [3, 3, 2, 4, 3, 3, 4, 3, { formula: '1+2', result: 3 }], ['P', 27, 'S1', 'PNS']),
        row(3, 'DUK-AKTA', jan(7), [{ richText: [{ text: '2' }] }, 2, 2, 2, 2, 2, 2, 2, 2], ['Perempuan', '40-49', 'SLTP', 'wiraswasta']),
      ],
    });
    const { results, diagnostics } = await compute({ 'tanggapan.xlsx': book }, ['tanggapan.xlsx'], { periode: parsePeriod('2026-S1') });
    expect(diagnostics).toEqual([]);
    expect(results!.unit.responden).toBe(3);
    expect(results!.layanan.map((g) => [g.kode, g.responden, g.konversi?.toFixed(4), g.mutu])).toEqual([
      ['DUK-AKTA', 1, '50.0000', 'D'],
      ['DUK-KK', 2, '88.8889', 'A'],
    ]);
    // Pooled: every element's answers over the three respondents.
    expect(results!.unit.unsur[0]).toMatchObject({ jawaban: 3, jumlah: 9, nrr: 3, sebaran: [0, 1, 1, 1] });
    expect(results!.unit.profil.jenisKelamin).toEqual([{ label: 'Laki-laki', jumlah: 1 }, { label: 'Perempuan', jumlah: 2 }]);
    expect(results!.unit.profil.pendidikan.filter((c) => c.jumlah > 0)).toEqual([{ label: 'SMP', jumlah: 1 }, { label: 'D4/S1', jumlah: 1 }, { label: 'SMA', jumlah: 1 }].sort((a, b) => ['SMP', 'SMA', 'D4/S1'].indexOf(a.label) - ['SMP', 'SMA', 'D4/S1'].indexOf(b.label)));
    expect(results!.unit.profil.usia.filter((c) => c.jumlah > 0).map((c) => c.label)).toEqual(['20–29', '30–39', '40–49']);
    expect(results!.berkas).toEqual([{ berkas: 'tanggapan.xlsx', lembar: ['Tanggapan'], baris: 3, responden: 3, dilewati: 0 }]);
  });

  it('reads dates of a workbook that counts its days from 1904, as old Excel for Mac saved them', async () => {
    const book = await workbook({ Sheet1: [HEADER, row(1, 'DUK-KK', jan(5), ALL(4))] }, { date1904: true });
    const { results, diagnostics } = await compute({ 'mac.xlsx': book }, ['mac.xlsx'], { periode: parsePeriod('2026-01') });
    expect(diagnostics).toEqual([]);
    expect(results!.unit.responden).toBe(1);
    const outside = await compute({ 'mac.xlsx': book }, ['mac.xlsx'], { periode: parsePeriod('2026-02') });
    expect(said(outside.diagnostics)).toEqual([
      'mac.xlsx: Sheet1!C2 error skm: Tanggal 2026-01-05 di luar periode 2026-02 (2026-02-01 s.d. 2026-02-28); responden ini tidak dihitung.',
      'mac.xlsx:1:1 error skm: Tidak ada satu pun responden yang terhitung dari berkas yang diberikan.',
    ]);
  });

  it('reads the same table as CSV, separated by ";" or ",", in UTF-8 or as Windows saves it', async () => {
    const rows = [HEADER, [1, 'DUK-KK', '05/01/2026', 'L', 34, 'SMA', 'Swasta', ...ALL(3)], [2, 'DUK-KK', '2026-01-06', 'P', 51, 'S2', 'Petani ké', ...ALL(4)]];
    for (const [name, bytes] of [
      ['a.csv', csv(rows)],
      ['b.csv', csv(rows, ',')],
      ['c.csv', Buffer.from(csv(rows), 'latin1')],
    ] as const) {
      const { results, diagnostics } = await compute({ [name]: bytes }, [name]);
      expect(results!.unit.konversi, name).toBe(87.5);
      expect(results!.unit.profil.pekerjaan.find((c) => c.label === 'Petani ké'), name).toEqual({ label: 'Petani ké', jumlah: 1 });
      expect(said(diagnostics), name).toEqual(name === 'c.csv' ? ['c.csv:1:1 info skm: "c.csv" tidak ditulis dalam UTF-8; dibaca sebagai windows-1252.'] : []);
    }
  });
});

describe('every kind of bad cell, located and left out of the arithmetic (that answer only)', () => {
  it('answers outside 1–4, fractions, words that are no answer, Excel errors and formulas without a value', async () => {
    const book = await workbook({
      Sheet1: [
        HEADER,
        row(1, 'DUK-KK', jan(5), [5, 4, 4, 4, 4, 4, 4, 4, 4]),
        row(2, 'DUK-KK', jan(5), [4, 0, 4, 4, 4, 4, 4, 4, 4]),
        row(3, 'DUK-KK', jan(5), [4, 4, 3.5, 4, 4, 4, 4, 4, 4]),
        row(4, 'DUK-KK', jan(5), [4, 4, 4, 'bagus', 4, 4, 4, 4, 4]),
        row(5, 'DUK-KK', jan(5), [4, 4, 4, 4, { error: '#N/A' }, 4, 4, 4, 4]),
        row(6, 'DUK-KK', jan(5), [4, 4, 4, 4, 4, { formula: 'A1*2' }, 4, 4, 4]),
        row(7, 'DUK-KK', jan(5), [2, 2, 2, 2, 2, 2, 2, 2, 2]),
      ],
    });
    const { results, diagnostics } = await compute({ 'tanggapan.xlsx': book }, ['tanggapan.xlsx']);
    expect(said(diagnostics)).toEqual([
      'tanggapan.xlsx: Sheet1!H2 error skm: Jawaban 5 untuk U1 Persyaratan di luar 1–4; jawaban ini tidak dihitung.',
      'tanggapan.xlsx: Sheet1!I3 error skm: Jawaban 0 untuk U2 Sistem, mekanisme, dan prosedur di luar 1–4; jawaban ini tidak dihitung.',
      'tanggapan.xlsx: Sheet1!J4 error skm: Jawaban 3.5 untuk U3 Waktu penyelesaian bukan bilangan bulat 1–4; jawaban ini tidak dihitung.',
      'tanggapan.xlsx: Sheet1!K5 error skm: "bagus" bukan jawaban untuk U4 Biaya/tarif; jawaban ini tidak dihitung.',
      'tanggapan.xlsx: Sheet1!L6 error skm: Sel jawaban U5 Produk spesifikasi jenis pelayanan berisi galat Excel #N/A; jawaban ini tidak dihitung.',
      'tanggapan.xlsx: Sheet1!M7 error skm: Sel jawaban U6 Kompetensi pelaksana berisi rumus =A1*2 tanpa hasil tersimpan; jawaban ini tidak dihitung.',
    ]);
    expect(diagnostics[3]!.hint).toBe('Tulis 1–4, huruf pilihannya (a–d) atau kata-kata pilihannya (Sangat mahal, Cukup mahal, Murah, Gratis).');
    // Every respondent still counts; each bad answer alone is left out: U1 has 6 answers, (4×5 + 2)/6.
    expect(results!.unit.responden).toBe(7);
    expect(results!.unit.unsur.map((u) => u.jawaban)).toEqual([6, 6, 6, 6, 6, 6, 7, 7, 7]);
    expect(results!.unit.unsur[0]!.nrr).toBeCloseTo(22 / 6, 12);
  });

  it('a service the unit does not have: said with the nearest code, counted for the unit only', async () => {
    const rows = [HEADER, row(1, 'DUK-KK', jan(5), ALL(4)), row(2, 'DUK-K', jan(5), ALL(2)), row(3, '', jan(5), ALL(3))];
    const { results, diagnostics } = await compute(
      { 'unit/penyelenggara.yaml': PROVIDER_YAML, 'unit/layanan/kk.yaml': SERVICE_YAML, 'tanggapan.xlsx': await workbook({ Sheet1: rows }) },
      ['tanggapan.xlsx'],
      { unit: 'unit' },
    );
    expect(said(diagnostics)).toEqual(['tanggapan.xlsx: Sheet1!B3 error skm: Layanan "DUK-K" tidak ada di unit Dinas Kependudukan dan Pencatatan Sipil; jawabannya dihitung untuk unit saja, tidak untuk layanan mana pun.']);
    expect(diagnostics[0]!.hint).toBe('Maksudnya DUK-KK? Kode layanan unit ini: DUK-KK.');
    expect(results!.layanan.map((g) => [g.kode, g.nama, g.responden])).toEqual([['DUK-KK', 'Penerbitan Kartu Keluarga', 1]]);
    expect(results!.unit.responden).toBe(3);
  });

  it('a service named by name in a "Jenis Layanan" column is the unit\'s service of that name', async () => {
    const rows = [['No', 'Jenis Layanan', ...HEADER.slice(7)], [1, 'penerbitan kartu keluarga', ...ALL(4)]];
    const { results, diagnostics } = await compute({ 'unit/penyelenggara.yaml': PROVIDER_YAML, 'unit/layanan/kk.yaml': SERVICE_YAML, 't.csv': csv(rows) }, ['t.csv'], { unit: 'unit' });
    expect(diagnostics).toEqual([]);
    expect(results!.layanan.map((g) => g.kode)).toEqual(['DUK-KK']);
  });

  it('a date outside the period leaves the respondent out; one that cannot be read is said', async () => {
    const rows = [HEADER, row(1, 'DUK-KK', '30/06/2026', ALL(4)), row(2, 'DUK-KK', '2026-07-01', ALL(1)), row(3, 'DUK-KK', '31/02/2026', ALL(3)), row(4, 'DUK-KK', '5 Januari 2026 ', ALL(3))];
    const { results, diagnostics } = await compute({ 't.csv': csv(rows) }, ['t.csv'], { periode: parsePeriod('2026-S1') });
    expect(said(diagnostics)).toEqual([
      't.csv: t!C3 error skm: Tanggal 2026-07-01 di luar periode 2026-S1 (2026-01-01 s.d. 2026-06-30); responden ini tidak dihitung.',
      't.csv: t!C4 error skm: Tanggal "31/02/2026" tidak terbaca; periode responden ini tidak dapat diperiksa.',
    ]);
    expect(results!.unit.responden).toBe(3);
    expect(results!.berkas[0]).toMatchObject({ baris: 4, responden: 3, dilewati: 1 });
    // Without a period an unreadable date changes nothing computed: a warning.
    const free = await compute({ 't.csv': csv(rows) }, ['t.csv']);
    expect(said(free.diagnostics)).toEqual(['t.csv: t!C4 warning skm: Tanggal "31/02/2026" tidak terbaca; periode responden ini tidak dapat diperiksa.']);
  });

  it('a respondent number used twice: with other answers both count and it is an error; the same response entered twice counts once', async () => {
    const rows = [HEADER, row(1, 'DUK-KK', jan(5), ALL(4)), row(2, 'DUK-KK', jan(5), ALL(3)), row(2, 'DUK-KK', jan(5), ALL(2)), row(1, 'DUK-KK', jan(5), ALL(4))];
    const { results, diagnostics } = await compute({ 't.xlsx': await workbook({ Data: rows }) }, ['t.xlsx']);
    expect(said(diagnostics)).toEqual([
      't.xlsx: Data!A4 error skm: Nomor responden "2" sudah dipakai di t.xlsx: Data!A3 dengan jawaban lain; keduanya dihitung.',
      't.xlsx: Data!A5 warning skm: Baris ini sama dengan t.xlsx: Data!A2 (nomor "1", jawaban sama): tanggapan yang sama dimasukkan dua kali, dihitung sekali.',
    ]);
    expect(results!.unit.responden).toBe(3);
  });

  it('"No" is a running number within a sheet; "ID Responden" must be unique across every file', async () => {
    const numbered = (first: string) => csv([[first, ...HEADER.slice(1)], row(1, 'DUK-KK', '05/01/2026', ALL(4))]);
    const running = await compute({ 'a.csv': numbered('No'), 'b.csv': numbered('No') }, ['a.csv', 'b.csv']);
    expect(running.diagnostics).toEqual([]);
    expect(running.results!.unit.responden).toBe(2);
    // A file numbered by sheet in between does not make the run forget the identifiers before it.
    const ids = await compute({ 'a.csv': numbered('ID Responden'), 'b.csv': numbered('No'), 'c.csv': numbered('ID Responden') }, ['a.csv', 'b.csv', 'c.csv']);
    expect(said(ids.diagnostics)).toEqual(['c.csv: c!A2 warning skm: Baris ini sama dengan a.csv: a!A2 (nomor "1", jawaban sama): tanggapan yang sama dimasukkan dua kali, dihitung sekali.']);
  });

  it('a row with no answer at all is not a respondent; a template\'s numbered empty rows are passed over in silence', async () => {
    const rows = [HEADER, row(1, 'DUK-KK', jan(5), ALL(4)), row(2, 'DUK-KK', jan(5), []), [3], [4]];
    const { results, diagnostics } = await compute({ 't.xlsx': await workbook({ Sheet1: rows }) }, ['t.xlsx']);
    expect(said(diagnostics)).toEqual(['t.xlsx: Sheet1!A3 warning skm: Baris ini tidak memuat satu pun jawaban unsur; tidak dihitung sebagai responden.']);
    expect(results!.berkas[0]).toMatchObject({ baris: 2, responden: 1, dilewati: 1 });
  });

  it('a profile value that cannot be read is a warning; the respondent counts, listed as not given', async () => {
    const rows = [HEADER, row(1, 'DUK-KK', '05/01/2026', ALL(4), ['X', 'tua', 'SMA', 'PNS'])];
    const { results, diagnostics } = await compute({ 't.csv': csv(rows) }, ['t.csv']);
    expect(said(diagnostics)).toEqual([
      't.csv: t!D2 warning skm: Jenis kelamin "X" tidak dikenali; responden ini dicatat "tidak diisi" di profil.',
      't.csv: t!E2 warning skm: Usia "tua" tidak terbaca; responden ini dicatat "tidak diisi" di profil.',
    ]);
    expect(results!.unit.profil.jenisKelamin).toEqual([{ label: 'Laki-laki', jumlah: 0 }, { label: 'Perempuan', jumlah: 0 }, { label: 'Tidak diisi', jumlah: 1 }]);
  });

  it('reads the age groups the data-entry template offers, its 60+ included, into the profile\'s groups', async () => {
    const ages = ['<20', '20-29', '30-39', '40-49', '50-59', '60+', '60 ke atas'];
    const rows = [HEADER, ...ages.map((age, i) => row(i + 1, 'DUK-KK', '05/01/2026', ALL(4), ['L', age, 'SMA', 'PNS']))];
    const { results, diagnostics } = await compute({ 't.csv': csv(rows) }, ['t.csv']);
    expect(diagnostics).toEqual([]);
    expect(results!.unit.profil.usia).toEqual([
      { label: '< 20', jumlah: 1 },
      { label: '20–29', jumlah: 1 },
      { label: '30–39', jumlah: 1 },
      { label: '40–49', jumlah: 1 },
      { label: '50–59', jumlah: 1 },
      { label: '≥ 60', jumlah: 2 },
    ]);
  });

  it('past ten of one kind in one column, the rest are counted in one message', async () => {
    const rows = [HEADER, ...Array.from({ length: 14 }, (_, i) => row(i + 1, 'DUK-KK', '05/01/2026', [9, 4, 4, 4, 4, 4, 4, 4, 4]))];
    const { diagnostics } = await compute({ 't.csv': csv(rows) }, ['t.csv']);
    expect(diagnostics).toHaveLength(11);
    expect(said(diagnostics.slice(-1))).toEqual(['t.csv: t!H12 error skm: 4 sel lain di kolom H (H12–H15) bermasalah sama dan tidak disebut satu per satu.']);
  });
});

describe('columns as offices head them', () => {
  it('title rows above, a two-row header under merged titles, elements by name, summary rows below', async () => {
    const rows: TestCell[][] = [
      ['HASIL SURVEI KEPUASAN MASYARAKAT SEMESTER I 2026'],
      [],
      ['No. Resp', 'Jenis Kelamin', 'Umur', 'Pendidikan Terakhir', 'Pekerjaan Utama', 'NILAI UNSUR PELAYANAN'],
      [undefined, undefined, undefined, undefined, undefined, 'Persyaratan', 'Sistem, Mekanisme dan Prosedur', 'Waktu Penyelesaian', 'Biaya/Tarif', 'Produk Spesifikasi Jenis Pelayanan', 'Kompetensi Pelaksana', 'Perilaku Pelaksana', 'Sarana dan Prasarana', 'Penanganan Pengaduan, Saran dan Masukan'],
      [1, 'L', 30, 'SMA', 'Swasta', ...ALL(3)],
      [2, 'P', 40, 'S1', 'PNS', ...ALL(4)],
      ['Σ Nilai / Unsur', undefined, undefined, undefined, undefined, ...ALL(7)],
      ['NRR / Unsur', undefined, undefined, undefined, undefined, ...ALL(3.5)],
    ];
    const { results, diagnostics } = await compute({ 'rekap.xlsx': await workbook({ Rekap: rows }) }, ['rekap.xlsx']);
    expect(said(diagnostics)).toEqual([
      'rekap.xlsx: Rekap!A7 info skm: Baris ringkasan "Σ Nilai / Unsur" dilewati: alat ini menghitung sendiri jumlah, NRR dan IKM.',
      'rekap.xlsx: Rekap!A8 info skm: Baris ringkasan "NRR / Unsur" dilewati: alat ini menghitung sendiri jumlah, NRR dan IKM.',
    ]);
    expect(results!.unit.konversi).toBe(87.5);
    expect(results!.layanan).toEqual([]);
  });

  it('an online form\'s export: a timestamp, the questions as headers, the options\' words as answers', async () => {
    const questions = [
      'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
      'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
      'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
      'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
      'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
      'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
      'Bagaimana pendapat saudara perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
      'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
      'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
    ];
    const rows = [
      ['Stempel waktu', 'Jenis Kelamin', ...questions, 'Kritik dan Saran', 'Nomor WhatsApp'],
      ['05/01/2026 10:15:32', 'Laki-laki', 'Sangat Sesuai', 'Mudah', 'Kurang cepat', 'Gratis', 'Sesuai', 'Kompeten', 'Sangat sopan dan ramah', 'Baik', 'Dikelola dengan baik', 'Antre lama', '0812'],
    ];
    const { results, diagnostics } = await compute({ 'formulir.csv': csv(rows, ',') }, ['formulir.csv'], { periode: parsePeriod('2026-01') });
    expect(said(diagnostics)).toEqual(['formulir.csv: formulir!M1 warning skm: Kolom "Nomor WhatsApp" tidak dikenali; isinya tidak dibaca.']);
    expect(results!.unit.unsur.map((u) => u.nrr)).toEqual([4, 3, 2, 4, 3, 3, 4, 3, 4]);
  });

  it('a missing element column is an error; a repeated one, an unknown and an ambiguous one are said', async () => {
    const rows = [
      ['No', 'U1', 'U2', 'U3', 'U3', 'U5', 'U6', 'U7', 'U8', 'U9', 'Catatan petugas', 'Waktu dan biaya'],
      [1, 4, 4, 4, 1, 4, 4, 4, 4, 4, 'ok', 3],
    ];
    const { results, diagnostics } = await compute({ 't.csv': csv(rows) }, ['t.csv']);
    expect(said(diagnostics)).toEqual([
      't.csv: t!A1 error skm: Tidak ada kolom untuk U4 Biaya/tarif di baris judul.',
      't.csv: t!E1 error skm: Kolom "U3" mengulang U3 yang sudah dibaca dari kolom D; kolom ini tidak dibaca.',
      't.csv: t!K1 warning skm: Kolom "Catatan petugas" tidak dikenali; isinya tidak dibaca.',
      't.csv: t!L1 warning skm: Kolom "Waktu dan biaya" dapat berarti U3 Waktu penyelesaian atau U4 Biaya/tarif; isinya tidak dibaca.',
    ]);
    expect(results!.unit.tanpaJawaban).toEqual(['U4']);
    expect(results!.unit.konversi).toBe(100);
  });

  it('a table without element columns, hidden sheets and sheets without a header', async () => {
    const book = await workbook({ Petunjuk: [['Isi satu baris per responden.']], Daftar: [['U1', 'U2'], [1, 2]], Kosong: [['Nama', 'Alamat'], ['Budi', 'Jl. Mawar']] }, { hidden: ['Daftar'] });
    const { results, diagnostics } = await compute({ 'salah.xlsx': book }, ['salah.xlsx']);
    expect(said(diagnostics)).toEqual([
      'salah.xlsx: Petunjuk!A1 error skm: Tidak ada baris judul dengan kolom unsur (U1–U9 atau nama unsurnya) di salah.xlsx: Petunjuk.',
      'salah.xlsx:1:1 error skm: Tidak ada satu pun responden yang terhitung dari berkas yang diberikan.',
    ]);
    expect(results!.unit.ikm).toBeNull();
  });
});

describe('files that are not tables of responses', () => {
  it('an old .xls or protected workbook, a damaged .xlsx, a binary file and a missing one are refused by name', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    const good = await workbook({ Sheet1: [HEADER] });
    const { diagnostics } = await compute({ 'lama.xls': ole, 'rusak.xlsx': good.subarray(0, 300), 'gambar.csv': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) }, ['lama.xls', 'rusak.xlsx', 'gambar.csv', 'hilang.csv']);
    expect(diagnostics.map((d) => `${d.file} ${d.rule}: ${d.message.replace(/ \(.*/, '')}`)).toEqual([
      'gambar.csv berkas: "gambar.csv" bukan tabel tanggapan',
      'hilang.csv io: "hilang.csv" tidak ada.',
      'lama.xls berkas: "lama.xls" adalah lembar kerja Excel format lama',
      'rusak.xlsx berkas: "rusak.xlsx" tidak dapat dibaca sebagai lembar kerja .xlsx',
    ]);
  });
});

describe('weights, element sets and the unit\'s skm.yaml', () => {
  const perfect = csv([HEADER, [1, 'DUK-KK', '05/01/2026', 'L', 30, 'SMA', 'PNS', ...ALL(4)]]);

  it('--bobot 0.111 and 0.11 reproduce agencies\' variants and say so; anything else is refused with the choices', async () => {
    const a = await compute({ 't.csv': perfect }, ['t.csv'], { bobot: '0.111' });
    expect(a.results!.unit.konversi).toBeCloseTo(99.9, 12);
    expect(a.results!.bobot).toEqual({
      cara: 'dibulatkan',
      nilai: '0.111',
      catatan: 'Bobot tiap unsur 0,111 (1/9 dibulatkan, seperti sebagian instansi menghitung), bukan 1/9: IKM tertinggi menjadi 99,90, bukan 100,00, dan setiap IKM lebih rendah daripada dengan bobot tepat.',
    });
    expect((await compute({ 't.csv': perfect }, ['t.csv'], { bobot: '0,11' })).results!.unit.konversi).toBeCloseTo(99, 12);
    const refused = await compute({ 't.csv': perfect }, ['t.csv'], { bobot: '0.2' });
    expect(refused.results).toBeUndefined();
    expect(refused.stop).toBe('--bobot "0.2" bukan bobot yang dikenal: tulis "tepat" (1/9, bawaan) atau 1/9 yang dibulatkan, misalnya 0.111 atau 0.11.');
    const fromConfig = await compute({ 't.csv': perfect, 'skm.yaml': 'bobot: 0.2\n' }, ['t.csv'], { pengaturan: 'skm.yaml' });
    expect(fromConfig.stop).toMatch(/^bobot \(skm\.yaml\) "0\.2" bukan bobot yang dikenal/);
  });

  it('the 2014 set reads "Maklumat Pelayanan" as its U8', async () => {
    const rows = [['No', 'Persyaratan', 'Prosedur', 'Waktu Pelayanan', 'Biaya/Tarif', 'Produk Spesifikasi Jenis Pelayanan', 'Kompetensi Pelaksana', 'Perilaku Pelaksana', 'Maklumat Pelayanan', 'Penanganan Pengaduan'], [1, 4, 4, 4, 4, 4, 4, 4, 2, 4]];
    const { results, diagnostics } = await compute({ 'lama.csv': csv(rows) }, ['lama.csv'], { unsur: '2014' });
    expect(diagnostics).toEqual([]);
    expect(results!.unsur[7]).toMatchObject({ kode: 'U8', nama: 'Maklumat Pelayanan' });
    expect(results!.unit.terlemah).toEqual(['U8']);
    // The same header under the 2017 set has no place.
    expect(said((await compute({ 'lama.csv': csv(rows) }, ['lama.csv'])).diagnostics)).toContain('lama.csv: lama!I1 warning skm: Kolom "Maklumat Pelayanan" tidak dikenali; isinya tidak dibaca.');
  });

  it('an extra element with every weight from skm.yaml, and a population per service for the sample check', async () => {
    const skm = `unsur_tambahan:
  - kode: U10
    nama: Kemudahan layanan daring
bobot: { U1: 0.1, U2: 0.1, U3: 0.1, U4: 0.1, U5: 0.1, U6: 0.1, U7: 0.1, U8: 0.1, U9: 0.1, U10: 0.1 }
populasi:
  DUK-KK: 100
`;
    const rows = [[...HEADER, 'U10'], [1, 'DUK-KK', '05/01/2026', 'L', 30, 'SMA', 'PNS', ...ALL(4), 2]];
    const { results, diagnostics } = await compute({ 'unit/penyelenggara.yaml': PROVIDER_YAML, 'unit/layanan/kk.yaml': SERVICE_YAML, 'unit/skm.yaml': skm, 't.csv': csv(rows) }, ['t.csv'], { unit: 'unit' });
    expect(diagnostics).toEqual([]);
    expect(results!.unsur.at(-1)).toEqual({ kode: 'U10', nama: 'Kemudahan layanan daring', bobot: 0.1, bobotTertulis: '0.1', tambahan: true });
    expect(results!.bobot.cara).toBe('khusus');
    expect(results!.unit.konversi).toBeCloseTo(95, 12);
    expect(results!.layanan[0]!.sampel).toEqual({ populasi: 100, minimum: 80, cukup: false });
    expect(results!.unit.sampel).toEqual({ populasi: 100, minimum: 80, cukup: false });
  });

  it('a broken skm.yaml is said where it is written, and nothing is computed', async () => {
    const skm = `unsur_tambahan:
  - kode: U10
    nama: Layanan daring
bobot: { U1: 0.1, U2: 0.1, U3: 0.1, U4: 0.1, U5: 0.1, U6: 0.1, U7: 0.1, U8: 0.1, U9: 0.1, U10: 0.2 }
periode: 2026-S3
populasi: banyak
jumlah: 3
`;
    const { results, diagnostics, stop } = await compute({ 'skm.yaml': skm, 't.csv': perfect }, ['t.csv'], { pengaturan: 'skm.yaml' });
    expect(results).toBeUndefined();
    expect(stop).toBe('skm.yaml perlu diperbaiki lebih dahulu; tidak ada yang dihitung.');
    expect(said(diagnostics)).toEqual([
      'skm.yaml:7:1 error skm: Kunci "jumlah" tidak dikenal di skm.yaml.',
      'skm.yaml:5:10 error skm: Periode "2026-S3" tidak dikenali.',
      'skm.yaml:4:8 error skm: Jumlah bobot 1.1, bukan 1.',
      'skm.yaml:6:11 error skm: populasi harus bilangan bulat lebih dari 0 (pengguna layanan setahun), bukan "banyak".',
    ]);
  });
});
