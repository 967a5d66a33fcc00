import { expect } from 'vitest';
import type { Block, TableCell } from '../../../src/import/blocks.js';

/** Every text of the blocks in reading order, one string per paragraph, heading, list item (marker kept) and cell. */
export function texts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        return [block.text];
      case 'list':
        return block.items.flatMap((item) => [[item.marker, item.text].filter(Boolean).join(' '), ...texts(item.children)]);
      case 'table':
        return block.rows.flatMap((row) => row.flatMap((cell) => cellTexts(cell)));
    }
  });
}

const cellTexts = (cell: TableCell) => (cell.blocks.length > 0 ? texts(cell.blocks) : [cell.text]);

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Each expected text is found in the blocks, after the one before it: nothing lost, nothing reordered. */
export function expectInOrder(blocks: readonly Block[], expected: readonly string[]) {
  const all = squash(texts(blocks).join(' '));
  let from = 0;
  const missing: string[] = [];
  for (const text of expected) {
    const at = all.indexOf(squash(text), from);
    if (at < 0) missing.push(text);
    else from = at + squash(text).length;
  }
  expect(missing, `not found in order in:\n${all}`).toEqual([]);
}

/** The table blocks' cells as text, row by row. */
export const tableText = (block: Block | undefined) => {
  if (block?.kind !== 'table') throw new Error(`expected a table, got ${block?.kind}`);
  return block.rows.map((row) => row.map((cell) => cell.text));
};

export function only<K extends Block['kind']>(blocks: readonly Block[], kind: K): Extract<Block, { kind: K }>[] {
  return blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
}
