import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { loadUnits } from '../check/load-units.js';
import { columnLetters, compareDiagnostics, isSetupProblem, type CellRef, type Diagnostic, type Severity } from '../diagnostics.js';
import { didYouMean } from '../i18n/suggest.js';
import { listOr, type Lang, type Params } from '../i18n/index.js';
import { decimal } from '../model/format.js';
import { compare, fraction, parseFraction, sampleSize, toNumber, type Fraction } from './arithmetic.js';
import { headerKey, parseAge, parseAnswer, parseDate, parseEducation, parseGender, parseOccupation, shownValue, isEmpty, type CellValue } from './cells.js';
import { readSurveyConfig, type SurveyConfig } from './config.js';
import { ColumnNames, looksLikeHeader, type Field, type ProfileKind } from './header.js';
import { placeName, skmProblem, type SkmMessage } from './messages.js';
import { inPeriod } from './period.js';
import { readRows, type SheetRow } from './read.js';
import { GroupTally, groupResult, type ProfileKey } from './tally.js';
import type { FileSummary, GroupResult, Period, SurveyResults, UnsurSetName, Weighting } from '../model/skm-results.js';
import { UNSUR_SETS, type Unsur } from './unsur.js';

export interface SurveyOptions {
  cwd: string;
  lang: Lang;
  /** A unit folder: the codes in the responses must be its services'. */
  unit?: string;
  periode?: Period;
  /** "tepat" (1/n each, the default) or the rounded weight an agency publishes, such as "0.111". */
  bobot?: string;
  /** Users of the unit's services in a year. */
  populasi?: number;
  unsur?: UnsurSetName;
  /** skm.yaml; by default the one in the unit folder, if any. */
  pengaturan?: string;
}

export interface SurveyOutcome {
  /** Absent when nothing could be computed; `stop` or the diagnostics say why. */
  results?: SurveyResults;
  diagnostics: Diagnostic[];
  /** Files named. */
  files: number;
  /** Options that cannot be used, said in the user's language. */
  stop?: string;
}

interface Element {
  unsur: Unsur;
  weight: Fraction;
  weightText: string;
  extra: boolean;
}

/** Problems of one kind in one column listed one by one up to this many; the rest are counted. */
const LISTED = 10;
/** Distinct values remembered per kind of cell. */
const MEMO_LIMIT = 10_000;
/** Rows searched for the header before a sheet is taken to hold no responses. */
const HEADER_SEARCH = 20;
/** A row's place in the run: its table's index times this, plus its row number. */
const ROW_SPAN = 2 ** 26;
/** Rows a sheet's own arithmetic adds below the responses. */
const SUMMARY_ROW = /^\s*(?:σ|∑|jumlah|total|nrr|rata|ikm|nilai|bobot|mutu|kinerja|keterangan)/i;

const T = (lang: Lang, id: string, en: string) => (lang === 'id' ? id : en);

