import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { folderLabel } from '../../authoring/locate.js';
import { InvalidArgumentError, type Command } from 'commander';
import { PortInUseError, startPreview, type BuildInfo } from '../../serve/server.js';
import { EXIT, type CliContext } from '../io.js';

interface ServeFlags {
  port: number;
  templateDir?: string;
  buka?: boolean;
}

export const DEFAULT_PORT = 4173;

/** Open the address in the default browser, quietly; a machine without one just keeps the printed address. */
function openBrowser(url: string): void {
  const [cmd, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    spawn(cmd, args, { stdio: 'ignore', detached: true }).on('error', () => undefined).unref();
  } catch {
    // No browser launcher: the address is printed.
  }
}

export function registerServe(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  program
    .command('serve')
    .description(t({ id: 'Pratinjau situs unit di peramban (127.0.0.1): halaman diperbarui setiap YAML, pengaturan atau templat disimpan, dan masalahnya tampil di halaman.', en: "Preview the unit's site in the browser (127.0.0.1): pages update whenever YAML, config or a template is saved, with their problems shown on the page." }))
    .argument('[unit]', t({ id: 'folder unit (berisi penyelenggara.yaml); bawaan: folder ini', en: 'unit folder (with penyelenggara.yaml); default: this folder' }))
    .option('-p, --port <nomor>', t({ id: `port (bawaan ${DEFAULT_PORT}; bila terpakai, port berikutnya)`, en: `port (default ${DEFAULT_PORT}; when taken, the next one)` }), (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(t({ id: 'Tulis bilangan 0 sampai 65535 (0: port bebas mana saja).', en: 'Write a number from 0 to 65535 (0: any free port).' }));
      return n;
    })
    .option('--template-dir <folder>', t({ id: 'folder templat pengganti; perubahannya juga ditampilkan', en: 'folder of replacement templates; its changes show too' }))
    .option('--buka', t({ id: 'buka peramban', en: 'open the browser' }))
    .action(async (input: string | undefined, flags: ServeFlags) => {
      const unitDir = resolve(ctx.io.cwd, input ?? '.');
      const shown = folderLabel(ctx.io.cwd, unitDir);
      if (!(await stat(unitDir).then((s) => s.isDirectory(), () => false))) {
        ctx.io.stderr.write(t({ id: `Folder "${shown}" tidak ada. Tulis folder unit, misalnya: standar serve .\n`, en: `The folder "${shown}" does not exist. Give a unit folder, e.g.: standar serve .\n` }));
        return ctx.setExitCode(EXIT.usage);
      }
      const templateDir = flags.templateDir ? resolve(ctx.io.cwd, flags.templateDir) : undefined;
      if (templateDir && !(await stat(templateDir).then((s) => s.isDirectory(), () => false))) {
        ctx.io.stderr.write(t({ id: `Folder templat "${flags.templateDir}" tidak ada.\n`, en: `The template folder "${flags.templateDir}" does not exist.\n` }));
        return ctx.setExitCode(EXIT.usage);
      }
      const out = ctx.io.stdout;
      const report = (b: BuildInfo) => {
        const what = b.changed.length > 0 ? t({ id: `${b.changed.slice(0, 3).join(', ')}${b.changed.length > 3 ? ', …' : ''} disimpan: `, en: `${b.changed.slice(0, 3).join(', ')}${b.changed.length > 3 ? ', …' : ''} saved: ` }) : '';
        out.write(t({ id: `${what}${b.pages} halaman, ${b.errors} galat, ${b.warnings} peringatan (${b.ms} ms).\n`, en: `${what}${b.pages} pages, ${b.errors} errors, ${b.warnings} warnings (${b.ms} ms).\n` }));
      };
      let preview;
      try {
        preview = await startPreview({ unitDir, cwd: ctx.io.cwd, lang: ctx.lang, port: flags.port ?? DEFAULT_PORT, strictPort: flags.port !== undefined, templateDir, onBuild: report });
      } catch (err) {
        if (!(err instanceof PortInUseError)) throw err;
        ctx.io.stderr.write(t({ id: `Port ${err.port} sudah dipakai program lain. Pilih port lain, misalnya: standar serve ${shown} --port ${err.port + 1}\n`, en: `Port ${err.port} is used by another program. Pick another, e.g.: standar serve ${shown} --port ${err.port + 1}\n` }));
        return ctx.setExitCode(EXIT.usage);
      }
      const what = shown === '.' ? t({ id: 'folder ini', en: 'this folder' }) : shown;
      out.write(t({ id: `Pratinjau ${what}: ${preview.url}\nHalaman diperbarui setiap berkas disimpan. Tekan Ctrl+C untuk berhenti.\n`, en: `Preview of ${what}: ${preview.url}\nPages update whenever a file is saved. Press Ctrl+C to stop.\n` }));
      if (flags.buka) openBrowser(preview.url);
      await new Promise<void>((done) => {
        process.once('SIGINT', done);
        process.once('SIGTERM', done);
      });
      await preview.close();
      out.write(t({ id: 'Pratinjau dihentikan.\n', en: 'Preview stopped.\n' }));
      ctx.setExitCode(EXIT.ok);
    });
}
