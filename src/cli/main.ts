import { Command, CommanderError, Option } from 'commander';
import { isLang, type Lang, type Text } from '../i18n/index.js';
import { PACKAGE_VERSION } from '../package-info.js';
import { COMMANDS } from './commands/index.js';
import { EXIT, type CliContext, type CliIO } from './io.js';
import { translateUsageError } from './usage-errors.js';
import { limitInlining } from './v8.js';


/** The language is needed before commander parses: the help text itself is translated. */
function pickLang(argv: readonly string[], env: CliIO['env']): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a.startsWith('--lang=') ? a.slice(7) : a === '--lang' ? argv[i + 1] : undefined;
    if (value !== undefined && isLang(value)) return value;
  }
  const fromEnv = env.STANDAR_LANG;
  return fromEnv && isLang(fromEnv) ? fromEnv : 'id';
}

/**
 * The subcommand named in argv, if any: the first word that is neither an option nor the value of
 * a global option. Top-level help and unknown commands need every command loaded.
 */
function commandName(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

function wantsColor(io: CliIO, argv: readonly string[]): boolean {
  if (argv.includes('--no-color') || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')) return false;
  if (io.env.FORCE_COLOR && !['0', 'false'].includes(io.env.FORCE_COLOR)) return true;
  return io.isTTY;
}

export interface MainOptions extends Partial<CliIO> {
  argv: string[];
}

const quieted = new WeakSet<NodeJS.WriteStream>();

/**
 * A reader that stops early (`standar audit -f json | head`) closes the pipe: what is left to
 * print has no one to read it, which is no failure of the run, so it ends as it would have.
 */
function ignoreClosedReader(stream: NodeJS.WriteStream): void {
  if (quieted.has(stream)) return;
  quieted.add(stream);
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
  });
}

/** The whole CLI as a function: arguments in, exit code out. The bin file only calls this. */
export async function main(options: MainOptions): Promise<number> {
  limitInlining();
  if (!options.stdout) ignoreClosedReader(process.stdout);
  if (!options.stderr) ignoreClosedReader(process.stderr);
  const io: CliIO = {
    stdout: options.stdout ?? process.stdout,
    stderr: options.stderr ?? process.stderr,
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? process.env,
    isTTY: options.isTTY ?? Boolean(process.stdout.isTTY),
    stdin: options.stdin ?? process.stdin,
  };
  const lang = pickLang(options.argv, io.env);
  const t = (text: Text) => text[lang];
  let exitCode: number = EXIT.ok;
  const ctx: CliContext = { io, lang, color: wantsColor(io, options.argv), t, setExitCode: (code) => (exitCode = code) };

  const program = new Command('standar')
    .description(t({ id: 'Standar pelayanan dan maklumat pelayanan (UU 25/2009) sebagai berkas YAML: periksa, terbitkan, cetak.', en: 'Service standards and service pledges (UU 25/2009) as YAML files: check, publish, print.' }))
    .version(PACKAGE_VERSION, '-V, --version', t({ id: 'tampilkan versi', en: 'show the version' }))
    .helpOption('-h, --help', t({ id: 'tampilkan bantuan', en: 'show help' }))
    .helpCommand(false)
    .addOption(new Option('--lang <kode>', t({ id: 'bahasa pesan: id atau en', en: 'message language: id or en' })).choices(['id', 'en']).default(lang))
    .option('--no-color', t({ id: 'tanpa warna', en: 'no colours' }))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`${translateUsageError(s, lang)}\n${t({ id: 'Lihat "standar --help".', en: 'See "standar --help".' })}\n`),
    });
  const requested = commandName(options.argv);
  const needed = requested && Object.hasOwn(COMMANDS, requested) ? [COMMANDS[requested]!] : Object.values(COMMANDS);
  for (const register of await Promise.all(needed.map((load) => load()))) register(program, ctx);
  for (const sub of program.commands) sub.exitOverride().configureOutput(program.configureOutput()).helpOption('-h, --help', t({ id: 'tampilkan bantuan', en: 'show help' }));

  try {
    await program.parseAsync(options.argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here too, successfully.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    io.stderr.write(t({ id: `Terjadi kesalahan internal: ${(err as Error).message}\nMohon laporkan dengan perintah yang dijalankan.\n`, en: `Internal error: ${(err as Error).message}\nPlease report it with the command you ran.\n` }));
    return EXIT.usage;
  }
  return exitCode;
}