/** The elements with their weights, or why the weights asked for cannot be used. */
function elementsFor(set: UnsurSetName, config: SurveyConfig | undefined, word: string | undefined, lang: Lang): { elements: Element[]; weighting: Weighting } | { stop: string } {
  const units: Unsur[] = [...UNSUR_SETS[set].unsur, ...(config?.tambahan ?? []).map((t) => ({ kode: t.kode, nama: { id: t.nama, en: t.nama }, kata: [] }))];
  const n = units.length;
  const extra = (u: Unsur) => !UNSUR_SETS[set].unsur.includes(u);
  if (word === undefined && config?.bobotUnsur) {
    const own = config.bobotUnsur;
    const elements = units.map((u) => ({ unsur: u, weight: own.get(u.kode)!.value, weightText: own.get(u.kode)!.text, extra: extra(u) }));
    return { elements, weighting: { cara: 'khusus', catatan: T(lang, `Bobot tiap unsur dari ${config.path}, berjumlah 1.`, `Each element's weight comes from ${config.path}, summing to 1.`) } };
  }
  if (config?.tambahan.length && word !== undefined) return { stop: T(lang, `--bobot ${word} tidak dapat dipakai bersama unsur tambahan dari ${config.path}: bobotnya diberikan per unsur di sana.`, `--bobot ${word} cannot be used with the extra elements of ${config.path}: their weights are given per element there.`) };
  const chosen = (word ?? config?.bobot ?? 'tepat').trim();
  const exact = fraction(1, n);
  const max = (w: Fraction) => decimal(toNumber(w) * n * 100, lang);
  if (chosen === 'tepat' || chosen === `1/${n}`) {
    return {
      elements: units.map((u) => ({ unsur: u, weight: exact, weightText: `1/${n}`, extra: extra(u) })),
      weighting: { cara: 'tepat', catatan: T(lang, `Bobot tiap unsur tepat 1/${n}, seperti maksud peraturan; IKM tertinggi ${max(exact)}.`, `Each element weighs exactly 1/${n}, as the regulation means; the highest index is ${max(exact)}.`) },
    };
  }
  const rounded = /^0[.,]\d+$/.test(chosen) ? parseFraction(chosen) : undefined;
  const digits = chosen.length - 2;
  // A rounded weight is 1/n cut or rounded to its own digits: 0.111 and 0.11 for nine elements.
  const scale = 10n ** BigInt(digits);
  const cut = fraction(scale / BigInt(n), scale);
  const nearest = fraction((2n * scale + BigInt(n)) / (2n * BigInt(n)), scale);
  if (!rounded || (compare(rounded, cut) !== 0 && compare(rounded, nearest) !== 0)) {
    const where = word !== undefined ? '--bobot' : `bobot (${config!.path})`;
    return { stop: T(lang, `${where} "${chosen}" bukan bobot yang dikenal: tulis "tepat" (1/${n}, bawaan) atau 1/${n} yang dibulatkan, misalnya ${decimal(1 / n, 'en', 3)} atau ${decimal(1 / n, 'en', 2)}.`, `${where} "${chosen}" is not a known weight: write "tepat" (1/${n}, the default) or 1/${n} rounded, for example ${decimal(1 / n, 'en', 3)} or ${decimal(1 / n, 'en', 2)}.`) };
  }
  const shown = chosen.replace(',', '.');
  return {
    elements: units.map((u) => ({ unsur: u, weight: rounded, weightText: shown, extra: extra(u) })),
    weighting: {
      cara: 'dibulatkan',
      nilai: shown,
      catatan: T(
        lang,
        `Bobot tiap unsur ${decimal(toNumber(rounded), 'id', digits)} (1/${n} dibulatkan, seperti sebagian instansi menghitung), bukan 1/${n}: IKM tertinggi menjadi ${max(rounded)}, bukan ${max(exact)}, dan setiap IKM ${compare(rounded, exact) < 0 ? 'lebih rendah' : 'lebih tinggi'} daripada dengan bobot tepat.`,
        `Each element weighs ${decimal(toNumber(rounded), 'en', digits)} (1/${n} rounded, as some agencies compute), not 1/${n}: the highest index becomes ${max(rounded)}, not ${max(exact)}, and every index comes out ${compare(rounded, exact) < 0 ? 'lower' : 'higher'} than with exact weights.`,
      ),
    },
  };
}

/** What the columns of one table hold (0-based indexes). */
interface Mapping {
  /** Its place among the run's tables, for locating an earlier row compactly. */
  index: number;
  file: string;
  sheet: string;
  headerRow: number;
  fields: Partial<Record<ProfileKind, number>>;
  unsur: (number | undefined)[];
  /** Respondent numbers unique within this sheet ("No", a running number) or across every file ("ID Responden"). */
  idScope: 'sheet' | 'all';
}

/** Services a response may name: by code, or by name. */
interface ServiceIndex {
  unit: string;
  codes: string[];
  byKey: Map<string, { kode: string; nama?: string }>;
}

const textOf = (value: CellValue | undefined) => (value === undefined ? '' : shownValue(value));

/** What a row holds in the column of a field, if the table has that column. */
const fieldValue = (m: Mapping, row: SheetRow, kind: ProfileKind) => (m.fields[kind] === undefined ? undefined : row.cells[m.fields[kind]]);

