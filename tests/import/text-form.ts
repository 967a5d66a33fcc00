import { COMPONENTS } from '../../src/model/components.js';
import { numberWithWords, timeUnit } from '../../src/model/format.js';

/**
 * A service as the text of a decree attachment reads it (the way the full-standard page prints
 * each component): numbered components, numbered items, forms and conditions in brackets,
 * citations written out. For the round trip of the examples through `standar impor`.
 */

type Data = Record<string, unknown>;
const isObj = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const BENTUK: Record<string, string> = { asli: 'asli', fotokopi: 'fotokopi', dilegalisir: 'dilegalisir', scan: 'scan', salinan_digital: 'salinan digital', diperlihatkan: 'menunjukkan aslinya' };

function syarat(s: unknown, indent: string, n: number): string[] {
  if (typeof s === 'string') return [`${indent}${n}. ${s}`];
  const d = s as Data;
  const forms = ([] as string[]).concat((d.bentuk as string[] | string | undefined) ?? []).map((b) => BENTUK[b] ?? b);
  let text = String(d.uraian);
  if (forms.length) text += ` (${forms.join(' dan ')})`;
  if (d.kondisi) text += ` (${/^(?:jika|bila|bagi|apabila|untuk)\b/i.test(String(d.kondisi)) ? '' : 'jika '}${d.kondisi})`;
  const out = [`${indent}${n}. ${text}`];
  ((d.rincian as unknown[]) ?? []).forEach((r, i) => out.push(...syarat(r, indent + '   ', i + 1)));
  return out;
}

export function citation(p: Data): string {
  const names: Record<string, string> = { UU: 'Undang-Undang', PP: 'Peraturan Pemerintah', Perpres: 'Peraturan Presiden', Permen: 'Peraturan Menteri', Perda: 'Peraturan Daerah', Perwali: 'Peraturan Wali Kota', Perbup: 'Peraturan Bupati', Pergub: 'Peraturan Gubernur', Keputusan: 'Keputusan', Perpol: 'Peraturan Kepolisian', Perkap: 'Peraturan Kapolri' };
  const kind = String(p.jenis) === 'Permen' && p.penerbit ? `Peraturan ${p.penerbit}` : `${names[String(p.jenis)] ?? p.jenis}${p.penerbit ? ` ${p.penerbit}` : ''}`;
  const ln = isObj(p.ln) ? `(Lembaran Negara Tahun ${p.ln.tahun} Nomor ${p.ln.nomor}${isObj(p.tln) ? `, Tambahan Lembaran Negara Nomor ${p.tln.nomor}` : ''})` : '';
  const own = [p.pasal ? `Pasal ${String(p.pasal).replace(/^pasal\s+/i, '')}` : '', kind, p.nomor !== undefined ? `Nomor ${p.nomor}` : '', p.tahun ? `Tahun ${p.tahun}` : '', p.tentang ? `tentang ${p.tentang}` : '', ln].filter(Boolean).join(' ');
  return [own, ...((p.jo as Data[] | undefined) ?? []).map(citation)].join(' jo. ');
}

const duration = (d: Data) => {
  const low = d.paling_cepat;
  const high = `${numberWithWords(Number(d.nilai), 'id')} ${timeUnit(d.satuan, 'id') ?? d.satuan}`;
  const from = typeof low === 'number' ? `${numberWithWords(low, 'id')} – ` : '';
  return `${from}${high}${d.sejak ? ` ${d.sejak}` : ''}`;
};

function langkah(l: Data, indent: string, n: number): string {
  const text = `${l.pelaksana ? `${l.pelaksana} ${String(l.uraian).replace(/^\w/, (c) => c.toLowerCase())}` : l.uraian}`;
  const waktu = isObj(l.waktu) ? ` (${l.waktu.nilai} ${timeUnit(l.waktu.satuan, 'id')})` : '';
  return `${indent}${n}. ${text.replace(/\.$/, '')}${waktu}`;
}

const KANAL: Record<string, string> = { sp4n_lapor: 'SP4N-LAPOR!', telepon: 'Telepon', whatsapp: 'WhatsApp', sms: 'SMS', faksimili: 'Faksimili', email: 'E-mail', website: 'Website', kotak_saran: 'Kotak saran', survei: 'Survei', radio: 'Radio', tatap_muka: 'Tatap muka', surat: 'Surat', aplikasi: 'Aplikasi' };

function component(key: string, v: unknown): string[] {
  const I = '   ';
  const list = (items: unknown[]) => items.map((x, i) => `${I}${i + 1}. ${typeof x === 'string' ? x : String((x as Data).uraian ?? (x as Data).nama)}`);
  switch (key) {
    case 'persyaratan': {
      if (Array.isArray(v)) return v.flatMap((s, i) => syarat(s, I, i + 1));
      const d = v as Data;
      const out = ((d.butir as unknown[]) ?? []).flatMap((s, i) => syarat(s, I, i + 1));
      for (const k of (d.kelompok as Data[]) ?? []) out.push(`${I}${k.nama}:`, ...(k.butir as unknown[]).flatMap((s, i) => syarat(s, I + I, i + 1)));
      return out;
    }
    case 'sistem_mekanisme_prosedur': {
      if (Array.isArray(v)) return v.map((l, i) => langkah(l as Data, I, i + 1));
      return ((v as Data).alur as Data[]).flatMap((a, j) => [`${I}${j + 1}. ${a.nama}`, ...(a.langkah as Data[]).map((l, i) => langkah(l, I + I, i + 1))]);
    }
    case 'jangka_waktu':
      return [`${I}${duration(v as Data)}`];
    case 'biaya': {
      const d = v as Data;
      const out = d.gratis ? [`${I}Tidak dipungut biaya`] : [];
      for (const t of (d.tarif as Data[]) ?? []) out.push(`${I}${t.uraian} Rp${String(t.jumlah).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},00${t.satuan ? ` ${t.satuan}` : ''}`);
      return out;
    }
    case 'pengaduan': {
      const d = v as Data;
      return ((d.kanal as Data[]) ?? []).map((k, i) => `${I}${i + 1}. ${KANAL[String(k.jenis)] ?? k.nama}${k.alamat ? ` : ${([] as unknown[]).concat(k.alamat).join(' / ')}` : ''}`);
    }
    case 'dasar_hukum':
      return (v as Data[]).map((p, i) => `${I}${i + 1}. ${citation(p)}`);
    case 'jumlah_pelaksana': {
      const d = v as Data;
      const roles = ((d.rincian as Data[]) ?? []).map((r) => `${r.jumlah} ${r.peran}`);
      return [`${I}${d.total} orang${roles.length ? `: ${roles.join(', ')}` : ''}`];
    }
    default:
      return list(v as unknown[]);
  }
}

export function serviceText(service: Data): string {
  const lines = [`STANDAR PELAYANAN ${service.nama}`, ''];
  const komponen = (service.komponen ?? {}) as Data;
  let n = 0;
  for (const c of COMPONENTS) {
    const v = komponen[c.key];
    if (v === undefined || (isObj(v) && v.tidak_dinyatakan)) continue;
    lines.push(`${++n}. ${c.label.id}`, ...component(c.key, v));
  }
  return lines.join('\n') + '\n';
}
