import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../cli/io.js';

export interface WriteNewResult {
  created: string[];
  /** Files left alone because they exist already. */
  skipped: string[];
}

/**
 * Write the files of a path → content map below `root`, never replacing one that exists: staff
 * run init again in a folder they have already filled, and their work must survive it.
 */
export async function writeNewFiles(root: string, files: ReadonlyMap<string, string>): Promise<WriteNewResult> {
  const result: WriteNewResult = { created: [], skipped: [] };
  for (const [path, content] of files) {
    const target = join(root, path);
    if (await stat(target).then(() => true, () => false)) {
      result.skipped.push(path);
      continue;
    }
    await writeFileAtomic(target, content);
    result.created.push(path);
  }
  return result;
}