/** Respondent numbers seen, compactly: a 100,000-row file keeps only this index of its rows. */
class IdIndex {
  private readonly slots = new Map<string, number>();
  private places = new Float64Array(1024);
  private answers = new Float64Array(1024);

  /** The earlier row with this number, or undefined (then this row is recorded). */
  seen(id: string, place: number, fingerprint: number): { place: number; same: boolean } | undefined {
    const slot = this.slots.get(id);
    if (slot !== undefined) return { place: this.places[slot]!, same: this.answers[slot] === fingerprint };
    const next = this.slots.size;
    if (next === this.places.length) {
      this.places = grow(this.places);
      this.answers = grow(this.answers);
    }
    this.places[next] = place;
    this.answers[next] = fingerprint;
    this.slots.set(id, next);
    return undefined;
  }

  clear(): void {
    this.slots.clear();
  }
}

const grow = (a: Float64Array) => {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
};

/** Readings of repeated cell values, per kind; bounded, so a column of unique values cannot fill memory. */
class Memo {
  private readonly cache = new Map<string, Map<CellValue, string | undefined>>();

  get(kind: string, value: CellValue | undefined, read: (value: CellValue | undefined) => string | undefined): string | undefined {
    if (typeof value !== 'string' && typeof value !== 'number') return read(value);
    let byValue = this.cache.get(kind);
    if (!byValue) this.cache.set(kind, (byValue = new Map()));
    if (byValue.has(value)) return byValue.get(value);
    const reading = read(value);
    if (byValue.size < MEMO_LIMIT) byValue.set(value, reading);
    return reading;
  }
}

/** Problems listed one by one up to `LISTED` per kind and column; the rest counted and said once. */
class Findings {
  readonly list: Diagnostic[] = [];
  private readonly overflow = new Map<string, { file: string; cell: CellRef; key: SkmMessage; count: number; firstRow: number; lastRow: number; severity: Severity }>();
  private readonly shown = new Map<string, number>();

  constructor(private readonly lang: Lang) {}

  add(d: Diagnostic): void {
    this.list.push(d);
  }

  at(file: string, key: SkmMessage, cell: CellRef, params: Params, severity: Severity = 'error'): void {
    const group = `${file}\u0000${cell.sheet}\u0000${cell.column}\u0000${key}`;
    const count = (this.shown.get(group) ?? 0) + 1;
    this.shown.set(group, count);
    if (count <= LISTED) return this.add(skmProblem(file, key, this.lang, params, { cell }, severity));
    const rest = this.overflow.get(group);
    if (rest) {
      rest.count++;
      rest.lastRow = cell.row;
    } else this.overflow.set(group, { file, cell, key, count: 1, firstRow: cell.row, lastRow: cell.row, severity });
  }

  all(): Diagnostic[] {
    for (const o of this.overflow.values()) {
      const column = columnLetters(o.cell.column);
      const where = o.firstRow === o.lastRow ? `${column}${o.firstRow}` : `${column}${o.firstRow}–${column}${o.lastRow}`;
      this.list.push(skmProblem(o.file, 'more', this.lang, { count: o.count, column, where }, { cell: o.cell }, o.severity));
    }
    return this.list.sort(compareDiagnostics);
  }
}

class SurveyRun {
  readonly findings: Findings;
  readonly unitTally: GroupTally;
  readonly services = new Map<string, { tally: GroupTally; kode: string; nama?: string }>();
  readonly files: FileSummary[] = [];
  /** Running numbers ("No") of the current sheet, and identifiers ("ID Responden") of the whole run. */
  private readonly sheetIds = new IdIndex();
  private readonly runIds = new IdIndex();
  private readonly mappings: Mapping[] = [];
  private readonly names: ColumnNames;
  /** What each profile text and service name reads as: a survey repeats a few values many times. */
  private readonly readings = new Memo();

  constructor(
    private readonly elements: Element[],
    private readonly lang: Lang,
    private readonly period: Period | undefined,
    private readonly serviceIndex: ServiceIndex | undefined,
  ) {
    this.findings = new Findings(lang);
    this.unitTally = new GroupTally(elements.length);
    this.names = new ColumnNames(elements.map((e) => e.unsur));
  }

