import type { Lang } from '../i18n/index.js';
import { deprecatedForms } from '../load/upgrade.js';
import type { ServiceRule } from './types.js';

/** The message parameters for each deprecated form in a document's data. */
const oldForms = (data: unknown, lang: Lang) =>
  deprecatedForms(data).map(({ pointer, deprecation: d }) => ({ pointer, params: { lama: d.old, baru: d.replacement, alasan: d.why[lang] } }));

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
    for (const { pointer, params } of oldForms(service.source.data, ctx.lang)) report({ pointer, message: 'old', params });
  },
  checkUnit({ provider }, ctx, report) {
    if (!provider) return;
    for (const { pointer, params } of oldForms(provider.data, ctx.lang)) report({ file: provider.source.path, pointer, message: 'old', params });
  },
};
