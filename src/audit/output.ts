import { csvField } from '../files/csv.js';
import type { Lang } from '../i18n/index.js';
import { decimal, longDate } from '../model/format.js';
import { distinctNames } from '../model/unit-names.js';
import { INDICATOR_TEXT, STATUS_TEXT, ZONE_TEXT } from './messages.js';
import type { AuditChange, AuditResults, Evidence, Fix, IndicatorResult, IndicatorScore, ProblemRef, UnitAudit, Zone } from './types.js';

/** The audit's formats besides the dashboard and the PDF. */
export type AuditFormat = 'text' | 'json' | 'csv' | 'html' | 'pdf';
export const AUDIT_FORMATS: readonly AuditFormat[] = ['text', 'json', 'csv', 'html', 'pdf'];

const WORDS = {
  title: { id: 'Kesiapan dokumen standar pelayanan', en: 'Readiness of the service-standard documents' },
  ranking: { id: 'Peringkat unit', en: 'Units ranked' },
  score: { id: 'skor', en: 'score' },
  zone: { id: 'zona', en: 'zone' },
  noScore: { id: 'tanpa skor: tidak ada indikator yang dapat dinilai dari dokumen', en: 'no score: no indicator can be judged from the documents' },
  decided: { id: 'bobot yang dapat dinilai', en: 'weight the documents decide' },
  groups: { id: 'Kelompok', en: 'Groups' },
  indicators: { id: 'Indikator', en: 'Indicators' },
  services: { id: 'layanan', en: 'services' },
  fixes: { id: 'Perbaikan terpenting', en: 'Most urgent fixes' },
  noFixes: { id: 'Tidak ada indikator yang belum terpenuhi.', en: 'No indicator is unmet.' },
  points: { id: 'poin', en: 'points' },
  noUnits: { id: 'Tidak ada unit yang diaudit.', en: 'No unit was audited.' },
  since: { id: 'Perubahan sejak', en: 'Changes since' },
  zoneMoves: { id: 'Unit yang berpindah zona', en: 'Units that moved zone' },
  noZoneMoves: { id: 'Tidak ada unit yang berpindah zona.', en: 'No unit moved zone.' },
  newUnit: { id: 'unit baru', en: 'new unit' },
  newProblems: { id: 'Masalah baru', en: 'New problems' },
  fixedProblems: { id: 'Masalah yang selesai', en: 'Problems fixed' },
  none: { id: 'tidak ada', en: 'none' },
  pastSite: { id: 'Situs pada revisi itu tidak diketahui: indikator publikasi tidak ikut dibandingkan.', en: 'The site at that revision is not known: the publication indicators are not compared.' },
} as const;

export const CHANGE_WORDS = WORDS;

const zoneWord = (z: Zone | null, lang: Lang) => (z ? ZONE_TEXT[z][lang] : '–');

/** "DUK-KK: Tidak ada temuan… (berkas:12:3)", a problem as a line. */
export function problemText(p: ProblemRef, lang: Lang): string {
  const where = p.file ? ` (${p.file}:${p.line}:${p.column})` : '';
  return `${INDICATOR_TEXT[p.indikator].nama[lang]}: ${p.pesan}${where}`;
}

/** A zone move as words: "kuning → hijau (72,50 → 85,00)". */
export function moveText(m: AuditChange['zona'][number], lang: Lang): string {
  if (m.baru) return `${WORDS.newUnit[lang]}, ${zoneWord(m.zona, lang)} (${scoreText(m.skor, lang)})`;
  return `${zoneWord(m.zonaSebelum, lang)} → ${zoneWord(m.zona, lang)} (${scoreText(m.skorSebelum, lang)} → ${scoreText(m.skor, lang)})`;
}

/** A zone move's unit by the name the report shows it by (`labels`: the units' by folder). */
export const movedUnit = (m: AuditChange['zona'][number], labels: ReadonlyMap<string, string>): string => labels.get(m.folder) ?? m.nama ?? m.folder;

/** The units' labels (`unitLabels`) by their folder, which a zone move names its unit by. */
export const labelsByFolder = (units: readonly UnitAudit[], labels: readonly string[]): Map<string, string> => new Map(units.map((u, i) => [u.folder, labels[i]!]));