  async readFile(path: string, shown: string): Promise<void> {
    const summary: FileSummary = { berkas: shown, lembar: [], baris: 0, responden: 0, dilewati: 0 };
    let sheet: string | undefined;
    let mapping: Mapping | undefined;
    let before: SheetRow[] = [];
    let anyHeader = false;
    let firstSheet: string | undefined;
    const endTable = () => {
      this.sheetIds.clear();
      mapping = undefined;
      before = [];
    };
    for await (const row of readRows(path, shown, this.lang, (d) => this.findings.add(d))) {
      if (row.sheet !== sheet) {
        endTable();
        sheet = row.sheet;
        firstSheet ??= sheet;
      }
      if (this.mayBeHeader(mapping, before, row) && looksLikeHeader(row.cells.map((c) => (typeof c === 'string' ? this.names.fieldOf(c) : undefined)))) {
        const above = before[before.length - 1];
        endTable();
        mapping = this.mapHeader(shown, row, above);
        anyHeader = true;
        if (!summary.lembar.includes(row.sheet)) summary.lembar.push(row.sheet);
        continue;
      }
      if (!mapping) {
        if (before.length < HEADER_SEARCH) before.push(row);
        continue;
      }
      // A template's numbered rows waiting for answers are not responses.
      if (row.cells.every((c, i) => i === mapping!.fields.id || isEmpty(c))) continue;
      summary.baris++;
      const counted = this.response(mapping, row);
      if (counted) summary.responden++;
      else summary.dilewati++;
    }
    endTable();
    if (!anyHeader && !this.findings.list.some((d) => d.file === shown && d.severity === 'error')) {
      const where = firstSheet ? `${shown}: ${firstSheet}` : shown;
      this.findings.add(skmProblem(shown, 'noHeader', this.lang, { where, last: this.elements.length }, firstSheet ? { cell: { sheet: firstSheet, row: 1, column: 1 } } : {}));
    }
    this.files.push(summary);
  }

  /**
   * Before a header, any of a sheet's first rows may be it; after one, only a row whose first
   * element cell names an element (a second table below the first) is looked at, so data rows
   * cost no header reading.
   */
  private mayBeHeader(mapping: Mapping | undefined, before: readonly SheetRow[], row: SheetRow): boolean {
    if (!mapping) return before.length < HEADER_SEARCH;
    const first = mapping.unsur.find((c) => c !== undefined);
    const value = first === undefined ? undefined : row.cells[first];
    return typeof value === 'string' && !/^\s*\d/.test(value) && this.names.fieldOf(value)?.kind === 'unsur';
  }

  /** The header row, helped by the row above it where a two-row header leaves a cell empty under a merged title. */
  private mapHeader(file: string, row: SheetRow, above: SheetRow | undefined): Mapping {
    const mapping: Mapping = { index: this.mappings.length, file, sheet: row.sheet, headerRow: row.row, fields: {}, unsur: this.elements.map(() => undefined), idScope: 'all' };
    const width = Math.max(row.cells.length, above?.cells.length ?? 0);
    const taken = new Map<string, number>();
    const at = (column: number): CellRef => ({ sheet: row.sheet, row: row.row, column: column + 1 });
    for (let i = 0; i < width; i++) {
      const text = textOf(row.cells[i]) || textOf(above?.cells[i]);
      if (text === '') continue;
      const field: Field | undefined = this.names.fieldOf(text);
      if (!field) {
        this.findings.at(file, 'unknownColumn', at(i), { header: text, last: this.elements.length }, 'warning');
        continue;
      }
      if (field.kind === 'abaikan') continue;
      if (field.kind === 'ambigu') {
        const choices = listOr(field.indexes.map((j) => `${this.elements[j]!.unsur.kode} ${this.elements[j]!.unsur.nama[this.lang]}`), this.lang);
        this.findings.at(file, 'ambiguousColumn', at(i), { header: text, choices }, 'warning');
        continue;
      }
      const name = field.kind === 'unsur' ? this.elements[field.index]!.unsur.kode : field.kind;
      const first = taken.get(name);
      if (first !== undefined) {
        this.findings.at(file, 'duplicateColumn', at(i), { header: text, field: field.kind === 'unsur' ? name : textOf(row.cells[first]) || textOf(above?.cells[first]), first: columnLetters(first + 1) });
        continue;
      }
      taken.set(name, i);
      if (field.kind === 'unsur') mapping.unsur[field.index] = i;
      else mapping.fields[field.kind] = i;
      if (field.kind === 'id' && ['no', 'nomor', 'nourut', 'nomorurut'].includes(headerKey(text))) mapping.idScope = 'sheet';
    }
    mapping.unsur.forEach((column, index) => {
      if (column !== undefined) return;
      const u = this.elements[index]!.unsur;
      this.findings.add(skmProblem(file, 'missingUnsur', this.lang, { kode: u.kode, nama: u.nama[this.lang] }, { cell: at(0) }));
    });
    if (this.period && mapping.fields.tanggal === undefined) {
      this.findings.add(skmProblem(file, 'noDateColumn', this.lang, { periode: this.period.kode, where: `${file}: ${row.sheet}` }, { cell: at(0) }, 'warning'));
    }
    this.mappings.push(mapping);
    return mapping;
  }

