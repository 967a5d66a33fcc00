import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadUnits } from '../../src/check/load-units.js';
import { isRecord } from '../../src/load/guards.js';
import { joinPointer } from '../../src/load/pointer.js';
import { gate } from '../../src/render/gate.js';
import { buildSite, renderDocument, type RenderUnit } from '../../src/render/index.js';
import type { StandarPelayanan } from '../../src/types/schema.js';
import { AS_PUBLISHED, EXAMPLES, loadRenderUnit } from './units.js';

let dukcapil: RenderUnit;
beforeAll(async () => {
  dukcapil = await loadRenderUnit(join(EXAMPLES, 'disdukcapil-sukamaju'));
});

/** The KTP-el standard as plain data, to take apart. */
const ktp = () => structuredClone(dukcapil.services.find((s) => s.kode === 'DUK-KTP-EL')!) as unknown as Record<string, unknown>;
const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
/** The text a reader sees, one space between words. */
const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const unitWith = (service: unknown, provider: unknown = dukcapil.provider): RenderUnit => ({ provider: provider as RenderUnit['provider'], services: [service as StandarPelayanan] });
const render = (kind: 'lengkap' | 'publik', service: unknown, provider?: unknown, lang: 'id' | 'en' = 'id') => {
  const unit = unitWith(service, provider === undefined ? dukcapil.provider : provider);
  return renderDocument(kind, unit, unit.services[0], { lang });
};

/** Every path of a value, for replacing what it holds. */
function* pointers(value: unknown, pointer = ''): Generator<string> {
  if (pointer) yield pointer;
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* pointers(v, joinPointer(pointer, String(i)));
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) yield* pointers(v, joinPointer(pointer, k));
}

function replaced(root: unknown, pointer: string, value: unknown): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let at: Record<string, unknown> = copy;
  for (const part of parts.slice(0, -1)) at = at[part] as Record<string, unknown>;
  const last = parts[parts.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(at)) at.splice(Number(last), 1);
    else delete at[last];
  } else at[last] = value;
  return copy;
}

