import { InvalidArgumentError, type Command } from 'commander';
import { basename, join, resolve } from 'node:path';
import { loadUnits } from '../../check/load-units.js';
import type { Diagnostic } from '../../diagnostics.js';
import { localize } from '../../i18n/index.js';
import { isProviderFile } from '../../load/discover.js';
import { asRecord, isRecord } from '../../load/guards.js';
import { locate } from '../../load/source.js';
import { gate, isDraft } from '../../render/gate.js';
import { OUTPUT_TARGETS } from '../../publish/targets.js';
import { NO_MAKLUMAT, prepareUnit, RenderError, renderDocument, RENDER_KINDS, type RenderKind } from '../../render/index.js';
import { line } from '../../render/view/read.js';
import { planBooklet, type BookletPlan } from '../../pdf/booklet-html.js';
import { renderPoster } from '../../pdf/poster.js';
import { EXIT, type CliContext } from '../io.js';
import { OutputFolder, type Obstacle } from '../../publish/output-folder.js';
import { addPdfOptions, posterFormat, printPdfJobs, type PdfFlags } from '../pdf-output.js';
import { bookletJob, pageJobs } from '../../publish/pdf.js';
import { draftNote, printOutcome } from '../publish-report.js';
import { skippedFiles, type NotWritten } from '../../publish/report.js';
import { addPublishOptions, printDiagnostics, shownDir, templatesFor } from './render-shared.js';

interface RenderFlags extends PdfFlags {
  buku?: boolean;
  to?: string;
  out?: string;
  varian?: RenderKind[];
  templateDir?: string;
}

/** "0 halaman ditulis." and, when nothing was even found, why. */
function nothingWritten(ctx: CliContext, notWritten: readonly NotWritten[]): string {
  return notWritten.length > 0
    ? ctx.t({ id: '✖ 0 halaman ditulis.', en: '✖ 0 pages written.' })
    : ctx.t({ id: '✖ 0 halaman ditulis: tidak ditemukan berkas layanan.', en: '✖ 0 pages written: no service file was found.' });
}

/** "duk-ktp-el.lengkap", made unique when two units share a code. */
function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
  used.add(name);
  return name;
}

