import type { Position } from '../diagnostics.js';
import type { LocalRegulations } from '../registry/types.js';
import type { RuleSettings } from '../rules/types.js';

/** One `overrides` entry, with the folder its globs are relative to. */
export interface ConfigOverride {
  base: string;
  files: string[];
  rules: RuleSettings;
}

/**
 * A standar.config.yaml with its `extends` chain applied. Plain data: it crosses into worker
 * threads inside the check options.
 */
export interface ResolvedConfig {
  /** The file (absolute), or undefined for the built-in defaults. */
  path?: string;
  /** Folder of the file: the files it governs are below it. */
  dir: string;
  rules: RuleSettings;
  overrides: ConfigOverride[];
  /** `abaikan:` entries (.standarignore lines), with the folder of the file that wrote them; those of `extends` bases first. */
  ignores: { base: string; patterns: string[] }[];
  /** Absolute path of the baseline file named by `baseline:`. */
  baseline?: string;
  /** `pdf:` settings. */
  pdf?: PdfSettings;
  /** The regulations of peraturan.yaml next to this file and next to its `extends` bases: added to the registry for the files it governs. */
  peraturan?: LocalRegulations[];
}

/**
 * `pdf.chromium` as a configuration file wrote it. A file of the repository could name itself
 * here, so the path is only run once `checkChromiumSetting` has vetted it, and a refusal points
 * at the value.
 */
export interface ChromiumSetting {
  written: string;
  /** Absolute: resolved against the folder of the configuration file. */
  path: string;
  /** The configuration file that wrote it (absolute; a base reached through `extends` keeps its own). */
  config: string;
  /** That file as messages name it. */
  file: string;
  position: Position;
}

export interface PdfSettings {
  chromium?: ChromiumSetting;
  /** Seconds allowed to print one document. */
  batasWaktu?: number;
}

/** The configurations of one run: one for every file (--config), or the nearest one above each file. */
export interface ConfigSet {
  fixed?: ResolvedConfig;
  /** By the folder of each configuration file found. */
  byDir: Record<string, ResolvedConfig>;
}