describe('a unit renders whatever it holds', () => {
  it('renders every page whatever value is missing, mistyped or marked not stated, anywhere in a service or its provider', () => {
    const service = ktp();
    const failures: string[] = [];
    const variants: unknown[] = [undefined, 7, 'teks', [1], { tidak_dinyatakan: true, alasan: 'Tidak disebut.' }];
    for (const pointer of pointers(service)) {
      for (const v of variants) {
        try {
          render('lengkap', replaced(service, pointer, v));
          render('publik', replaced(service, pointer, v));
        } catch (err) {
          failures.push(`${pointer} = ${JSON.stringify(v)}: ${String(err)}`);
        }
      }
    }
    for (const pointer of pointers(dukcapil.provider)) {
      for (const v of variants) {
        const provider = replaced(dukcapil.provider, pointer, v);
        try {
          render('lengkap', service, provider);
          renderDocument('maklumat', unitWith(service, provider));
        } catch (err) {
          if (!String(err).includes('maklumat')) failures.push(`penyelenggara ${pointer} = ${JSON.stringify(v)}: ${String(err)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 240_000);

  it('shows each gap in place: head of unit, regulation title, step actor, whole component', () => {
    let service: unknown = ktp();
    for (const pointer of ['/komponen/produk', '/komponen/sistem_mekanisme_prosedur/alur/0/langkah/1/pelaksana', '/komponen/dasar_hukum/0/tentang', '/penetapan']) service = replaced(service, pointer, undefined);
    const provider = replaced(dukcapil.provider, '/kepala', { jabatan: 'Kepala Dinas' });
    const html = render('lengkap', service, provider);
    expect(html).toMatch(/<tr id="komponen-produk">[\s\S]*?<td class="uraian"><p class="kosong">Belum diisi<\/p><\/td>/);
    expect(html).toMatch(/<tr><td class="no">2<\/td><td><span class="kosong">Belum diisi<\/span><\/td><td>Memeriksa kelengkapan/);
    expect(html).toContain('<li>Undang-Undang Nomor 23 Tahun 2006\n</li>');
    expect(html).toContain('<p class="ttd-nama"><span class="kosong">Belum diisi</span></p>');
    // A standard that says it is set but cites no decree shows that the decree is missing.
    expect(html).toContain('<p class="lampiran-kosong"><span class="sub-judul">Keputusan penetapan:</span> <span class="kosong">Belum diisi</span></p>');
  });

  it('says what the document says it does not state, with its reason, apart from what is not filled in', () => {
    const service = ktp();
    service.penetapan = { tidak_dinyatakan: true, alasan: 'Halaman publik tidak mengutip keputusan.' };
    (service.komponen as Record<string, unknown>).jumlah_pelaksana = { tidak_dinyatakan: true };
    const provider = { ...dukcapil.provider!, kepala: { tidak_dinyatakan: true, alasan: 'Nama camat tidak tercantum.' } };
    const html = render('lengkap', service, provider);
    expect(html).toContain('<span class="sub-judul">Keputusan penetapan:</span> <span class="kosong">Tidak dinyatakan dalam dokumen: Halaman publik tidak mengutip keputusan.</span>');
    expect(html).toMatch(/<tr id="komponen-jumlah_pelaksana">[\s\S]*?<p class="kosong">Tidak dinyatakan dalam dokumen<\/p>/);
    expect(html).toContain('<p class="ttd-nama"><span class="kosong">Tidak dinyatakan dalam dokumen: Nama camat tidak tercantum.</span></p>');
  });

  it('says so of a maklumat the document does not state, without the model sentence or a signature', () => {
    const provider = { ...dukcapil.provider!, maklumat: { tidak_dinyatakan: true, alasan: 'Papan informasi tidak memuat maklumat.' } };
    const html = renderDocument('maklumat', unitWith(ktp(), provider));
    expect(html).toContain('<p class="kosong">Tidak dinyatakan dalam dokumen: Papan informasi tidak memuat maklumat.</p>');
    expect(text(html)).not.toContain('sanggup menyelenggarakan pelayanan');
    expect(html).not.toContain('<p class="ttd-nama">');
  });

  it('marks the components outside a declared scope as not included, not as forgotten', () => {
    const service = ktp();
    service.cakupan = 'penyampaian';
    const komponen = service.komponen as Record<string, unknown>;
    for (const key of ['dasar_hukum', 'jumlah_pelaksana']) delete komponen[key];
    const html = render('lengkap', service, { ...dukcapil.provider!, bawaan: undefined });
    expect(html).toMatch(/<tr id="komponen-dasar_hukum">[\s\S]*?<p class="kosong">Tidak dimuat: dokumen ini memuat 6 komponen penyampaian pelayanan saja<\/p>/);
    expect(html).not.toMatch(/<tr id="komponen-dasar_hukum">[\s\S]*?Belum diisi[\s\S]*?<tr id="komponen-sarana_prasarana">/);
  });

  it('carries the draft mark only while the check stage found errors or placeholders', () => {
    const unit = { ...dukcapil, verdict: { services: dukcapil.services.map((s) => (s.kode === 'DUK-KTP-EL' ? { errors: 2, placeholders: 1 } : { errors: 0, placeholders: 0 })), provider: { errors: 0, placeholders: 0 } } };
    const ktpService = unit.services.find((s) => s.kode === 'DUK-KTP-EL')!;
    const draft = renderDocument('lengkap', unit, ktpService, { media: 'print' });
    expect(draft).toContain('<div class="tanda-draf" role="note"><p><strong class="tanda-draf-judul">DRAF</strong>: belum layak terbit, masih ada 2 galat dan 1 isian &quot;[isi: …]&quot; belum diganti.');
    expect(draft).toMatch(/@top-center \{ content: "DRAF\\3a  belum layak terbit/);
    expect(renderDocument('lengkap', unit, unit.services.find((s) => s.kode === 'DUK-KK')!)).not.toContain('class="tanda-draf"');
    expect(renderDocument('maklumat', unit)).not.toContain('class="tanda-draf"');
    expect(renderDocument('publik', unit, ktpService, { lang: 'en' })).toContain('<strong class="tanda-draf-judul">DRAFT</strong>: not ready to publish, it still has 2 errors and 1 &quot;[isi: …]&quot; placeholder not replaced.');
  });
});

describe('the draft mark counts each defect once', () => {
  it('counts a "[isi: …]" left in a set standard as a placeholder, not also as isian-kosong\'s error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'standar-verdict-'));
    cpSync(join(AS_PUBLISHED, 'isian-belum-diganti'), dir, { recursive: true });
    const file = join(dir, 'layanan', 'izin-reklame.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^status: draf$/m, 'status: ditetapkan'));
    const loaded = await loadUnits([dir], { cwd: dir });
    // Set, each of the four placeholders (two in the service, the head's name, the inherited opening hours) is an error too.
    expect(loaded.diagnostics.filter((d) => d.rule === 'isian-kosong' && d.severity === 'error')).toHaveLength(4);
    const { units } = gate(loaded, 'id');
    // The other errors: konsultasi-publik, penetapan-lengkap, eight missing components, the unreadable opening hours, the revoked PP 5/2021.
    expect(units[0]!.verdict.services[0]).toEqual({ errors: 12, placeholders: 4 });
    // The maklumat: the head's name still to write, and the missing improvement promise.
    expect(units[0]!.verdict.provider).toEqual({ errors: 1, placeholders: 1 });
  });
});

describe('nothing appears that the data does not hold', () => {
  it('makes up no decree title, takes no signing place from the region, and no fee name', () => {
    const service = ktp();
    delete (service.penetapan as Record<string, unknown>).tentang;
    (service.komponen as Record<string, unknown>).biaya = { gratis: true };
    const html = render('lengkap', service);
    // A decree cited without its title: the document does not state it, like any value it leaves out.
    expect(html).toContain('<div><dt>TENTANG</dt><dd><span class="kosong">Tidak dinyatakan dalam dokumen</span></dd></div>');
    expect(html).not.toContain(`Standar pelayanan ${String(service.nama)}</dd>`);
    expect(html).toContain('<p class="ttd-tempat">16 Februari 2026</p>');
    expect(text(html)).not.toContain('Ditetapkan di');
    expect(jsonLd(html).offers).toEqual([{ '@type': 'Offer', price: 0, priceCurrency: 'IDR' }]);
    const signed = render('lengkap', { ...service, penetapan: { ...(service.penetapan as object), tempat: 'Sukamaju' } });
    expect(signed).toContain('<p class="ttd-tempat">Ditetapkan di Sukamaju</p>\n  <p class="ttd-tanggal">pada tanggal 16 Februari 2026</p>');
    const placed = unitWith({ ...service, penetapan: { ...(service.penetapan as object), tempat: 'Sukamaju' } });
    const english = renderDocument('lengkap', placed, placed.services[0], { lang: 'en' });
    expect(text(english)).toContain('Set at Sukamaju on 16 February 2026');
  });

  it('prints a maklumat dated by its year alone as written, no day or month added', () => {
    const maklumat: Record<string, unknown> = { ...(dukcapil.provider!.maklumat as Record<string, unknown>), tempat: 'Sukamaju', tahun: 2023 };
    delete maklumat.tanggal;
    const html = renderDocument('maklumat', unitWith(ktp(), { ...dukcapil.provider!, maklumat }));
    expect(html).toContain('<p class="ttd-tempat">Sukamaju, 2023</p>');
  });

  it('shows a channel of kind "lainnya" by the name the document gave it, never as "Lainnya"', () => {
    const service = ktp();
    service.kanal = [{ jenis: 'lainnya', nama: 'Layanan keliling desa' }];
    (service.komponen as Record<string, unknown>).pengaduan = { kanal: [{ jenis: 'lainnya', nama: 'Forum warga' }, { jenis: 'sp4n_lapor' }] };
    for (const kind of ['lengkap', 'publik'] as const) {
      const html = render(kind, service);
      expect(text(html)).not.toMatch(/\bLainnya\b/);
      expect(html).toContain('<span class="kanal-jenis">Layanan keliling desa</span>');
      expect(html).toContain('<span class="kanal-jenis">Forum warga</span>');
      // SP4N-LAPOR! without an address links the national one without printing an address.
      expect(html).toContain('<a class="kanal-jenis" href="https://www.lapor.go.id/">SP4N-LAPOR!</a>');
      expect(text(html)).not.toContain('www.lapor.go.id');
    }
  });

  it('says a channel\'s name once when it only repeats its kind\'s label in another case, and keeps a name that says more', () => {
    const service = ktp();
    (service.komponen as Record<string, unknown>).pengaduan = { kanal: [{ jenis: 'kotak_saran', nama: 'Kotak Saran' }, { jenis: 'telepon', nama: 'Telpon', alamat: '0821-8243-7282' }] };
    const html = render('lengkap', service);
    expect(html).not.toContain('<span class="kanal-nama">Kotak Saran</span>');
    // Written otherwise, even misspelt, a name is the document's and is kept.
    expect(html).toContain('<span class="kanal-nama">Telpon</span>');
  });

  it('invents no channel for JSON-LD and gives working days without turning them into days', () => {
    const service = ktp();
    delete service.kanal;
    (service.komponen as Record<string, unknown>).jangka_waktu = { nilai: 10, satuan: 'hari_kerja', sejak: 'sejak berkas lengkap' };
    const data = jsonLd(render('publik', service));
    expect(data.availableChannel).toBeUndefined();
    expect(JSON.stringify(data)).not.toMatch(/"P\d+D"/);
    expect(data.additionalProperty).toEqual({ '@type': 'PropertyValue', propertyID: 'jangka_waktu', name: 'Jangka waktu pelayanan', value: 10, unitText: 'hari kerja', description: '10 (sepuluh) hari kerja sejak berkas lengkap' });
    (service.komponen as Record<string, unknown>).jangka_waktu = { nilai: 3, satuan: 'hari_kalender', paling_cepat: 1 };
    service.kanal = [{ jenis: 'tatap_muka', nama: 'Loket' }];
    const range = jsonLd(render('publik', service));
    expect(range.additionalProperty).toMatchObject({ minValue: 1, maxValue: 3, unitText: 'hari kalender', description: '1 (satu) sampai 3 (tiga) hari kalender' });
    expect(range.availableChannel[0].processingTime).toBeUndefined();
    (service.komponen as Record<string, unknown>).jangka_waktu = { nilai: 24, satuan: 'jam_kalender' };
    expect(jsonLd(render('publik', service)).availableChannel[0].processingTime).toBe('PT24H');
  });
});

describe('nothing in the data is left out', () => {
  it('keeps paragraphs and lettered lists of any text, printed as text', () => {
    const service = ktp();
    service.deskripsi = 'Paragraf pertama.\n\nParagraf kedua <script>alert(1)</script>:\na. butir satu;\nb. butir dua\n  yang berlanjut.';
    (service.komponen as Record<string, unknown>).produk = [{ nama: 'KTP-el', catatan: 'Catatan satu.\n\n- poin\n- poin lain' }];
    for (const kind of ['lengkap', 'publik'] as const) {
      const html = render(kind, service);
      expect(html).toContain('<div class="teks-blok"><p>Paragraf pertama.</p><p>Paragraf kedua &lt;script&gt;alert(1)&lt;/script&gt;:</p><ol class="daftar-teks"><li><span class="penanda">a.</span> butir satu;</li><li><span class="penanda">b.</span> butir dua yang berlanjut.</li></ol></div>');
      expect(html).toContain('<div class="catatan"><span class="catatan-label">Catatan:</span><div class="teks-blok"><p>Catatan satu.</p><ul><li>poin</li><li>poin lain</li></ul></div></div>');
    }
  });

  it('shows the description, category, channels and opening hours in the full standard', () => {
    const html = text(render('lengkap', ktp()));
    expect(html).toContain('Perekaman data dan penerbitan KTP-el bagi Warga Negara Indonesia');
    expect(html).toContain('Kategori: Pendaftaran Penduduk');
    expect(html).toContain('Tempat dan cara mengajukan: Tatap muka : Kantor Disdukcapil Kota Sukamaju');
    expect(html).toMatch(/Jam pelayanan Hari Jam Senin–Kamis 08\.00–15\.30 Catatan: Istirahat 12\.00–13\.00/);
    expect(html).toContain('Forum konsultasi publik 27 Januari 2026, Aula Dinas Kependudukan dan Pencatatan Sipil Kota Sukamaju');
  });

  it('shows the article of a requirement group, the items below a list line, the sub-steps of a step and where an excerpt stops', () => {
    const service = ktp();
    service.sumber = { judul: 'Halaman layanan KTP-el', terpotong_di: 'sarana_prasarana' };
    const komponen = service.komponen as Record<string, unknown>;
    komponen.persyaratan = {
      kelompok: [{ nama: 'Anak yang ditemukan', kasus: 'anak_ditemukan', butir: ['Berita acara dari kepolisian'], dasar_hukum: { jenis: 'Perpres', nomor: 96, tahun: 2018, pasal: 33, ayat: 2 } }],
    };
    komponen.sistem_mekanisme_prosedur = [
      { pelaksana: 'Pemohon', uraian: 'Membuat akun di laman daring:', rincian: ['mengisi NIK dan surel;', { uraian: 'mengaktifkan akun', rincian: ['melalui tautan di surel'] }] },
    ];
    komponen.jaminan_pelayanan = [{ uraian: 'Kompensasi diberikan dalam hal:', rincian: ['KTP-el belum selesai: diantar ke rumah pemohon', 'salah ketik: dicetak ulang tanpa biaya'] }];
    const full = text(render('lengkap', service));
    expect(full).toContain('Anak yang ditemukan (Dasar hukum: Pasal 33 ayat (2) Peraturan Presiden Nomor 96 Tahun 2018)');
    expect(full).toContain('Membuat akun di laman daring: mengisi NIK dan surel; mengaktifkan akun melalui tautan di surel');
    expect(full).toContain('Kompensasi diberikan dalam hal: KTP-el belum selesai: diantar ke rumah pemohon salah ketik: dicetak ulang tanpa biaya');
    expect(full).toContain('kutipan berhenti di tengah komponen “Sarana, prasarana, dan/atau fasilitas”');
    expect(text(render('publik', service))).toContain('Membuat akun di laman daring: mengisi NIK dan surel; mengaktifkan akun melalui tautan di surel');
    // In a list of several items too, each item keeps the items below it.
    komponen.jaminan_keamanan_keselamatan = [{ uraian: 'Data pemohon dijaga:', rincian: ['arsip dikunci', 'akses dicatat'] }, 'Ruang pelayanan diawasi CCTV'];
    expect(text(render('lengkap', service))).toContain('Data pemohon dijaga: arsip dikunci akses dicatat Ruang pelayanan diawasi CCTV');
  });

  it('shows a channel address as written, http:// or without a scheme too, and links only https', () => {
    const service = ktp();
    service.kanal = [
      { jenis: 'daring', nama: 'OSS RBA', url: 'oss.go.id' },
      { jenis: 'daring', nama: 'SIMBG', url: 'http://simbg.pu.go.id' },
      { jenis: 'aplikasi', url: 'https://layanan.sukamajukota.go.id' },
    ];
    for (const kind of ['lengkap', 'publik'] as const) {
      const html = render(kind, service);
      expect(html).toContain('<span class="kanal-jenis">Daring (online)</span>: OSS RBA <span class="kanal-url">oss.go.id</span>');
      expect(html).toContain('<span class="kanal-jenis">Daring (online)</span>: SIMBG <span class="kanal-url">http://simbg.pu.go.id</span>');
      expect(html).toContain('<span class="kanal-url"><a href="https://layanan.sukamajukota.go.id/">https://layanan.sukamajukota.go.id</a></span>');
      expect(html).not.toContain('href="http://');
    }
  });

  it('prints the opening sentence of the requirements and documents any one of which will do', () => {
    const service = ktp();
    (service.komponen as Record<string, unknown>).persyaratan = {
      pengantar: 'Persyaratan pelaporan sebagai berikut:',
      butir: [
        { pilihan: [{ uraian: 'Buku nikah orang tua', bentuk: 'dilegalisir' }, 'SPTJM sebagai pasangan suami istri'] },
        { uraian: 'Identitas pemohon', pilihan: ['KTP-el', 'Surat Keterangan Kependudukan'] },
      ],
      catatan: 'Berkas dibawa dalam map.',
    };
    for (const kind of ['lengkap', 'publik'] as const) {
      const html = text(render(kind, service));
      expect(html).toMatch(/Persyaratan pelaporan sebagai berikut: Buku nikah orang tua \(fotokopi dilegalisir\) atau SPTJM sebagai pasangan suami istri Identitas pemohon \(salah satu\): KTP-el atau Surat Keterangan Kependudukan Catatan: Berkas dibawa dalam map\./);
    }
    expect(text(render('publik', service, undefined, 'en'))).toContain('Identitas pemohon (any one of): KTP-el or Surat Keterangan Kependudukan');
  });
});

describe('a duration is said once, in the document\'s words', () => {
  const withTime = (jangka: unknown, langkah?: unknown[]) => {
    const service = ktp();
    const komponen = service.komponen as Record<string, unknown>;
    komponen.jangka_waktu = jangka;
    if (langkah) komponen.sistem_mekanisme_prosedur = langkah;
    return service;
  };
  const row = (html: string, key: string) => text(html.slice(html.indexOf(`<tr id="komponen-${key}">`), html.indexOf('</tr>', html.indexOf(`<tr id="komponen-${key}">`))));

  it('prints the wording alone when it says the numbers, and adds only what it leaves out', () => {
    const range = withTime({ paling_cepat: 1, nilai: 3, satuan: 'hari_kerja', teks: '1 – 3 Hari Kerja' });
    expect(row(render('lengkap', range), 'jangka_waktu')).toMatch(/Jangka waktu pelayanan 1 – 3 Hari Kerja $/);
    const clock = withTime({ nilai: 24, satuan: 'jam_kalender', teks: 'Maksimal 1x24 jam' });
    expect(row(render('lengkap', clock), 'jangka_waktu')).toMatch(/Jangka waktu pelayanan Maksimal 1x24 jam $/);
    const since = withTime({ paling_cepat: 1, nilai: 14, satuan: 'hari_kerja', sejak: 'sejak berkas dinyatakan lengkap', teks: '1 (satu) hari maksimal 14 (empat belas) hari kerja' });
    expect(row(render('lengkap', since), 'jangka_waktu')).toMatch(/14 \(empat belas\) hari kerja sejak berkas dinyatakan lengkap $/);
    const vague = withTime({ nilai: 3, satuan: 'hari_kerja', teks: 'Secepatnya setelah berkas lengkap' });
    expect(row(render('lengkap', vague), 'jangka_waktu')).toMatch(/Secepatnya setelah berkas lengkap 3 \(tiga\) hari kerja $/);
    const complaint = ktp();
    (complaint.komponen as Record<string, unknown>).pengaduan = { kanal: [{ jenis: 'sp4n_lapor' }], jangka_waktu: { nilai: 5, satuan: 'hari_kerja', teks: 'Pengaduan segera ditanggapi.' } };
    expect(row(render('lengkap', complaint), 'pengaduan')).toContain('Pengaduan segera ditanggapi. (5 (lima) hari kerja)');
  });

  it('labels the summary of the public page so any wording reads naturally, in both languages', () => {
    const service = withTime({ nilai: 3, satuan: 'hari', teks: 'Paling lambat 3 (tiga) hari' });
    expect(render('publik', service)).toContain('<div><dt>Waktu penyelesaian</dt><dd>Paling lambat 3 (tiga) hari</dd></div>');
    expect(render('publik', service, undefined, 'en')).toContain('<div><dt>Completion time</dt><dd>Paling lambat 3 (tiga) hari</dd></div>');
  });

  it('prints a step\'s own words for its time, with the numbers only when they are not in them', () => {
    const service = withTime({ nilai: 1, satuan: 'hari_kerja' }, [
      { pelaksana: 'Petugas', uraian: 'Memeriksa berkas', waktu: { nilai: 15, satuan: 'menit', teks: 'paling lama 15 menit' } },
      { pelaksana: 'Operator', uraian: 'Mencetak KTP-el', waktu: { nilai: 1, satuan: 'jam', teks: 'segera setelah verifikasi' } },
    ]);
    for (const kind of ['lengkap', 'publik'] as const) {
      const html = text(render(kind, service));
      expect(html).toContain('paling lama 15 menit');
      expect(html).not.toContain('15 (lima belas) menit');
      expect(html).toContain('segera setelah verifikasi (1 (satu) jam)');
    }
  });
});

describe('the public page says whose it is', () => {
  it('names the unit, the region and the government, on its own and in the site, and in the title', () => {
    const own = render('publik', ktp());
    expect(own).toContain('<p class="publik-unit">Dinas Kependudukan dan Pencatatan Sipil Kota Sukamaju · Kota Sukamaju · Provinsi Nusa Harapan · Pemerintah Kota Sukamaju</p>');
    expect(own).toContain('<title>Penerbitan Kartu Tanda Penduduk Elektronik (KTP-el) – Disdukcapil, Kota Sukamaju</title>');
    const site = buildSite(dukcapil).files.get('layanan/duk-ktp-el/index.html')!;
    expect(site).toContain('<p class="publik-unit">Dinas Kependudukan dan Pencatatan Sipil Kota Sukamaju · Kota Sukamaju');
  });
});
