import type { JamPelayanan } from '../../../types/schema.js';
import type { Item } from '../items.js';
import type { Recorder } from '../record.js';

/** What a component parser may hand to the service around it. */
export interface ParseContext {
  /** The component's label as the document wrote it, numbering removed. */
  label: string;
  /** Opening hours found in the component (they belong to the service's jam_pelayanan). */
  hours: JamPelayanan[];
  /**
   * Text the parser could not turn into a valid value of its component: kept in the service's
   * sumber.catatan under the component's label, so validate still reports the component missing.
   */
  unplaced(text: string): void;
}

/** Reads a component's items into its schema form; undefined when nothing valid could be made. */
export type ComponentParser = (items: readonly Item[], rec: Recorder, ctx: ParseContext) => unknown;
