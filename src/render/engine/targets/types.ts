import type { Text } from '../../../i18n/index.js';
import type { Media } from '../../types.js';

/** Turns finished HTML pages into files of one format; `close` frees what `open` took (a browser). */
export interface Converter {
  convert(html: string): Promise<string | Uint8Array>;
  close(): Promise<void>;
}

/**
 * An output format of `standar render --to <name>` (and of the documents `standar build` adds to
 * a site). Opened once per command, so a format that needs a browser starts one for all pages.
 */
export interface OutputTarget {
  extension: string;
  /** Which stylesheet and fonts the HTML is rendered with. */
  media: Media;
  description: Text;
  open(): Promise<Converter>;
}