  /** One response row: checked cell by cell and counted, or left out whole. True when it was counted. */
  private response(m: Mapping, row: SheetRow): boolean {
    const cell = (column: number): CellRef => ({ sheet: row.sheet, row: row.row, column: column + 1 });
    const value = (kind: ProfileKind) => fieldValue(m, row, kind);
    const first = row.cells.findIndex((c) => !isEmpty(c));
    const lead = value('id') ?? row.cells[first];
    if (typeof lead === 'string' && SUMMARY_ROW.test(lead)) {
      this.findings.at(m.file, 'summaryRow', cell(m.fields.id ?? first), { value: lead.trim() }, 'info');
      return false;
    }
    if (m.fields.tanggal !== undefined) {
      const date = parseDate(value('tanggal'), row.date1904);
      // Without a period an unreadable date changes nothing that is computed.
      if ('problem' in date) this.findings.at(m.file, 'dateInvalid', cell(m.fields.tanggal), { value: textOf(value('tanggal')) }, this.period ? 'error' : 'warning');
      else if (this.period && 'date' in date && !inPeriod(date.date, this.period)) {
        this.findings.at(m.file, 'dateOutside', cell(m.fields.tanggal), { date: date.date, periode: this.period.kode, from: this.period.mulai, to: this.period.selesai });
        return false;
      }
    }
    let problems = 0;
    const answers = this.elements.map((e, i) => {
      const column = m.unsur[i];
      if (column === undefined) return undefined;
      const answer = parseAnswer(row.cells[column], e.unsur);
      if ('value' in answer) return answer.value;
      if ('problem' in answer) {
        problems++;
        const key = ({ luar: 'answerRange', pecahan: 'answerFraction', teks: 'answerText', galat: 'answerError', rumus: 'answerFormula' } as const)[answer.problem];
        const options = (e.unsur.jawaban ?? []).map((j) => j[this.lang]).join(', ') || '1, 2, 3, 4';
        this.findings.at(m.file, key, cell(column), { value: textOf(row.cells[column]), kode: e.unsur.kode, nama: e.unsur.nama[this.lang], options });
      }
      return undefined;
    });
    if (answers.every((a) => a === undefined)) {
      // Each bad answer is said where it stands; a row with none at all is said once.
      if (problems === 0) this.findings.at(m.file, 'noAnswers', cell(first), {}, 'warning');
      return false;
    }
    const id = textOf(value('id'));
    if (id !== '') {
      const fingerprint = answers.slice(0, 20).reduce<number>((acc, a) => acc * 5 + (a ?? 0), 0);
      const place = m.index * ROW_SPAN + row.row;
      const earlier = (m.idScope === 'sheet' ? this.sheetIds : this.runIds).seen(id, place, fingerprint);
      if (earlier) {
        const mapping = this.mappings[Math.floor(earlier.place / ROW_SPAN)]!;
        const firstAt = placeName(mapping.file, { sheet: mapping.sheet, row: earlier.place % ROW_SPAN, column: (mapping.fields.id ?? 0) + 1 });
        this.findings.at(m.file, earlier.same ? 'duplicateEntry' : 'duplicateId', cell(m.fields.id!), { id, first: firstAt }, earlier.same ? 'warning' : 'error');
        if (earlier.same) return false;
      }
    }
    const profile = this.profile(m, row, cell);
    this.unitTally.add(answers, profile);
    this.service(m, row, cell)?.add(answers, profile);
    return true;
  }