function changeLines(c: AuditChange, labels: ReadonlyMap<string, string>, lang: Lang): string[] {
  const out = [`${WORDS.since[lang]} ${c.sejak} (${c.revisi.slice(0, 12)}):`, ...wrap(WORDS.pastSite[lang], '  ')];
  out.push(`  ${WORDS.zoneMoves[lang]}:`);
  if (c.zona.length === 0) out.push(`    ${WORDS.noZoneMoves[lang]}`);
  for (const m of c.zona) out.push(`    ${movedUnit(m, labels)}: ${moveText(m, lang)}`);
  for (const [title, list] of [
    [WORDS.newProblems, c.baru],
    [WORDS.fixedProblems, c.selesai],
  ] as const) {
    out.push(`  ${title[lang]} (${list.length}):`);
    for (const p of list) out.push(...wrap(`- ${p.folder}: ${problemText(p, lang)}`, '    '));
  }
  return [...out, ''];
}

const MARK: Record<IndicatorScore['status'], string> = { terpenuhi: '✓', tidak_terpenuhi: '✗', tidak_berlaku: '–', tidak_diketahui: '?' };

/** The names the units are shown by: their own, followed by their region or folder where several share one (`distinctNames`). */
export const unitLabels = (units: readonly UnitAudit[]): string[] =>
  distinctNames(units.map((u) => ({ nama: u.nama ?? u.folder, wilayah: u.wilayah, folder: u.folder })));

export function scoreText(skor: number | null, lang: Lang): string {
  return skor === null ? '–' : decimal(skor, lang);
}

export function percent(share: number, lang: Lang): string {
  return `${decimal(share * 100, lang, 0)}%`;
}

export const placeOf = (e: Evidence): string => `${e.file}:${e.line}:${e.column}`;