export function registerRender(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  const command = program
    .command('render')
    .description(t({
      id: 'Buat halaman satu per satu: standar lengkap (14 komponen), versi publik (6 komponen) atau maklumat. Yang belum diisi tampil sebagai "Belum diisi"; standar yang masih bergalat atau berisi "[isi: …]" diberi tanda DRAF; hanya berkas yang tidak dapat dibaca yang dilewati.',
      en: 'Make single pages: the full standard (14 components), the public version (6 components) or the maklumat. What is missing shows as "Not filled in"; a standard with errors or "[isi: …]" values is marked DRAFT; only files that cannot be read are skipped.',
    }))
    .argument('[jalur...]', t({ id: 'berkas layanan atau folder unit; bawaan: folder ini', en: 'service files or unit folders; default: this folder' }))
    .option('-o, --out <folder>', t({ id: 'folder tujuan (wajib)', en: 'output folder (required)' }))
    .option(
      '--varian <nama>',
      t({ id: 'lengkap, publik atau maklumat; boleh diulang atau dipisah koma (bawaan: lengkap)', en: 'lengkap, publik or maklumat; repeatable or comma-separated (default: lengkap)' }),
      (value: string, previous: RenderKind[] | undefined) => {
        const out = [...(previous ?? [])];
        for (const v of value.split(',').map((s) => s.trim())) {
          if (!(RENDER_KINDS as readonly string[]).includes(v)) throw new InvalidArgumentError(t({ id: `Pilihannya: ${RENDER_KINDS.join(', ')}.`, en: `The choices are: ${RENDER_KINDS.join(', ')}.` }));
          if (!out.includes(v as RenderKind)) out.push(v as RenderKind);
        }
        return out;
      },
    );
  addPdfOptions(addPublishOptions(command, ctx), ctx, { booklet: true }).action(async (paths: string[], flags: RenderFlags) => {
    if (flags.buku && flags.to !== 'pdf') {
      ctx.io.stderr.write(t({ id: 'Buku unit hanya dibuat sebagai PDF: tambahkan --to pdf.\n', en: 'The unit booklet is only made as a PDF: add --to pdf.\n' }));
      ctx.setExitCode(EXIT.usage);
      return;
    }
    if (!flags.out) {
      ctx.io.stderr.write(t({ id: 'Tentukan folder tujuan dengan --out, misalnya: standar render layanan/ktp-el.yaml --out keluaran\n', en: 'Give the output folder with --out, for example: standar render layanan/ktp-el.yaml --out output\n' }));
      ctx.setExitCode(EXIT.usage);
      return;
    }
    const outDir = resolve(ctx.io.cwd, flags.out);
    const kinds = flags.varian ?? (['lengkap'] as RenderKind[]);
    const target = OUTPUT_TARGETS[flags.to ?? 'html']!;
    const loaded = await loadUnits(paths.length > 0 ? paths : ['.'], { lang: ctx.lang, cwd: ctx.io.cwd });
    const { units, diagnostics, skipped, errors } = gate(loaded, ctx.lang);
    const shown: Diagnostic[] = [...diagnostics];
    const notWritten: NotWritten[] = skippedFiles(skipped);
    const files = loaded.units.reduce((n, u) => n + u.services.length + (u.provider ? 1 : 0), 0);
    const io = loaded.diagnostics.some((d) => d.rule === 'io');
    const nothing = (why: { id: string; en: string }) => ctx.t({ id: `✖ 0 halaman ditulis: ${why.id}`, en: `✖ 0 pages written: ${why.en}` });
    const templateDir = flags.templateDir ? resolve(ctx.io.cwd, flags.templateDir) : undefined;
    if (!templatesFor(ctx, flags.templateDir, shown)) {
      printDiagnostics(ctx, shown, files);
      printOutcome(ctx, nothing({ id: 'templat tidak dapat dipakai (lihat di atas).', en: 'the templates cannot be used (see above).' }), []);
      ctx.setExitCode(shown.some((d) => d.rule === 'io') ? EXIT.usage : EXIT.problems);
      return;
    }

    const pages: { name: string; html: string; draft: boolean }[] = [];
    const booklets: { name: string; plan: BookletPlan; draft: boolean }[] = [];
    const used = new Set<string>();
    try {
      for (const loadedUnit of units) {
        const { unit, diagnostics: unitDiagnostics } = await prepareUnit(loadedUnit, ctx.lang, { media: target.media });
        shown.push(...unitDiagnostics);
        const provider = loadedUnit.provider;
        for (const kind of kinds) {
          if (kind === 'maklumat') {
            if (!provider) {
              if (!skipped.some((s) => isProviderFile(s.file))) notWritten.push({ what: 'maklumat', why: t({ id: `tidak ada penyelenggara.yaml untuk ${shownDir(ctx, loadedUnit.dir)}`, en: `there is no penyelenggara.yaml for ${shownDir(ctx, loadedUnit.dir)}` }) });
              continue;
            }
            if (!isRecord(asRecord(unit.provider).maklumat)) {
              const { message, hint } = localize(NO_MAKLUMAT, ctx.lang);
              shown.push({ file: provider.source.path, ...locate(provider.source, ''), pointer: '/maklumat', rule: 'render', severity: 'error', message, hint: hint! });
              notWritten.push({ what: t({ id: `maklumat (${provider.source.path})`, en: `maklumat (${provider.source.path})` }), why: message });
              continue;
            }
            const code = line(asRecord(unit.provider).kode) ?? 'penyelenggara';
            const html = target.extension === 'pdf' ? renderPoster(unit, { format: posterFormat(flags), qr: flags.qr, templateDir }) : renderDocument('maklumat', unit, undefined, { media: target.media, templateDir });
            pages.push({ name: uniqueName(`${code.toLowerCase()}.maklumat`, used), html, draft: isDraft(unit.verdict?.provider) });
            continue;
          }
          for (const [i, service] of unit.services.entries()) {
            const code = line(asRecord(service).kode) ?? basename(loadedUnit.services[i]!.source.path).replace(/\.ya?ml$/i, '');
            pages.push({ name: uniqueName(`${code.toLowerCase()}.${kind}`, used), html: renderDocument(kind, unit, service, { media: target.media, templateDir }), draft: isDraft(unit.verdict?.services[i]) });
          }
        }
        if (flags.buku && unit.services.length > 0) {
          const code = line(asRecord(unit.provider).kode) ?? 'layanan';
          booklets.push({ name: uniqueName(`${code.toLowerCase()}.buku`, used), plan: planBooklet(unit, { templateDir }), draft: [unit.verdict?.provider, ...(unit.verdict?.services ?? [])].some(isDraft) });
        }
      }
    } catch (err) {
      if (!(err instanceof RenderError)) throw err;
      shown.push(...err.diagnostics);
      printDiagnostics(ctx, shown, files);
      printOutcome(ctx, nothing({ id: 'templat gagal diterapkan (lihat di atas).', en: 'a template failed (see above).' }), notWritten);
      ctx.setExitCode(EXIT.problems);
      return;
    }

    const where = shownDir(ctx, outDir);
    const folder = new OutputFolder(outDir, { lang: ctx.lang, shown: where });
    const fileOf = (page: { name: string }) => `${page.name}.${target.extension}`;
    // Checked before anything is printed or written, so a refusal leaves the folder as it was.
    const obstacles = await folder.obstacles([...pages.map(fileOf), ...booklets.map((b) => `${b.name}.pdf`)]);
    if (obstacles.size > 0) {
      printDiagnostics(ctx, shown, files);
      ctx.io.stderr.write(await folder.report(obstacles));
      ctx.io.stderr.write(t({ id: `✖ Tidak ada halaman yang ditulis; ${where} tetap seperti sebelumnya.\n`, en: `✖ No page was written; ${where} is as it was.\n` }));
      ctx.setExitCode(EXIT.usage);
      return;
    }
    let pdfCode: number = EXIT.ok;
    const refused = new Map<string, Obstacle>();
    if (target.extension === 'pdf') {
      const jobs = [...pageJobs(pages, outDir), ...booklets.map((b) => bookletJob(b.name, join(outDir, `${b.name}.pdf`), b.plan))];
      const drafts = new Set([...pages.filter((p) => p.draft).map((p) => join(outDir, `${p.name}.pdf`)), ...booklets.filter((b) => b.draft).map((b) => join(outDir, `${b.name}.pdf`))]);
      printDiagnostics(ctx, shown, files);
      const pdf = await printPdfJobs(ctx, jobs, flags, folder, units.map((u) => u.dir), drafts);
      if (pdf.diagnostics.length > 0) printDiagnostics(ctx, pdf.diagnostics, files);
      shown.push(...pdf.diagnostics);
      pdfCode = pdf.code;
      printOutcome(ctx, pages.length + booklets.length === 0 ? nothingWritten(ctx, notWritten) : undefined, notWritten);
    } else {
      const converter = await target.open();
      try {
        for (const page of pages) {
          const obstacle = await folder.tryWrite(fileOf(page), await converter.convert(page.html));
          if (obstacle) refused.set(fileOf(page), obstacle);
        }
      } finally {
        await converter.close();
      }
      printDiagnostics(ctx, shown, files);
      if (refused.size > 0) {
        const done = pages.length - refused.size;
        ctx.io.stderr.write(await folder.report(refused));
        ctx.io.stderr.write(t({ id: `✖ Hanya ${done} dari ${pages.length} halaman yang ditulis ke ${where}; yang lain tidak (lihat di atas).\n`, en: `✖ Only ${done} of ${pages.length} pages were written to ${where}; the others were not (see above).\n` }));
        ctx.setExitCode(EXIT.usage);
        return;
      }
      const format = target.extension.toUpperCase();
      const drafts = draftNote(ctx, pages.filter((p) => p.draft).length);
      printOutcome(
        ctx,
        pages.length > 0 ? t({ id: `✔ ${pages.length} halaman ${format} ditulis ke ${where}${drafts}`, en: `✔ ${pages.length} ${format} page${pages.length === 1 ? '' : 's'} written to ${where}${drafts}` }) : nothingWritten(ctx, notWritten),
        notWritten,
      );
    }
    const failed = errors || notWritten.length > 0 || shown.some((d) => d.severity === 'error');
    ctx.setExitCode(io ? EXIT.usage : pdfCode > EXIT.problems ? pdfCode : failed ? EXIT.problems : pdfCode);
  });
}
