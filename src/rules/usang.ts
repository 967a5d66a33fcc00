import { joinPointer } from '../load/pointer.js';
import { deprecationOf } from '../model/deprecations.js';
import { isRecord } from './lib/data.js';
import type { ServiceRule } from './types.js';

/** Every deprecated form below `value`, with its pointer. */
function findOld(value: unknown, pointer: string, found: (pointer: string, old: string, replacement: string, why: { id: string; en: string }) => void): void {
  if (Array.isArray(value)) value.forEach((v, i) => findOld(v, joinPointer(pointer, i), found));
  else if (isRecord(value)) {
    for (const [key, v] of Object.entries(value)) {
      const d = deprecationOf(key, v);
      if (d) found(joinPointer(pointer, key), d.old, d.replacement, d.why);
      else findOld(v, joinPointer(pointer, key), found);
    }
  }
}

/** Files written for 0.1.0 keep working; a form with a newer way of saying it is pointed out. */
export const usang: ServiceRule = {
  id: 'usang',
  scope: 'service',
  severity: 'warning',
  description: {
    id: 'Bentuk penulisan lama yang masih dibaca tetapi sudah punya bentuk baru diingatkan; "standar fmt" menuliskan bentuk barunya tanpa mengubah arti.',
    en: 'Old forms that are still read but have a newer form are pointed out; "standar fmt" writes the new form without changing the meaning.',
  },
  messages: {
    old: {
      message: { id: '"{lama}" sudah usang: {alasan}.', en: '"{lama}" is deprecated: {alasan}.' },
      hint: { id: 'Tulis "{baru}" (artinya sama); "standar fmt" dapat menuliskannya.', en: 'Write "{baru}" (same meaning); "standar fmt" can write it for you.' },
    },
  },
  check(service, ctx, report) {
    findOld(service.source.data, '', (pointer, lama, baru, why) => report({ pointer, message: 'old', params: { lama, baru, alasan: why[ctx.lang] } }));
  },
  checkUnit({ provider }, ctx, report) {
    if (provider) findOld(provider.data, '', (pointer, lama, baru, why) => report({ file: provider.source.path, pointer, message: 'old', params: { lama, baru, alasan: why[ctx.lang] } }));
  },
};