/** A fix as the reader sees it: the indicators it meets ("Maklumat pelayanan lengkap dan Maklumat pelayanan diterbitkan"). */
export function fixTitle(f: Fix, lang: Lang): string {
  const names = [f.indikator, ...(f.juga ?? [])].map((id) => INDICATOR_TEXT[id].nama[lang]);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${lang === 'id' ? 'dan' : 'and'} ${names.at(-1)!}`;
}

/** "3/6 layanan" for a per-service indicator, the status for the unit's own. */
export function countText(s: IndicatorScore, lang: Lang): string {
  const decided = s.terpenuhi + s.tidakTerpenuhi;
  if (INDICATOR_TEXT[s.indikator].lingkup === 'unit' || decided === 0) return STATUS_TEXT[s.status][lang];
  const tail = [s.tidakDiketahui > 0 ? `${s.tidakDiketahui} ${STATUS_TEXT.tidak_diketahui[lang]}` : '', s.tidakBerlaku > 0 ? `${s.tidakBerlaku} ${STATUS_TEXT.tidak_berlaku[lang]}` : ''].filter(Boolean);
  return `${s.terpenuhi}/${decided} ${WORDS.services[lang]} ${STATUS_TEXT.terpenuhi[lang]}${tail.length > 0 ? ` (${tail.join(', ')})` : ''}`;
}

/** Wrapped at a width a terminal shows whole. */
function wrap(text: string, indent: string, width = 96): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

function unitLines(u: UnitAudit, label: string, lang: Lang): string[] {
  const out: string[] = [];
  const head = u.skor === null ? WORDS.noScore[lang] : `${WORDS.score[lang]} ${scoreText(u.skor, lang)}, ${WORDS.zone[lang]} ${ZONE_TEXT[u.zona!][lang]}, ${WORDS.decided[lang]} ${percent(u.cakupan, lang)}`;
  out.push(`${label} (${u.folder}): ${head}`);
  out.push(`  ${WORDS.groups[lang]}: ${u.kelompok.map((g) => `${g.nama} ${scoreText(g.skor, lang)}`).join('; ')}`);
  out.push(`  ${WORDS.indicators[lang]}:`);
  for (const s of u.indikator) {
    out.push(`    ${MARK[s.status]} ${INDICATOR_TEXT[s.indikator].nama[lang]}: ${countText(s, lang)}`);
    // A unit's own indicator that the documents cannot decide says why, so nobody reads it as a gap.
    const own = u.unit.find((r) => r.indikator === s.indikator && r.status === 'tidak_diketahui');
    if (own) out.push(...wrap(own.alasan, '      '));
  }
  out.push(`  ${WORDS.fixes[lang]}:`);
  if (u.perbaikan.length === 0) out.push(`    ${WORDS.noFixes[lang]}`);
  u.perbaikan.forEach((f, i) => {
    out.push(`    ${i + 1}. ${fixTitle(f, lang)} (${INDICATOR_TEXT[f.indikator].lingkup === 'layanan' ? `${f.layanan} ${WORDS.services[lang]}, ` : ''}+${decimal(f.dampak, lang)} ${WORDS.points[lang]})`);
    out.push(...wrap(`${placeOf(f.bukti)} ${f.bukti.pesan}`, '       '));
    if (f.bukti.saran) out.push(...wrap(f.bukti.saran, '       '));
  });
  return out;
}

/** The report for a terminal, in the user's language. */
export function formatAuditText(results: AuditResults, lang: Lang): string {
  const out = [`${WORDS.title[lang]}, ${longDate(results.tanggal, lang)}`, ...wrap(results.catatan, ''), ''];
  const labels = unitLabels(results.unit);
  if (results.perubahan) out.push(...changeLines(results.perubahan, labelsByFolder(results.unit, labels), lang));
  if (results.unit.length === 0) return [...out, WORDS.noUnits[lang], ''].join('\n');
  if (results.unit.length > 1) {
    out.push(`${WORDS.ranking[lang]}:`);
    results.unit.forEach((u, i) => out.push(`  ${String(i + 1).padStart(String(results.unit.length).length)}. ${scoreText(u.skor, lang).padStart(6)}  ${(u.zona ? ZONE_TEXT[u.zona][lang] : '–').padEnd(6)}  ${labels[i]!}`));
    out.push('');
  }
  results.unit.forEach((u, i) => out.push(...unitLines(u, labels[i]!, lang), ''));
  return out.join('\n');
}

/**
 * The results as `JSON.stringify(results, null, 2)` writes them, a unit at a time: a region's
 * report runs to a hundred megabytes, which a file is written from without ever being one text.
 */
export function* auditJsonChunks(results: AuditResults): Generator<string> {
  const entries = Object.entries(results).filter(([, v]) => v !== undefined);
  const nested = (value: unknown, indent: string) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
  yield '{\n';
  for (const [i, [key, value]] of entries.entries()) {
    const comma = i < entries.length - 1 ? ',' : '';
    if (key === 'unit' && Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (const [j, unit] of value.entries()) yield `    ${nested(unit, '    ')}${j < value.length - 1 ? ',' : ''}\n`;
      yield `  ]${comma}\n`;
    } else yield `  ${JSON.stringify(key)}: ${nested(value, '  ')}${comma}\n`;
  }
  yield '}\n';
}

const CSV_HEADER = ['unit', 'nama_unit', 'wilayah_unit', 'skor_unit', 'zona', 'berkas_layanan', 'kode', 'nama_layanan', 'indikator', 'kelompok', 'bobot', 'status', 'alasan', 'aturan', 'berkas', 'baris', 'kolom'];

/**
 * One row per indicator of each service and of each unit, for a spreadsheet: UTF-8 with a
 * byte-order mark, CR LF, as Excel opens it; a unit's rows at a time, as `auditJsonChunks`.
 */
export function* auditCsvChunks(results: AuditResults): Generator<string> {
  const line = (r: readonly (string | number | undefined)[]) => `${r.map((v) => csvField(v)).join(',')}\r\n`;
  yield `\uFEFF${line(CSV_HEADER)}`;
  const groupOf = new Map(results.kelompok.flatMap((g) => g.indikator.map((i) => [i.id, { kelompok: g.id, bobot: i.bobot }] as const)));
  for (const u of results.unit) {
    const unit = [u.folder, u.nama, u.wilayah, u.skor === null ? undefined : Math.round(u.skor * 100) / 100, u.zona ?? undefined];
    const rows: string[] = [];
    const row = (r: IndicatorResult, service: (string | undefined)[]) => {
      const g = groupOf.get(r.indikator);
      const first = r.bukti[0];
      rows.push(line([...unit, ...service, r.indikator, g?.kelompok, g?.bobot, r.status, r.alasan, first?.aturan, first?.file, first?.line, first?.column]));
    };
    for (const s of u.layanan) for (const r of s.indikator) row(r, [s.file, s.kode, s.nama]);
    for (const r of u.unit) row(r, [undefined, undefined, undefined]);
    yield rows.join('');
  }
}
