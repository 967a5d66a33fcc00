import { InvalidArgumentError, type Command } from 'commander';
import { join, resolve } from 'node:path';
import { loadUnits } from '../../check/load-units.js';
import { stated } from '../../model/absence.js';
import type { Diagnostic } from '../../diagnostics.js';
import { localize } from '../../i18n/index.js';
import { locate } from '../../load/source.js';
import { gate } from '../../render/gate.js';
import { NO_MAKLUMAT, OUTPUT_TARGETS, prepareUnit, RenderError, renderDocument, RENDER_KINDS, type RenderKind } from '../../render/index.js';
import { planBooklet, type BookletPlan } from '../../pdf/booklet-html.js';
import { renderPoster } from '../../pdf/poster.js';
import { EXIT, writeFileAtomic, type CliContext } from '../io.js';
import { addPdfOptions, bookletJob, pageJobs, posterFormat, printPdfJobs, type PdfFlags } from '../pdf-output.js';
import { addPublishOptions, printDiagnostics, shownDir, templatesFor } from './render-shared.js';

interface RenderFlags extends PdfFlags {
  buku?: boolean;
  to?: string;
  out?: string;
  varian?: RenderKind[];
  templateDir?: string;
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
      id: 'Buat halaman satu per satu: standar lengkap (14 komponen), versi publik (6 komponen) atau maklumat. Berkas yang tidak sesuai skema tidak dibuat.',
      en: 'Make single pages: the full standard (14 components), the public version (6 components) or the maklumat. Files that do not match the schema are not rendered.',
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
    const { units, diagnostics, blocked } = gate(loaded);
    const shown: Diagnostic[] = [...diagnostics];
    const files = loaded.units.reduce((n, u) => n + u.services.length + (u.provider ? 1 : 0), 0);
    const templateDir = flags.templateDir ? resolve(ctx.io.cwd, flags.templateDir) : undefined;
    if (!templatesFor(ctx, flags.templateDir, shown)) {
      printDiagnostics(ctx, shown, files);
      ctx.setExitCode(shown.some((d) => d.rule === 'io') ? EXIT.usage : EXIT.problems);
      return;
    }

    const pages: { name: string; html: string }[] = [];
    const booklets: { name: string; plan: BookletPlan }[] = [];
    const used = new Set<string>();
    let failed = false;
    try {
      for (const loadedUnit of units) {
        const { unit, diagnostics: unitDiagnostics } = await prepareUnit(loadedUnit, ctx.lang, { media: target.media });
        shown.push(...unitDiagnostics);
        for (const kind of kinds) {
          if (kind === 'maklumat') {
            const provider = loadedUnit.provider;
            if (!provider) continue;
            if (!stated(unit.provider?.maklumat)) {
              const { message, hint } = localize(NO_MAKLUMAT, ctx.lang);
              shown.push({ file: provider.source.path, ...locate(provider.source, ''), pointer: '/maklumat', rule: 'render', severity: 'error', message, hint: hint! });
              failed = true;
              continue;
            }
            pages.push({ name: uniqueName(`${provider.data.kode.toLowerCase()}.maklumat`, used), html: target.extension === 'pdf' ? renderPoster(unit, { format: posterFormat(flags), qr: flags.qr, templateDir }) : renderDocument('maklumat', unit, undefined, { media: target.media, templateDir }) });
            continue;
          }
          for (const service of unit.services) {
            pages.push({ name: uniqueName(`${service.kode.toLowerCase()}.${kind}`, used), html: renderDocument(kind, unit, service, { media: target.media, templateDir }) });
          }
        }
        if (flags.buku && unit.services.length > 0) booklets.push({ name: uniqueName(`${(loadedUnit.provider?.data.kode ?? 'layanan').toLowerCase()}.buku`, used), plan: planBooklet(unit, { templateDir }) });
      }
    } catch (err) {
      if (!(err instanceof RenderError)) throw err;
      shown.push(...err.diagnostics);
      printDiagnostics(ctx, shown, files);
      ctx.setExitCode(EXIT.problems);
      return;
    }

    let pdfCode: number = EXIT.ok;
    if (target.extension === 'pdf') {
      const jobs = [...pageJobs(pages, outDir), ...booklets.map((b) => bookletJob(b.name, join(outDir, `${b.name}.pdf`), b.plan))];
      pdfCode = (await printPdfJobs(ctx, jobs, flags, outDir, units.map((u) => u.dir))).code;
    } else {
      const converter = await target.open();
      try {
        for (const page of pages) await writeFileAtomic(join(outDir, `${page.name}.${target.extension}`), await converter.convert(page.html));
      } finally {
        await converter.close();
      }
    }
    printDiagnostics(ctx, shown, files);
    const where = shownDir(ctx, outDir);
    if (pages.length + booklets.length > 0) {
      if (target.extension !== 'pdf') ctx.io.stdout.write(t({ id: `✔ ${pages.length} halaman ${target.extension.toUpperCase()} ditulis ke ${where}\n`, en: `✔ ${pages.length} ${target.extension.toUpperCase()} page${pages.length === 1 ? '' : 's'} written to ${where}\n` }));
    } else if (!blocked && !failed) ctx.io.stderr.write(t({ id: 'Tidak ada halaman yang dibuat: tidak ditemukan berkas layanan.\n', en: 'No page was made: no service file was found.\n' }));
    const io = loaded.diagnostics.some((d) => d.rule === 'io');
    ctx.setExitCode(io ? EXIT.usage : pdfCode > EXIT.problems ? pdfCode : blocked || failed ? EXIT.problems : pdfCode);
  });
}
