import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { SpillFile } from '../../src/files/spill.js';

const PREFIX = 'standar-uji-spill-';
const mine = () => readdirSync(tmpdir()).filter((f) => f.startsWith(`${PREFIX}${process.pid}-`));
const tmp = process.env.TMPDIR;

afterEach(() => {
  if (tmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = tmp;
});

describe('SpillFile: values kept on disk until they are read back', () => {
  it('reads each value back as it was put away, a new copy each time, from a file that has no name to leave behind', () => {
    const spill = new SpillFile(PREFIX);
    const values = [{ kode: 'KTP-EL', nama: 'Perekaman KTP-el — “baru”', nip: '198001012006041001' }, [1, 2.5, null, 'ä'], 'teks saja'];
    const ids = values.map((v) => spill.put(v));
    expect(ids.map((id) => spill.get(id))).toEqual(values);
    expect(spill.get(ids[0]!)).not.toBe(spill.get(ids[0]!));
    // Already nameless while in use: a run killed now leaves nothing in the temporary folder.
    if (process.platform !== 'win32') expect(mine()).toEqual([]);
    spill.close();
    expect(mine()).toEqual([]);
    expect(() => spill.get(ids[1]!)).toThrow(/closed/);
    spill.close();
  });

  it('keeps values in memory where no temporary file can be made', () => {
    // A temporary folder that is a file: nothing can be created in it.
    process.env.TMPDIR = import.meta.filename;
    const spill = new SpillFile(PREFIX);
    const value = { layanan: ['a', 'b'] };
    const id = spill.put(value);
    expect(spill.get(id)).toEqual(value);
    spill.close();
    expect(spill.get(id)).toEqual(value);
  });
});
