import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ANSWER_FIELDS, answerProblem, defaultJabatan, defaultPemerintah, scaffoldUnit, type AnswerField, type UnitAnswers } from '../../authoring/init.js';
import { defaultKode, parseWilayah } from '../../model/wilayah.js';
import { findGitRoot, findSchemaHome, folderLabel, packageVersion, portableRelative, type SchemaHome } from '../../authoring/locate.js';
import { createPrompter, PromptCancelled } from '../../authoring/prompt.js';
import { skipReason, writeNewFiles } from '../../files/write-new.js';
import type { Text } from '../../i18n/index.js';
import { SCHEMA_DIR } from '../../schema/validators.js';
import { EXIT, type CliContext } from '../io.js';
import { reportRefusal } from './authoring-shared.js';

interface InitFlags {
  nama?: string;
  wilayah?: string;
  kepala?: string;
  jabatan?: string;
  kode?: string;
  pemerintah?: string;
  yes?: boolean;
}

/** What --yes writes for a value nobody gave: visibly unfinished, still a valid file. */
const PLACEHOLDERS = { nama: '[isi: nama unit penyelenggara]', kepala: '[isi: nama kepala unit beserta gelar]' };

export function registerInit(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  const wilayahHelp = t({ id: 'Awali dengan Kota, Kabupaten atau Provinsi (misalnya "Kota Sukamaju"), atau tulis "nasional".', en: 'Start with Kota, Kabupaten or Provinsi (e.g. "Kota Sukamaju"), or write "nasional".' });
  program
    .command('init')
    .description(t({ id: 'Siapkan folder unit baru: penyelenggara.yaml, contoh layanan, pengaturan, VS Code, README dan CI. Berkas yang sudah ada tidak ditimpa.', en: 'Set up a new unit folder: penyelenggara.yaml, an example service, config, VS Code, README and CI. Existing files are never overwritten.' }))
    .argument('[folder]', t({ id: 'folder unit (bawaan: folder ini)', en: 'unit folder (default: this folder)' }))
    .option('--nama <nama>', t({ id: 'nama unit, misalnya "Dinas Kependudukan dan Pencatatan Sipil"', en: 'unit name, e.g. "Dinas Kependudukan dan Pencatatan Sipil"' }))
    .option('--wilayah <wilayah>', t({ id: 'wilayah: "Kota Sukamaju", "Kabupaten Sleman", "Provinsi Jawa Tengah" atau "nasional"', en: 'region: "Kota Sukamaju", "Kabupaten Sleman", "Provinsi Jawa Tengah" or "nasional"' }))
    .option('--kepala <nama>', t({ id: 'nama kepala unit beserta gelar', en: 'name of the head of unit, with titles' }))
    .option('--jabatan <jabatan>', t({ id: 'jabatan kepala unit, misalnya "Kepala Dinas" (tanpa ini: ditanyakan, atau ditulis sebagai "[isi: ...]")', en: 'position of the head, e.g. "Kepala Dinas" (without it: asked, or written as "[isi: ...]")' }))
    .option('--kode <kode>', t({ id: 'kode unit (bawaan: singkatan nama dan wilayah, misalnya DKPS-SUKAMAJU)', en: 'unit code (default: initials and region, e.g. DKPS-SUKAMAJU)' }))
    .option('--pemerintah <teks>', t({ id: 'pemerintah atau instansi induk, misalnya "Pemerintah Kota Sukamaju" (tanpa ini: ditanyakan, atau ditulis sebagai "[isi: ...]")', en: 'parent government or agency, e.g. "Pemerintah Kota Sukamaju" (without it: asked, or written as "[isi: ...]")' }))
    .option('-y, --yes', t({ id: 'tanpa pertanyaan: isian yang tidak diberikan ditulis sebagai "[isi: ...]"', en: 'no questions: values not given are written as "[isi: ...]"' }))
    .action(async (folder: string | undefined, flags: InitFlags) => {
      const cwd = ctx.io.cwd;
      const dir = resolve(cwd, folder ?? '.');
      const usage = (text: Text) => {
        ctx.io.stderr.write(t(text) + '\n');
        ctx.setExitCode(EXIT.usage);
      };
      // Every value given as a flag is checked before anything is asked or written; each message names its flag.
      const wrong = ANSWER_FIELDS.flatMap((field) => {
        const value = flags[field];
        const problem = value === undefined ? undefined : answerProblem(field, value);
        return problem ? [`--${field} ${JSON.stringify(value)} ${t(problem)}`] : [];
      });
      if (wrong.length > 0) return usage({ id: `${wrong.join('\n')}\nTidak ada berkas yang ditulis.`, en: `${wrong.join('\n')}\nNo file was written.` });
      const given = flags.wilayah === undefined ? undefined : parseWilayah(flags.wilayah);
      if (flags.wilayah !== undefined && !given) return usage({ id: `Wilayah ${JSON.stringify(flags.wilayah)} tidak dikenali. ${wilayahHelp}`, en: `Region ${JSON.stringify(flags.wilayah)} not recognised. ${wilayahHelp}` });
      const shown = folderLabel(cwd, dir);
      if (await stat(dir).then((s) => !s.isDirectory(), () => false)) return usage({ id: `${shown} adalah berkas, bukan folder. Sebutkan folder untuk unit ini.`, en: `${shown} is a file, not a folder. Name a folder for this unit.` });

      let home: SchemaHome;
      try {
        home = await findSchemaHome(dir, { cwd, lang: ctx.lang });
      } catch (err) {
        return reportRefusal(ctx, err);
      }

      const interactive = !flags.yes && ctx.io.isTTY && Boolean(process.stdin.isTTY);
      let answers: UnitAnswers;
      if (interactive) {
        const prompter = createPrompter(process.stdin, process.stdout, t({ id: 'Wajib diisi.', en: 'Required.' }));
        const check = (field: AnswerField) => (answer: string) => {
          const problem = answerProblem(field, answer);
          return problem && t({ id: `Jawaban ini ${problem.id}`, en: `This answer ${problem.en}` });
        };
        try {
          const nama = flags.nama ?? (await prompter.ask({ text: t({ id: 'Nama unit penyelenggara (misalnya Dinas Kependudukan dan Pencatatan Sipil)', en: 'Unit name (e.g. Dinas Kependudukan dan Pencatatan Sipil)' }), check: check('nama') }));
          const wilayah = given ?? parseWilayah(await prompter.ask({ text: t({ id: 'Wilayah (Kota ..., Kabupaten ..., Provinsi ... atau nasional)', en: 'Region (Kota ..., Kabupaten ..., Provinsi ... or nasional)' }), check: (a) => check('wilayah')(a) ?? (parseWilayah(a) ? undefined : wilayahHelp) }))!;
          const kepala = flags.kepala ?? (await prompter.ask({ text: t({ id: 'Nama kepala unit beserta gelar', en: 'Head of unit, with titles' }), check: check('kepala') }));
          const jabatan = flags.jabatan ?? (await prompter.ask({ text: t({ id: 'Jabatan kepala unit', en: 'Position of the head' }), default: defaultJabatan(nama), check: check('jabatan') }));
          const pemerintah = flags.pemerintah ?? (await prompter.ask({ text: t({ id: 'Pemerintah atau instansi induk', en: 'Parent government or agency' }), default: defaultPemerintah(wilayah), check: check('pemerintah') }));
          const kode = flags.kode ?? (await prompter.ask({ text: t({ id: 'Kode unit', en: 'Unit code' }), default: defaultKode(nama, wilayah), check: check('kode') }));
          answers = { nama, wilayah, kepala, jabatan, kode, pemerintah };
        } catch (err) {
          if (!(err instanceof PromptCancelled)) throw err;
          ctx.io.stderr.write(t({ id: '\nDibatalkan; tidak ada berkas yang ditulis.\n', en: '\nCancelled; no file was written.\n' }));
          return ctx.setExitCode(EXIT.usage);
        } finally {
          prompter.close();
        }
      } else {
        const missing = (['nama', 'wilayah', 'kepala'] as const).filter((k) => flags[k] === undefined);
        if (missing.length > 0 && !flags.yes) {
          return usage({
            id: `Isi ${missing.map((m) => `--${m}`).join(', ')} (tidak ada terminal untuk bertanya), atau tambahkan --yes agar isian itu ditulis sebagai "[isi: ...]".\nContoh: standar init --nama "Dinas Kependudukan dan Pencatatan Sipil" --wilayah "Kota Sukamaju" --kepala "Dra. Siti Aminah, M.Si."`,
            en: `Give ${missing.map((m) => `--${m}`).join(', ')} (there is no terminal to ask on), or add --yes to write them as "[isi: ...]".\nExample: standar init --nama "Dinas Kependudukan dan Pencatatan Sipil" --wilayah "Kota Sukamaju" --kepala "Dra. Siti Aminah, M.Si."`,
          });
        }
        const nama = flags.nama ?? PLACEHOLDERS.nama;
        answers = {
          nama,
          wilayah: given,
          kepala: flags.kepala ?? PLACEHOLDERS.kepala,
          jabatan: flags.jabatan,
          kode: flags.kode ?? (flags.nama === undefined ? 'UNIT' : undefined),
          pemerintah: flags.pemerintah,
        };
      }

      const gitRoot = await findGitRoot(dir);
      const files = scaffoldUnit(answers, {
        schemaDir: portableRelative(dir, home.dir),
        configSchema: existsSync(new URL('standar.config.schema.json', SCHEMA_DIR)),
        version: await packageVersion(),
        workingDirectory: gitRoot ? portableRelative(gitRoot, dir) : '.',
      });
      // A package.json above this folder already decides where standar-pelayanan is installed.
      if (home.hasPackageJson && home.packageRoot !== dir) files.delete('package.json');
      const { created, skipped } = await writeNewFiles(dir, files);

      const out = ctx.io.stdout;
      out.write(shown === '.' ? t({ id: 'Unit di folder ini:\n', en: 'Unit in this folder:\n' }) : t({ id: `Unit di ${shown}:\n`, en: `Unit in ${shown}:\n` }));
      for (const f of created) out.write(`  ${t({ id: 'dibuat  ', en: 'created ' })} ${f}\n`);
      for (const skip of skipped) out.write(`  ${t({ id: 'dilewati', en: 'skipped ' })} ${skip.path} ${t(skipReason(skip))}\n`);
      out.write(t({ id: '\nLangkah berikutnya:\n', en: '\nNext steps:\n' }));
      if (shown !== '.') out.write(`  cd ${/\s/.test(shown) ? JSON.stringify(shown) : shown}\n`);
      if (!home.installed) {
        const where = home.packageRoot === dir ? '' : t({ id: ` (di ${folderLabel(ctx.io.cwd, home.packageRoot)})`, en: ` (in ${folderLabel(ctx.io.cwd, home.packageRoot)})` });
        out.write(`  npm install${home.packageRoot === dir && !home.hasPackageJson ? '' : ' --save-dev standar-pelayanan'}${where}   ${t({ id: '# sekali saja: VS Code lalu menemukan skema untuk bantuan mengetik', en: '# once: VS Code then finds the schemas for typing help' })}\n`);
      }
      out.write(`  npx standar validate   ${t({ id: '# periksa', en: '# check' })}\n`);
      out.write(`  npx standar new "Nama Layanan"   ${t({ id: '# layanan baru', en: '# a new service' })}\n`);
      out.write(`  npx standar serve .   ${t({ id: '# pratinjau di peramban', en: '# preview in the browser' })}\n`);
      if (gitRoot && gitRoot !== dir) {
        out.write(t({ id: `\nCatatan: folder ini ada di dalam repositori ${gitRoot}. GitHub hanya membaca .github/workflows/ di akar repositori: pindahkan .github/workflows/standar.yml ke sana.\n`, en: `\nNote: this folder is inside the repository ${gitRoot}. GitHub only reads .github/workflows/ at the repository root: move .github/workflows/standar.yml there.\n` }));
      }
    });
}