  private profile(m: Mapping, row: SheetRow, cell: (column: number) => CellRef): Record<ProfileKey, string | undefined> {
    const raw = (kind: ProfileKind) => fieldValue(m, row, kind);
    const gender = raw('jenisKelamin');
    const jenisKelamin = this.readings.get('jenisKelamin', gender, parseGender);
    if (!jenisKelamin && !isEmpty(gender)) this.findings.at(m.file, 'genderInvalid', cell(m.fields.jenisKelamin!), { value: textOf(gender) }, 'warning');
    const age = raw('usia');
    const usia = this.readings.get('usia', age, parseAge);
    if (!usia && !isEmpty(age)) this.findings.at(m.file, 'ageInvalid', cell(m.fields.usia!), { value: textOf(age) }, 'warning');
    return { jenisKelamin, usia, pendidikan: this.readings.get('pendidikan', raw('pendidikan'), parseEducation), pekerjaan: this.readings.get('pekerjaan', raw('pekerjaan'), parseOccupation) };
  }

  /** The service a response names by code or name; an unknown one (with --unit) counts for the unit only. */
  private service(m: Mapping, row: SheetRow, cell: (column: number) => CellRef): GroupTally | undefined {
    const column = !isEmpty(row.cells[m.fields.kode ?? -1]) ? m.fields.kode : m.fields.layanan;
    const written = column === undefined ? '' : textOf(row.cells[column]);
    if (written === '') return undefined;
    const key = this.readings.get('layanan', written, (v) => headerKey(String(v))) || written;
    let entry = this.services.get(key);
    if (!entry) {
      const known = this.serviceIndex ? this.serviceIndex.byKey.get(key) : { kode: written };
      if (!known) {
        const near = didYouMean(written, this.serviceIndex!.codes);
        const suggestion = near ? T(this.lang, `Maksudnya ${near}? `, `Did you mean ${near}? `) : '';
        this.findings.at(m.file, 'serviceUnknown', cell(column!), { value: written, unit: this.serviceIndex!.unit, suggestion, codes: this.serviceIndex!.codes.join(', ') });
        return undefined;
      }
      const canonical = headerKey(known.kode);
      entry = this.services.get(canonical);
      if (!entry) {
        const nameColumn = m.fields.layanan !== undefined && m.fields.layanan !== column ? textOf(row.cells[m.fields.layanan]) : '';
        const nama = known.nama ?? (nameColumn || undefined);
        entry = { tally: new GroupTally(this.elements.length), kode: known.kode, ...(nama ? { nama } : {}) };
        this.services.set(canonical, entry);
      }
      this.services.set(key, entry);
    }
    return entry.tally;
  }

  results(options: { period?: Period; set: UnsurSetName; weighting: Weighting; population?: number; populations: Map<string, number> }): SurveyResults {
    const elements = this.elements.map((e) => ({ kode: e.unsur.kode, weight: e.weight }));
    const unique = [...new Set(this.services.values())].sort((a, b) => a.kode.localeCompare(b.kode, 'id'));
    const populations = new Map([...options.populations].map(([kode, n]) => [headerKey(kode), n]));
    const layanan = unique.map((s) => this.withSample(groupResult(s.tally, elements, { kode: s.kode, nama: s.nama }), populations.get(headerKey(s.kode))));
    const summed = [...options.populations.values()].reduce((a, b) => a + b, 0);
    const unit = this.withSample(groupResult(this.unitTally, elements), options.population ?? (summed > 0 ? summed : undefined));
    return {
      versi: 1,
      periode: options.period ?? null,
      perangkatUnsur: options.set,
      unsur: this.elements.map((e) => ({ kode: e.unsur.kode, nama: e.unsur.nama.id, bobot: toNumber(e.weight), bobotTertulis: e.weightText, tambahan: e.extra })),
      bobot: options.weighting,
      unit,
      layanan,
      berkas: this.files,
    };
  }

