import { realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileProblemMessage, fileProblemRule } from '../../src/files/messages.js';
import { isInside, readFound, readInside, resolveInside } from '../../src/files/read.js';
import { localize } from '../../src/i18n/index.js';
import { tempTree } from '../helpers.js';
import { makeFifo } from './bounded.js';

const LIMIT = { limit: 1024 };

/** A unit folder beside a file outside it, the way an attacker's pull request would lay them out. */
async function layout() {
  const root = await tempTree({ 'unit/logo.png': 'isi logo', 'unit/sub/dalam.txt': 'dalam', 'rahasia.txt': 'rahasia' });
  const unit = join(root, 'unit');
  return { root, unit };
}

describe('readInside: a path someone wrote, read only from inside its root', () => {
  it('reads a file inside, also through a symlink that stays inside, and answers its real path', async () => {
    const { unit } = await layout();
    symlinkSync('sub/dalam.txt', join(unit, 'tautan.txt'));
    const direct = readInside(unit, 'logo.png', LIMIT);
    expect(direct.ok && direct.bytes.toString()).toBe('isi logo');
    const linked = readInside(unit, 'tautan.txt', LIMIT);
    expect(linked).toMatchObject({ ok: true, path: realpathSync(join(unit, 'sub/dalam.txt')) });
  });

  it('refuses a path that climbs out, an absolute path and a symlink to /etc/passwd, without reading them', async () => {
    const { unit } = await layout();
    symlinkSync('/etc/passwd', join(unit, 'logo.svg'));
    symlinkSync('../rahasia.txt', join(unit, 'naik.txt'));
    for (const written of ['../rahasia.txt', 'sub/../../rahasia.txt', '/etc/passwd', 'logo.svg', 'naik.txt']) {
      const read = readInside(unit, written, LIMIT);
      expect(read, written).toMatchObject({ ok: false, reason: 'outside' });
      expect('bytes' in read, written).toBe(false);
    }
  });

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const { unit } = await layout();
    makeFifo(join(unit, 'pipa.png'));
    const started = Date.now();
    expect(readInside(unit, 'pipa.png', LIMIT)).toEqual({ ok: false, reason: 'not-regular', kind: 'fifo' });
    expect(Date.now() - started).toBeLessThan(1000);
  }, 5000);

  it('refuses a folder, says what is missing, and never reads past the limit', async () => {
    const { unit } = await layout();
    writeFileSync(join(unit, 'besar.png'), Buffer.alloc(4096));
    expect(readInside(unit, 'sub', LIMIT)).toEqual({ ok: false, reason: 'not-regular', kind: 'directory' });
    expect(readInside(unit, 'tidak-ada.png', LIMIT)).toEqual({ ok: false, reason: 'missing' });
    expect(readInside(unit, 'besar.png', LIMIT)).toEqual({ ok: false, reason: 'too-large', size: 4096, limit: 1024 });
  });

  it('resolves a folder inside its root too (a template folder named by a configuration)', async () => {
    const { root, unit } = await layout();
    expect(resolveInside(root, 'unit/sub')).toEqual({ ok: true, path: realpathSync(join(unit, 'sub')) });
    expect(resolveInside(unit, '..')).toMatchObject({ ok: false, reason: 'outside' });
  });
});

describe('readFound: a file the tool found itself', () => {
  it('refuses a symlink to /dev/zero and a FIFO before opening them', async () => {
    const { unit } = await layout();
    symlinkSync('/dev/zero', join(unit, 'nol.yaml'));
    makeFifo(join(unit, 'pipa.yaml'));
    expect(readFound(join(unit, 'nol.yaml'), LIMIT)).toEqual({ ok: false, reason: 'not-regular', kind: 'device' });
    expect(readFound(join(unit, 'pipa.yaml'), LIMIT)).toEqual({ ok: false, reason: 'not-regular', kind: 'fifo' });
  }, 5000);

  it('follows a symlink to an ordinary file', async () => {
    const { root, unit } = await layout();
    symlinkSync(join(root, 'rahasia.txt'), join(unit, 'tautan.txt'));
    const read = readFound(join(unit, 'tautan.txt'), LIMIT);
    expect(read.ok && read.bytes.toString()).toBe('rahasia');
  });
});

describe('isInside', () => {
  it('compares whole path segments', () => {
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b/c')).toBe(true);
    expect(isInside('/a/b', '/a/bc')).toBe(false);
    expect(isInside('/a/b', '/a')).toBe(false);
    expect(isInside('/a/b', '/a/b/..foo')).toBe(true);
  });
});

describe('the messages for a file that was not read', () => {
  it('say what stands there, in both languages, with the rule the CLI answers', () => {
    const fifo = { reason: 'not-regular', kind: 'fifo' } as const;
    const id = fileProblemMessage(fifo, { path: 'layanan/a.yaml' }, 'id');
    expect(localize(id.def, 'id', id.params).message).toBe('"layanan/a.yaml" bukan berkas biasa, melainkan pipa bernama (FIFO), jadi tidak dibaca.');
    const en = fileProblemMessage({ reason: 'outside', target: '/etc/passwd' }, { path: 'logo.svg', root: 'unit' }, 'en');
    expect(localize(en.def, 'en', en.params)).toEqual({
      message: '"logo.svg" leads outside the folder unit (through "../", an absolute path or a symbolic link), so it is not read.',
      hint: 'Keep the file inside the folder unit, as a copy rather than a link to elsewhere.',
    });
    expect(fileProblemRule(fifo)).toBe('berkas');
    expect(fileProblemRule({ reason: 'missing' })).toBe('io');
  });
});
