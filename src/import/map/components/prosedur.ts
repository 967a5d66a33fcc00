import type { Alur as SchemaAlur, JenisKanalLayanan as SchemaJenisKanalLayanan, Langkah as SchemaLangkah, SistemMekanismeProsedur as SchemaSistemMekanismeProsedur } from '../../../types/schema.js';
import { type Item, splitAll, withNote, written } from '../items.js';
import type { Draft, Recorder } from '../record.js';
import type { ParseContext } from './context.js';
import { butirList } from './butir.js';
import { findDuration } from './durasi.js';

type Alur = Draft<SchemaAlur>;
type JenisKanalLayanan = Draft<SchemaJenisKanalLayanan>;
type Langkah = Draft<SchemaLangkah>;
type SistemMekanismeProsedur = Draft<SchemaSistemMekanismeProsedur>;

/**
 * Procedures: numbered actor–action steps ("Petugas loket memeriksa kelengkapan berkas"), passive
 * steps ("Diverifikasi dan di paraf oleh Kasi Pelayanan Umum"), sub-steps (a, b, c), several
 * channels ("1. Tatap muka langsung" / "2. Daring (Online)"), and the lines around them (a
 * flowchart's caption, "Keterangan :").
 */

const ACTOR_HEADS = /^(?:pemohon|penduduk|pelapor|pengadu|petugas|pejabat|kepala|kasi|kasie|kabid|kasubag|kasubbag|sekcam|sekretaris|camat|lurah|operator|front\s+office|back\s+office|validator|verifikator|bagian|pimpinan|bidang|tim|staf|customer\s+service|costumer\s+service|admin|dinas|diskependudukan|bupati|wali\s*kota|walikota|sistem|aplikasi|loket|kasir|bendahara|saksi|penerima|pelaku\s+usaha)$/i;

/** Where the actor ends: the first word that is an active verb ("memeriksa", "mengisi", "menerbitkan", "membayar"). */
const ACTIVE_VERB = /^(?:me[mnr]?\w*|ber\w+|mencatat|menyerahkan|datang|login|mengambil)$/i;

function split(text: string): { pelaksana?: string; uraian: string } {
  const words = text.split(/\s+/);
  if (!ACTOR_HEADS.test(words[0]!) && !(words.length > 1 && ACTOR_HEADS.test(`${words[0]} ${words[1]}`))) return { uraian: text };
  for (let i = 1; i < Math.min(words.length, 10); i++) {
    const w = words[i]!.replace(/[,;:]$/, '');
    if (ACTIVE_VERB.test(w) && !/^(?:menengah|menteri|merah)$/i.test(w)) {
      const pelaksana = words.slice(0, i).join(' ').replace(/[,;:]$/, '');
      const uraian = words.slice(i).join(' ');
      return { pelaksana, uraian: uraian.replace(/^\w/, (c) => c.toUpperCase()) };
    }
  }
  return { uraian: text };
}

/** "Petugas loket: Memeriksa berkas": the actor named before a colon. */
const NAMED_ACTOR = /^([^:;,.()\d]{2,60}):\s+(\S.*)$/;

/** A step: its actor and action, the time in brackets at its end, its note and sub-steps. */
export function step(source: Item, rec: Recorder): Langkah {
  const noted = withNote(source);
  const { catatan } = noted;
  let item = noted.item;
  // The time in brackets pushed onto a line of its own: still the step's.
  const time = item.children[0];
  if (time && !time.marker && time.children.length === 0 && /^\(.*\d.*\)\.?$/.test(time.text.trim()) && !/\)\.?$/.test(item.text.trim())) {
    item = { ...item, text: `${item.text} ${time.text.trim()}`, children: item.children.slice(1) };
  }
  let text = item.text.replace(/[;]\s*$/, '').replace(/;\s*dan$/i, '');
  const value: Langkah = { uraian: text };
  const timed = /\s*\(((?:[^()]|\([^()]*\))*\d(?:[^()]|\([^()]*\))*)\)\.?$/.exec(text);
  const d = timed ? findDuration(timed[1]!) : undefined;
  if (timed && d && d.index === 0 && d.end === timed[1]!.trim().length) {
    value.waktu = { nilai: d.nilai, satuan: d.satuan };
    text = text.slice(0, timed.index).trim();
  }
  const named = NAMED_ACTOR.exec(text);
  const parts = named && named[1]!.split(/\s+/).length <= 6 ? { pelaksana: named[1]!.trim(), uraian: named[2]!.trim() } : split(text);
  value.uraian = parts.uraian;
  if (parts.pelaksana) value.pelaksana = parts.pelaksana;
  else {
    const by = /^di\s?[a-z]+.*\boleh\s+(.+?)\.?$/i.exec(text);
    if (by && by[1]!.split(/\s+/).length <= 6) {
      value.pelaksana = by[1]!.replace(/^\w/, (c) => c.toUpperCase());
      rec.check(['pelaksana'], { id: 'pelaksana dibaca dari kalimat pasif ("oleh ...")', en: 'actor read from a passive sentence ("oleh ...")' });
    }
  }
  if (item.children.length > 0) value.rincian = butirList(item.children, rec.at('rincian'));
  if (catatan) value.catatan = catatan;
  rec.origin([], item.text);
  rec.place();
  return value;
}