  private withSample(group: GroupResult, population: number | undefined): GroupResult {
    if (population === undefined) return group;
    const minimum = sampleSize(population);
    return { ...group, sampel: { populasi: population, minimum, cukup: group.responden >= minimum } };
  }
}

/**
 * All of `standar skm hitung`: read and check every response, cell by cell, and compute per
 * service and for the unit (all answers pooled). Never throws on what the files hold; a file that
 * cannot be read is said and the others are still computed.
 */
export async function computeSurvey(inputs: readonly string[], options: SurveyOptions): Promise<SurveyOutcome> {
  const { cwd, lang } = options;
  const shownPath = (abs: string) => {
    const rel = relative(cwd, abs);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
  };
  const diagnostics: Diagnostic[] = [];
  const unitDir = options.unit === undefined ? undefined : resolve(cwd, options.unit);
  const configPath = options.pengaturan !== undefined ? resolve(cwd, options.pengaturan) : unitDir && existsSync(join(unitDir, 'skm.yaml')) ? join(unitDir, 'skm.yaml') : undefined;
  let config: SurveyConfig | undefined;
  if (configPath) {
    const read = await readSurveyConfig(configPath, shownPath(configPath), lang, (set) => UNSUR_SETS[set].unsur.map((u) => u.kode));
    if (!read.config) return { diagnostics: read.diagnostics, files: inputs.length, stop: T(lang, `${shownPath(configPath)} perlu diperbaiki lebih dahulu; tidak ada yang dihitung.`, `${shownPath(configPath)} must be fixed first; nothing was computed.`) };
    config = read.config;
  }
  const set = options.unsur ?? config?.unsur ?? '2017';
  const chosen = elementsFor(set, config, options.bobot, lang);
  if ('stop' in chosen) return { diagnostics, files: inputs.length, stop: chosen.stop };

  let serviceIndex: ServiceIndex | undefined;
  if (unitDir) {
    const loaded = await loadUnits([unitDir], { cwd, lang });
    const setup = loaded.diagnostics.filter(isSetupProblem);
    const services = loaded.units.flatMap((u) => u.services).map((s) => s.data as { kode?: unknown; nama?: unknown }).filter((s) => typeof s.kode === 'string');
    if (setup.length > 0 || services.length === 0) {
      return { diagnostics: setup, files: inputs.length, stop: T(lang, `Folder unit ${options.unit} tidak memuat standar layanan yang terbaca; kode layanan tidak dapat diperiksa.`, `The unit folder ${options.unit} holds no readable service standard; service codes cannot be checked.`) };
    }
    const byKey = new Map<string, { kode: string; nama?: string }>();
    for (const s of services) {
      const entry = { kode: s.kode as string, ...(typeof s.nama === 'string' ? { nama: s.nama } : {}) };
      byKey.set(headerKey(entry.kode), entry);
      if (entry.nama) byKey.set(headerKey(entry.nama), entry);
    }
    const provider = loaded.units[0]?.provider?.data as { nama?: unknown } | undefined;
    serviceIndex = { unit: typeof provider?.nama === 'string' ? provider.nama : options.unit!, codes: services.map((s) => s.kode as string), byKey };
  }

  const period = options.periode ?? config?.periode;
  const run = new SurveyRun(chosen.elements, lang, period, serviceIndex);
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    await run.readFile(abs, shownPath(abs));
  }
  const results = run.results({ period, set, weighting: chosen.weighting, population: options.populasi ?? config?.populasi, populations: config?.populasiLayanan ?? new Map() });
  const found = run.findings.all();
  const first = inputs.length > 0 ? shownPath(resolve(cwd, inputs[0]!)) : '';
  if (results.unit.responden === 0 && !found.some((d) => d.severity === 'error' && d.rule !== 'skm')) found.push(skmProblem(first, 'noResponses', lang, {}, {}));
  return { results, diagnostics: [...diagnostics, ...found], files: inputs.length };
}

