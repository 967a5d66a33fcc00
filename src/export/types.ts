import type { Diagnostic } from '../diagnostics.js';
import type { Lang, Text } from '../i18n/index.js';
import type { ProviderDoc, ServiceDoc } from '../load/unit.js';
import type { RenderUnit } from '../render/types.js';

/**
 * One unit as every target reads it. `services[i]` is the document as loaded (its source, to
 * locate what a target finds, and `inherited`, to say where a default came from); `unit.services[i]`
 * is the same service as the pages show it (strings cleaned, the provider's defaults applied), with
 * `unit.verdict` saying whether its pages carry the draft mark. Services and a maklumat that hold a
 * placeholder or break the schema never reach a target: the run has refused them already.
 */
export interface ExportUnit {
  /** The unit's folder, absolute. */
  dir: string;
  /** The provider's `kode` in lower case, else the folder's name: the stem of a unit's files. */
  name: string;
  provider?: ProviderDoc;
  services: ServiceDoc[];
  unit: RenderUnit;
  /** The provider's maklumat may be exported (it exists, has no placeholder, matches the schema). */
  maklumat: boolean;
}

export interface ExportOptions {
  lang: Lang;
  /** One of the target's `formats` (`--format`); the first when not asked. */
  format: string;
  /** `--satu-berkas`: one file per unit, not per service, where the target makes files per service. */
  oneFile: boolean;
  /** A file the user gave the target (`--pemetaan`: the SIPP column mapping), absolute. */
  mapping?: string;
  cwd: string;
  /** Worker threads for a target that shares its work (docx): 0 keeps it on the main thread; by default as many as the cores allow once the files are many. */
  workers?: number;
}

/** A file a target made, by its path under the output folder ('/'-separated). */
export interface ExportFile {
  path: string;
  content: string | Uint8Array;
  /** True when the file holds a document whose pages carry the draft mark. */
  draft: boolean;
}

export interface ExportResult {
  files: ExportFile[];
  /** What the target found on the way (a mapping file that cannot be used, a SHACL violation), located in the YAML or the file. */
  diagnostics: Diagnostic[];
}

/**
 * An export target: the same data in another format. It never writes, prints or throws on bad
 * input: it returns the files and what it found; the run writes them atomically.
 */
export interface ExportTarget {
  export(units: readonly ExportUnit[], options: ExportOptions): Promise<ExportResult>;
}

/** What is known of a target before it is loaded: enough for `--help` and for checking flags. */
export interface ExportTargetInfo {
  description: Text;
  /** Formats of `--format`, the default first. */
  formats: readonly string[];
  /** Whether `--satu-berkas` means anything to it. */
  perService: boolean;
  /** Whether it reads `--pemetaan`. */
  mapping: boolean;
  load(): Promise<ExportTarget>;
}
