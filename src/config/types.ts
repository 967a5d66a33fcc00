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
  /** Absolute path of the baseline file named by `baseline:`. */
  baseline?: string;
  /** `pdf:` settings, the Chromium path made absolute. */
  pdf?: PdfSettings;
}

export interface PdfSettings {
  chromium?: string;
  /** Seconds allowed to print one document. */
  batasWaktu?: number;
}

/** The configurations of one run: one for every file (--config), or the nearest one above each file. */
export interface ConfigSet {
  fixed?: ResolvedConfig;
  /** By the folder of each configuration file found. */
  byDir: Record<string, ResolvedConfig>;
}
