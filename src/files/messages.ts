import type { Lang, MessageDef, Params, Text } from '../i18n/index.js';
import type { ReadProblem, SpecialKind } from './read.js';

/** "812 B", "1.5 KiB", "2 MiB". */
export function formatSize(bytes: number): string {
  const short = (n: number) => String(Number(n.toFixed(1)));
  if (bytes < 1024) return `${bytes} B`;
  return bytes < 1024 * 1024 ? `${short(bytes / 1024)} KiB` : `${short(bytes / 1024 / 1024)} MiB`;
}

const KIND_NAMES: Record<SpecialKind, Text> = {
  directory: { id: 'sebuah folder', en: 'a folder' },
  fifo: { id: 'pipa bernama (FIFO)', en: 'a named pipe (FIFO)' },
  socket: { id: 'soket', en: 'a socket' },
  device: { id: 'berkas perangkat (seperti /dev/zero)', en: 'a device (such as /dev/zero)' },
  other: { id: 'jenis berkas yang tidak dikenal', en: 'an unknown kind of file' },
};

/** Why a file was not read, said the same way by every reader; `{path}` and `{root}` come from the caller. */
export const FILE_PROBLEM_MESSAGES: Record<ReadProblem['reason'], MessageDef> = {
  missing: {
    message: { id: '"{path}" tidak ada.', en: '"{path}" does not exist.' },
    hint: { id: 'Periksa ejaan nama berkas dan foldernya.', en: 'Check the spelling of the file and folder names.' },
  },
  outside: {
    message: {
      id: '"{path}" mengarah ke luar folder {root} (lewat "../", jalur mutlak atau tautan simbolik), jadi tidak dibaca.',
      en: '"{path}" leads outside the folder {root} (through "../", an absolute path or a symbolic link), so it is not read.',
    },
    hint: {
      id: 'Simpan berkasnya di dalam folder {root} sebagai salinan, bukan tautan ke tempat lain.',
      en: 'Keep the file inside the folder {root}, as a copy rather than a link to elsewhere.',
    },
  },
  'not-regular': {
    message: { id: '"{path}" bukan berkas biasa, melainkan {kind}, jadi tidak dibaca.', en: '"{path}" is not an ordinary file but {kind}, so it is not read.' },
    hint: { id: 'Ganti dengan berkas biasa yang berisi teks atau gambar yang dimaksud.', en: 'Replace it with an ordinary file holding the intended text or image.' },
  },
  'too-large': {
    message: { id: '"{path}" berukuran {size}, lebih dari batas {limit}.', en: '"{path}" is {size}, over the limit of {limit}.' },
    hint: { id: 'Perkecil berkasnya.', en: 'Make the file smaller.' },
  },
  unreadable: {
    message: { id: '"{path}" tidak dapat dibaca ({code}).', en: '"{path}" cannot be read ({code}).' },
    hint: { id: 'Periksa izin berkas dan foldernya.', en: 'Check the permissions of the file and its folder.' },
  },
};

/** The message for a problem and the parameters it needs; `path` and `root` as the user should see them. */
export function fileProblemMessage(problem: ReadProblem, subject: { path: string; root?: string }, lang: Lang): { def: MessageDef; params: Params } {
  const params: Params = { path: subject.path, root: subject.root ?? '.' };
  if (problem.reason === 'not-regular') params.kind = KIND_NAMES[problem.kind][lang];
  if (problem.reason === 'too-large') Object.assign(params, { size: formatSize(problem.size), limit: formatSize(problem.limit) });
  if (problem.reason === 'unreadable') params.code = problem.code;
  return { def: FILE_PROBLEM_MESSAGES[problem.reason], params };
}

/**
 * The rule id of a file that could not be read: `io` (exit code 2) when it is missing or the
 * system refused it, `berkas` (a problem with the file itself) otherwise.
 */
export function fileProblemRule(problem: ReadProblem): 'io' | 'berkas' {
  return problem.reason === 'missing' || problem.reason === 'unreadable' ? 'io' : 'berkas';
}
