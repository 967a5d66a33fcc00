import { komponenLengkap } from './komponen-lengkap.js';
import type { Rule } from './types.js';

/** Every rule, by id. */
export const RULES: Record<string, Rule> = Object.fromEntries([komponenLengkap].map((r) => [r.id, r]));
