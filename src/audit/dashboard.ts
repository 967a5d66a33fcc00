import { escapeMarkup as esc } from '../files/markup.js';
import type { Lang, Text } from '../i18n/index.js';
import { decimal, longDate } from '../model/format.js';
import { contentSecurityPolicy, printFontFaces } from '../render/engine/styles.js';
import { INDICATOR_TEXT, ZONE_TEXT } from './messages.js';
import { CHANGE_WORDS, countText, fixTitle, labelsByFolder, movedUnit, moveText, percent, placeOf, problemText, scoreText, unitLabels } from './output.js';
import type { AuditChange, AuditResults, IndicatorId, UnitAudit, Zone } from './types.js';

/**
 * The audit dashboard: one self-contained page (its stylesheet inline under a CSP hash, its
 * charts inline SVG, no script), readable at 320 px and in print. Across units: the zones, how
 * often each indicator is met, a ranked table; per unit: zone, score, the three most urgent
 * fixes and every indicator. Each chart says its numbers in words too (WCAG 2.1 AA).
 */

const WORDS = {
  title: { id: 'Kesiapan dokumen standar pelayanan', en: 'Readiness of the service-standard documents' },
  skip: { id: 'Langsung ke isi', en: 'Skip to content' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  zones: { id: 'Unit menurut zona', en: 'Units by zone' },
  noScore: { id: 'tanpa skor', en: 'no score' },
  units: { id: 'unit', en: 'units' },
  indicatorsMet: { id: 'Layanan dan unit yang memenuhi setiap indikator', en: 'Services and units meeting each indicator' },
  notDecided: { id: 'tidak dapat dinilai dari dokumen', en: 'cannot be judged from the documents' },
  ranking: { id: 'Peringkat unit', en: 'Units ranked' },
  rank: { id: 'No.', en: 'No.' },
  rankingCaption: { id: 'Unit menurut skor, tertinggi lebih dulu', en: 'Units by score, highest first' },
  indicatorsOf: { id: 'Indikator', en: 'Indicators of' },
  unit: { id: 'Unit', en: 'Unit' },
  score: { id: 'Skor', en: 'Score' },
  zone: { id: 'Zona', en: 'Zone' },
  decided: { id: 'Bobot dinilai', en: 'Weight decided' },
  firstFix: { id: 'Perbaikan terpenting', en: 'Most urgent fix' },
  perUnit: { id: 'Rincian per unit', en: 'Each unit' },
  fixes: { id: 'Tiga perbaikan terpenting', en: 'The three most urgent fixes' },
  noFixes: { id: 'Tidak ada indikator yang belum terpenuhi.', en: 'No indicator is unmet.' },
  indicator: { id: 'Indikator', en: 'Indicator' },
  status: { id: 'Keadaan', en: 'Status' },
  weight: { id: 'Bobot', en: 'Weight' },
  points: { id: 'poin', en: 'points' },
  services: { id: 'layanan', en: 'services' },
  groups: { id: 'Skor per kelompok', en: 'Score per group' },
  noUnits: { id: 'Tidak ada unit yang diaudit.', en: 'No unit was audited.' },
  where: { id: 'Letak', en: 'Where' },
} satisfies Record<string, Text>;

/** Zone colours with their text at 4.5:1 or more; the zone is always written too, never shown by colour alone. */
const ZONE_FILL: Record<Zone | 'none', string> = { hijau: '#1b6e2a', kuning: '#f2c230', merah: '#b3261e', none: '#767676' };

const CSS = `
:root{--teks:#1b1b1b;--lembut:#4a4a4a;--garis:#c9ced4;--utama:#0b4f8a;--fokus:#ffd43b}
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;line-height:1.5;color:var(--teks);background:#fff}
.lewati{position:absolute;left:-999px;top:0;background:var(--fokus);color:#000;padding:.5rem 1rem}
.lewati:focus{left:0}
header,main{max-width:72rem;margin:0 auto;padding:1rem}
header{border-bottom:4px solid var(--utama)}
h1{font-size:1.6rem;margin:.25rem 0}
h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--garis)}
h3{font-size:1.15rem;margin:1.5rem 0 .25rem}
h4{font-size:1rem;margin:1rem 0 .25rem}
a{color:var(--utama)}
a:focus,[tabindex]:focus{outline:3px solid var(--fokus);outline-offset:2px}
.catatan{background:#f3f5f7;border-left:4px solid var(--utama);padding:.5rem 1rem}
figure{margin:1rem 0}
figure svg{width:100%;height:auto;max-width:44rem;display:block}
figcaption{color:var(--lembut)}
caption{text-align:left;font-weight:600;padding:.25rem 0}
.gulir{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;min-width:100%}
th,td{border:1px solid var(--garis);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f5f7}
td.angka{text-align:right;white-space:nowrap}
.zona{display:inline-block;padding:0 .5rem;border-radius:.25rem;font-weight:600;white-space:nowrap}
.zona-hijau{background:${ZONE_FILL.hijau};color:#fff}
.zona-kuning{background:${ZONE_FILL.kuning};color:#000}
.zona-merah{background:${ZONE_FILL.merah};color:#fff}
.zona-none{background:#fff;color:var(--teks);border:1px solid var(--garis)}
.letak{font-family:ui-monospace,monospace;font-size:.9em;overflow-wrap:anywhere}
.saran{color:var(--lembut)}
ol.perbaikan li{margin-bottom:.5rem}
@media print{.lewati{display:none}section.unit{break-inside:avoid-page}}
`;

const say = (text: Text, lang: Lang) => text[lang];

function zoneBadge(zona: Zone | null, lang: Lang): string {
  return zona ? `<span class="zona zona-${zona}">${esc(ZONE_TEXT[zona][lang])}</span>` : `<span class="zona zona-none">${esc(WORDS.noScore[lang])}</span>`;
}

/** How many units fall in each zone: one bar per zone, the count written beside it. */
function zoneChart(units: readonly UnitAudit[], lang: Lang): string {
  const rows: { key: Zone | 'none'; label: string; n: number }[] = [
    ...(['hijau', 'kuning', 'merah'] as const).map((z) => ({ key: z, label: ZONE_TEXT[z][lang], n: units.filter((u) => u.zona === z).length })),
    { key: 'none' as const, label: WORDS.noScore[lang], n: units.filter((u) => u.zona === null).length },
  ];
  const max = Math.max(1, ...rows.map((r) => r.n));
  const text = rows.map((r) => `${r.label}: ${r.n} ${WORDS.units[lang]}`).join('; ');
  const bars = rows
    .map((r, i) => {
      const y = 10 + i * 34;
      const w = Math.round((r.n / max) * 380);
      return `<text x="0" y="${y + 17}" font-size="14" fill="#1b1b1b">${esc(r.label)}</text><rect x="110" y="${y}" width="${w}" height="24" fill="${ZONE_FILL[r.key]}"/><text x="${118 + w}" y="${y + 17}" font-size="14" fill="#1b1b1b">${r.n}</text>`;
    })
    .join('');
  return `<figure><svg viewBox="0 0 560 ${10 + rows.length * 34}" role="img" aria-labelledby="zona-judul zona-teks" xmlns="http://www.w3.org/2000/svg"><title id="zona-judul">${esc(WORDS.zones[lang])}</title><desc id="zona-teks">${esc(text)}</desc>${bars}</svg><figcaption>${esc(WORDS.zones[lang])}: ${esc(text)}.</figcaption></figure>`;
}

/** For each indicator, the share of decided cases (services, or units for a unit's own indicator) that meet it, over every unit. */
function indicatorChart(results: AuditResults, lang: Lang): string {
  const ids = results.kelompok.flatMap((g) => g.indikator.map((i) => i.id));
  const totals = new Map<IndicatorId, { met: number; decided: number }>(ids.map((id) => [id, { met: 0, decided: 0 }]));
  for (const u of results.unit) {
    for (const s of u.indikator) {
      const t = totals.get(s.indikator)!;
      t.met += s.terpenuhi;
      t.decided += s.terpenuhi + s.tidakTerpenuhi;
    }
  }
  const label = (id: IndicatorId) => INDICATOR_TEXT[id].nama[lang];
  const share = (id: IndicatorId) => {
    const t = totals.get(id)!;
    return t.decided === 0 ? null : t.met / t.decided;
  };
  const text = ids.map((id) => `${label(id)}: ${share(id) === null ? WORDS.notDecided[lang] : percent(share(id)!, lang)}`).join('; ');
  const bars = ids
    .map((id, i) => {
      const y = 4 + i * 46;
      const v = share(id);
      const w = v === null ? 0 : Math.round(v * 400);
      const value = v === null ? WORDS.notDecided[lang] : percent(v, lang);
      return `<text x="0" y="${y + 14}" font-size="14" fill="#1b1b1b">${esc(label(id))}</text><rect x="0" y="${y + 20}" width="400" height="18" fill="#e6e9ed"/><rect x="0" y="${y + 20}" width="${w}" height="18" fill="#0b4f8a"/><text x="408" y="${y + 34}" font-size="14" fill="#1b1b1b">${esc(value)}</text>`;
    })
    .join('');
  return `<figure><svg viewBox="0 0 640 ${8 + ids.length * 46}" role="img" aria-labelledby="indikator-judul indikator-teks" xmlns="http://www.w3.org/2000/svg"><title id="indikator-judul">${esc(WORDS.indicatorsMet[lang])}</title><desc id="indikator-teks">${esc(text)}</desc>${bars}</svg><figcaption>${esc(WORDS.indicatorsMet[lang])}: ${esc(text)}.</figcaption></figure>`;
}

function rankingTable(units: readonly UnitAudit[], labels: readonly string[], lang: Lang): string {
  const rows = units
    .map((u, i) => {
      const fix = u.perbaikan[0];
      return `<tr><td class="angka">${i + 1}</td><th scope="row"><a href="#unit-${i + 1}">${esc(labels[i]!)}</a></th><td class="angka">${esc(scoreText(u.skor, lang))}</td><td>${zoneBadge(u.zona, lang)}</td><td class="angka">${esc(percent(u.cakupan, lang))}</td><td>${fix ? esc(fixTitle(fix, lang)) : ''}</td></tr>`;
    })
    .join('\n');
  const head = [WORDS.rank, WORDS.unit, WORDS.score, WORDS.zone, WORDS.decided, WORDS.firstFix].map((w) => `<th scope="col">${esc(say(w, lang))}</th>`).join('');
  return `<div class="gulir" role="region" aria-labelledby="peringkat-tabel" tabindex="0"><table><caption id="peringkat-tabel">${esc(WORDS.rankingCaption[lang])}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
}

function unitSection(u: UnitAudit, label: string, n: number, lang: Lang): string {
  const id = `unit-${n}`;
  const fixes =
    u.perbaikan.length === 0
      ? `<p>${esc(WORDS.noFixes[lang])}</p>`
      : `<ol class="perbaikan">${u.perbaikan
          .map((f) => {
            const scope = INDICATOR_TEXT[f.indikator].lingkup === 'layanan' ? `${f.layanan} ${WORDS.services[lang]}, ` : '';
            return `<li><strong>${esc(fixTitle(f, lang))}</strong> (${esc(scope)}+${esc(decimal(f.dampak, lang))} ${esc(WORDS.points[lang])})<br>${esc(f.bukti.pesan)}<br><span class="letak">${esc(placeOf(f.bukti))}</span>${f.bukti.saran ? `<br><span class="saran">${esc(f.bukti.saran)}</span>` : ''}</li>`;
          })
          .join('')}</ol>`;
  const indicators = u.indikator
    .map((s) => {
      // A unit's own indicator that is not met or cannot be known says why, so nobody reads it as a gap.
      const own = u.unit.find((r) => r.indikator === s.indikator && r.status !== 'terpenuhi');
      const why = own ? `<br><span class="saran">${esc(own.alasan)}</span>` : '';
      return `<tr><th scope="row">${esc(INDICATOR_TEXT[s.indikator].nama[lang])}</th><td>${esc(countText(s, lang))}${why}</td><td class="angka">${esc(decimal(s.bobot, lang, 0))}</td></tr>`;
    })
    .join('');
  const groups = u.kelompok.map((g) => `${esc(g.nama)} ${esc(scoreText(g.skor, lang))}`).join('; ');
  const head = [WORDS.indicator, WORDS.status, WORDS.weight].map((w) => `<th scope="col">${esc(say(w, lang))}</th>`).join('');
  return `<section class="unit" id="${id}"><h3>${esc(label)}</h3>
<p>${esc(WORDS.zone[lang])}: ${zoneBadge(u.zona, lang)} · ${esc(WORDS.score[lang])}: <strong>${esc(scoreText(u.skor, lang))}</strong> · ${esc(WORDS.decided[lang])}: ${esc(percent(u.cakupan, lang))} · <span class="letak">${esc(u.folder)}</span></p>
<p>${esc(WORDS.groups[lang])}: ${groups}</p>
<h4>${esc(WORDS.fixes[lang])}</h4>
${fixes}
<div class="gulir" role="region" aria-labelledby="${id}-tabel" tabindex="0"><table><caption id="${id}-tabel">${esc(WORDS.indicatorsOf[lang])} ${esc(label)}</caption><thead><tr>${head}</tr></thead><tbody>${indicators}</tbody></table></div>
</section>`;
}

/** `--sejak`: the zone moves as a table, new and fixed problems as lists. */
function changeSection(c: AuditChange, labels: ReadonlyMap<string, string>, lang: Lang): string {
  const w = CHANGE_WORDS;
  const moves =
    c.zona.length === 0
      ? `<p>${esc(w.noZoneMoves[lang])}</p>`
      : `<div class="gulir" role="region" aria-labelledby="perpindahan" tabindex="0"><table><caption id="perpindahan">${esc(w.zoneMoves[lang])}</caption><thead><tr><th scope="col">${esc(WORDS.unit[lang])}</th><th scope="col">${esc(WORDS.zone[lang])}</th></tr></thead><tbody>${c.zona
          .map((m) => `<tr><th scope="row">${esc(movedUnit(m, labels))}</th><td>${esc(moveText(m, lang))}</td></tr>`)
          .join('')}</tbody></table></div>`;
  const list = (title: Text, items: AuditChange['baru']) =>
    `<h3>${esc(title[lang])} (${items.length})</h3>${items.length === 0 ? `<p>${esc(w.none[lang])}</p>` : `<ul>${items.map((p) => `<li>${esc(p.folder)}: ${esc(problemText(p, lang))}</li>`).join('')}</ul>`}`;
  return `<section aria-labelledby="perubahan"><h2 id="perubahan">${esc(w.since[lang])} ${esc(c.sejak)}</h2>
<p>${esc(`${c.revisi.slice(0, 12)}. ${w.pastSite[lang]}`)}</p>
${moves}
${list(w.newProblems, c.baru)}
${list(w.fixedProblems, c.selesai)}
</section>`;
}

/** For the bureau head's PDF: the shipped fonts embedded, A4, a link's target not needed on paper. */
const PRINT_CSS = `body,.letak{font-family:"Noto Sans",sans-serif}body{font-size:10pt}header,main{max-width:none;padding:0}.gulir{overflow:visible}@page{size:A4;margin:15mm}`;

/**
 * The dashboard page for these results, whole: no file beside it is needed. `print` is the page
 * the PDF report is printed from, with the shipped fonts inlined.
 */
export function auditDashboard(results: AuditResults, lang: Lang, media: 'screen' | 'print' = 'screen'): string {
  const title = say(WORDS.title, lang);
  const labels = unitLabels(results.unit);
  const css = media === 'print' ? `${printFontFaces(labels.join(' '))}\n${CSS}\n${PRINT_CSS}` : CSS;
  const body =
    results.unit.length === 0
      ? `<p>${esc(WORDS.noUnits[lang])}</p>`
      : `<section aria-labelledby="ringkasan"><h2 id="ringkasan">${esc(WORDS.summary[lang])}</h2>
${zoneChart(results.unit, lang)}
${indicatorChart(results, lang)}
</section>
${results.perubahan ? `${changeSection(results.perubahan, labelsByFolder(results.unit, labels), lang)}\n` : ''}<section aria-labelledby="peringkat"><h2 id="peringkat">${esc(WORDS.ranking[lang])}</h2>
${rankingTable(results.unit, labels, lang)}
</section>
<section aria-labelledby="rincian"><h2 id="rincian">${esc(WORDS.perUnit[lang])}</h2>
${results.unit.map((u, i) => unitSection(u, labels[i]!, i + 1, lang)).join('\n')}
</section>`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([css])}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${css}</style>
</head>
<body>
<a class="lewati" href="#isi">${esc(WORDS.skip[lang])}</a>
<header><h1>${esc(title)}</h1><p>${esc(longDate(results.tanggal, lang))}</p></header>
<main id="isi">
<p class="catatan">${esc(results.catatan)}</p>
${body}
</main>
</body>
</html>
`;
}
