import type { Lang } from '../i18n/index.js';
import type { ConfigSet } from '../config/types.js';
import type { RuleSettings } from '../rules/types.js';

/** Everything a check needs; plain data so it can cross into worker threads. */
export interface CheckOptions {
  lang: Lang;
  /** Folder that relative inputs and displayed paths are relative to. */
  cwd: string;
  maxFileSize?: number;
  /** ISO date-time used as "today" by date rules. */
  now?: string;
  /** The standar.config.yaml files that govern the checked files. */
  configs?: ConfigSet;
  /** Standard input ("-"): read already, checked under the path it stands for. */
  stdin?: { path: string; bytes: Uint8Array };
  /** Applied after the configuration, for library callers and tests. */
  rules?: RuleSettings;
  /** A registry folder (`nasional/*.yaml`, `istilah-usang.yaml`) used instead of the one shipped: tests, or data pinned by a caller. */
  registry?: string;
}