const CHANNELS: [RegExp, JenisKanalLayanan][] = [
  [/tatap\s+muka|langsung|loket|walk[-\s]?in|offline|luring/i, 'tatap_muka'],
  [/daring|online|website|situs/i, 'daring'],
  [/mal\s+pelayanan|\bmpp\b/i, 'mpp'],
  [/aplikasi/i, 'aplikasi'],
  [/jemput\s+bola|keliling/i, 'jemput_bola'],
  [/\bpos\b|pengiriman/i, 'pos'],
];

const isChannelTitle = (it: Item) => it.children.length > 0 && it.children.some((c) => c.marker) && (CHANNELS.some(([re]) => re.test(it.text)) || /^prosedur\b|^alur\b|^tata\s+cara\b|:$/i.test(it.text));

/** The procedure component. */
export function parseProsedur(items: readonly Item[], rec: Recorder, ctx: ParseContext): SistemMekanismeProsedur | undefined {
  const list = splitAll(items);
  const steps = list.filter((it) => it.marker);
  const channels = list.filter(isChannelTitle);
  if (channels.length > 0 && channels.length === steps.length) {
    const intro: string[] = [];
    const alur: Alur[] = [];
    for (const it of list) {
      if (!isChannelTitle(it)) {
        intro.push(written(it));
        rec.keep();
        continue;
      }
      const r = rec.at('alur', alur.length);
      const a: Alur = { nama: it.text.replace(/\s*:\s*$/, ''), langkah: [] };
      const kanal = CHANNELS.find(([re]) => re.test(it.text))?.[1];
      if (kanal) a.kanal = kanal;
      a.langkah = splitAll(it.children).map((c, i) => step(c, r.at('langkah', i)));
      alur.push(a);
    }
    return intro.length > 0 ? { uraian: intro.join('\n'), alur } : { alur };
  }
  const before: string[] = [];
  const after: string[] = [];
  const langkah: Langkah[] = [];
  let title: string | undefined;
  for (const it of list) {
    if (!it.marker && it.children.length === 0 && langkah.length === 0) {
      if (/^(?:prosedur|keterangan|alur|tata\s+cara|mekanisme)\b[^.]*:?\s*$/i.test(it.text) && !title) title = it.text.replace(/\s*:\s*$/, '');
      else before.push(it.text);
      rec.keep();
    } else if (!it.marker && it.children.length === 0) {
      after.push(it.text);
      rec.keep();
    } else langkah.push(step(it, rec.at('alur', 0, 'langkah', langkah.length)));
  }
  if (langkah.length === 0) {
    ctx.unplaced([...(title ? [title] : []), ...before, ...after].join('\n'));
    return undefined;
  }
  if (before.length === 0 && after.length === 0 && !title) {
    rec.move(['alur', 0, 'langkah'], []);
    return langkah;
  }
  const out: Exclude<SistemMekanismeProsedur, Langkah[]> = { alur: [{ nama: title ?? ctx.label, langkah }] };
  if (!title) rec.check(['alur', 0, 'nama'], { id: 'dokumen tidak memberi judul alur ini; namanya diambil dari label komponen, ganti dengan nama kanalnya', en: 'the document gives this procedure no title; it is named after the component label, replace it with its channel' });
  if (before.length > 0) out.uraian = before.join('\n');
  if (after.length > 0) out.catatan = after.join('\n');
  return { ...(out.uraian ? { uraian: out.uraian } : {}), alur: out.alur, ...(out.catatan ? { catatan: out.catatan } : {}) };
}
