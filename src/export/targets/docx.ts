import { basename } from 'node:path';
import type { Diagnostic } from '../../diagnostics.js';
import { asRecord } from '../../load/guards.js';
import { locate, makeDiagnostic } from '../../load/source.js';
import type { RenderUnit } from '../../render/types.js';
import { line } from '../../render/view/read.js';
import { chunks, helperThreads, ThreadPool, workerAvailable } from '../../threads.js';
import type { ExportFile, ExportTarget, ExportUnit } from '../types.js';
import { hasMaklumat, makeWordFiles, type WordBatch, type WordFile, type WordFilePlan } from './docx/file.js';

const LOGO_LEFT_OUT = {
  message: {
    id: 'Logo unit berupa WebP, yang tidak dapat ditampilkan Word; berkas Word dibuat tanpa logo di kop.',
    en: "The unit's logo is a WebP picture, which Word cannot show; the Word files are made without a logo in the letterhead.",
  },
  hint: { id: 'Simpan logo sebagai PNG atau SVG, lalu tulis nama berkas itu di logo:.', en: 'Save the logo as PNG or SVG, then write that file name in logo:.' },
};

const WORKER_URL = new URL('./docx/worker.js', import.meta.url);

/**
 * Packing a Word file is most of the work (about 20 ms each, 500 for a large unit), and each file
 * stands alone: from this many files on they are shared with worker threads, a few per batch.
 */
const PARALLEL_THRESHOLD = 24;
const BATCH_SIZE = 8;

/** The file name of a service: its code in lower case, else its file's name. */
function serviceName(unit: ExportUnit, i: number): string {
  return (line(asRecord(unit.unit.services[i]).kode) ?? basename(unit.services[i]!.source.path).replace(/\.ya?ml$/i, '')).toLowerCase();
}

/** The unit with only the services `plans` name, renumbered: what a worker is sent of it. */
function batchOf(unit: RenderUnit, plans: readonly WordFilePlan[]): WordBatch {
  const indices = [...new Set(plans.flatMap((p) => ('service' in p ? [p.service] : 'parts' in p ? p.parts.filter((x) => x !== 'maklumat') : [])))];
  const at = new Map(indices.map((i, j) => [i, j]));
  const renumber = (plan: WordFilePlan): WordFilePlan =>
    'service' in plan ? { service: at.get(plan.service)! } : 'parts' in plan ? { parts: plan.parts.map((p) => (p === 'maklumat' ? p : at.get(p)!)) } : plan;
  const services = indices.map((i) => unit.services[i]!);
  const verdict = unit.verdict && { ...(unit.verdict.provider ? { provider: unit.verdict.provider } : {}), services: indices.map((i) => unit.verdict!.services[i]) };
  return { unit: { ...unit, services, ...(verdict ? { verdict } : {}) }, plans: plans.map(renumber) };
}

/** Every file of every unit, in the order planned, on worker threads when there are many and they can start. */
async function makeAll(planned: readonly WordBatch[], workers: number | undefined): Promise<WordFile[][]> {
  const total = planned.reduce((n, p) => n + p.plans.length, 0);
  const size = workers ?? (total >= PARALLEL_THRESHOLD ? helperThreads() : 0);
  if (size <= 0 || !workerAvailable(WORKER_URL)) {
    const made: WordFile[][] = [];
    for (const batch of planned) made.push(await makeWordFiles(batch));
    return made;
  }
  const batches = planned.flatMap((p, u) => chunks(p.plans, BATCH_SIZE).map((plans) => ({ u, batch: batchOf(p.unit, plans) })));
  const replies: WordFile[][] = [];
  const pool = new ThreadPool<WordBatch, WordFile[]>(size, WORKER_URL);
  try {
    await pool.each(
      batches.map((b) => b.batch),
      makeWordFiles,
      (files, i) => void (replies[i] = files),
    );
  } finally {
    await pool.close();
  }
  return planned.map((_, u) => batches.flatMap((b, i) => (b.u === u ? replies[i]! : [])));
}

/**
 * `--ke docx`: each service's full standard as the decree's attachment in Word (one file per
 * service, or with `--satu-berkas` one per unit, each service on new pages), and the unit's
 * maklumat. Built from the views the HTML full standard is made of, so the text is the same,
 * component by component.
 */
export const docx: ExportTarget = {
  async export(units, options) {
    const planned = units.map((unit) => {
      const paths: string[] = [];
      const plans: WordFilePlan[] = [];
      const maklumat = unit.maklumat && hasMaklumat(unit.unit);
      if (options.oneFile) {
        const parts = [...unit.unit.services.map((_, i) => i), ...(maklumat ? ['maklumat' as const] : [])];
        if (parts.length > 0) {
          paths.push(`${unit.name}.docx`);
          plans.push({ parts });
        }
      } else {
        unit.unit.services.forEach((_, i) => {
          paths.push(`${unit.name}/${serviceName(unit, i)}.docx`);
          plans.push({ service: i });
        });
        if (maklumat) {
          paths.push(`${unit.name}/maklumat.docx`);
          plans.push({ maklumat: true });
        }
      }
      return { unit, paths, plans };
    });
    const made = await makeAll(
      planned.map((p) => ({ unit: p.unit.unit, plans: p.plans })),
      options.workers,
    );
    const files: ExportFile[] = [];
    const diagnostics: Diagnostic[] = [];
    planned.forEach(({ unit, paths }, u) => {
      made[u]!.forEach((file, i) => files.push({ path: paths[i]!, content: file.content, draft: file.draft }));
      if (made[u]!.some((f) => f.logoLeftOut) && unit.provider) {
        const source = unit.provider.source;
        diagnostics.push(makeDiagnostic(source.path, locate(source, '/logo'), '/logo', { rule: 'logo', severity: 'warning', def: LOGO_LEFT_OUT }, options.lang));
      }
    });
    return { files, diagnostics };
  },
};
