import { XMLParser } from 'fast-xml-parser';
import { readZip } from '../../src/files/zip.js';

/**
 * A Word file as a reviewer reads it in a diff: each paragraph on a line with its style, its list
 * (numbering instance and level) and its alignment, its text with the formatting marked
 * (**bold**, _italic_, ^caps^, __underlined__, ~grey~), tables with their column widths and
 * rows, pictures, fields, and each section's page, header and footer.
 */

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, processEntities: true });

const tagOf = (n: XmlNode) => Object.keys(n).find((k) => k !== ':@')!;
const kids = (n: XmlNode) => (n[tagOf(n)] as XmlNode[] | undefined) ?? [];
const attr = (n: XmlNode | undefined, name: string) => n?.[':@']?.[name];
const child = (n: XmlNode | undefined, tag: string) => (n ? kids(n).find((c) => tagOf(c) === tag) : undefined);
const all = (n: XmlNode, tag: string) => kids(n).filter((c) => tagOf(c) === tag);

function runText(r: XmlNode, fields: { open: boolean }): string {
  let text = '';
  for (const c of kids(r)) {
    const tag = tagOf(c);
    if (tag === 'w:t') text += kids(c).map((t) => String(t['#text'] ?? '')).join('');
    else if (tag === 'w:tab') text += '⇥';
    else if (tag === 'w:br') text += '⏎';
    else if (tag === 'w:instrText') text += `{${kids(c).map((t) => String(t['#text'] ?? '')).join('').trim()}}`;
    else if (tag === 'w:fldChar') fields.open = attr(c, 'w:fldCharType') === 'begin' || (attr(c, 'w:fldCharType') === 'separate' ? false : fields.open);
    else if (tag === 'w:drawing') {
      const docPr = JSON.stringify(c).match(/"wp:docPr":\[\],":@":\{([^}]*)\}/)?.[1] ?? '';
      const extent = JSON.stringify(c).match(/"wp:extent":\[\],":@":\{"cx":"(\d+)","cy":"(\d+)"/);
      const svg = JSON.stringify(c).includes('asvg:svgBlip') ? ' svg' : '';
      text += `[gambar${svg} ${docPr.replace(/"/g, '')}${extent ? ` ${Math.round(Number(extent[1]) / 9525)}×${Math.round(Number(extent[2]) / 9525)}px` : ''}]`;
    }
  }
  const props = child(r, 'w:rPr');
  const has = (tag: string) => child(props, tag) !== undefined;
  if (!text) return '';
  if (has('w:caps')) text = `^${text}^`;
  if (has('w:u')) text = `__${text}__`;
  if (has('w:i')) text = `_${text}_`;
  if (has('w:b')) text = `**${text}**`;
  if (attr(child(props, 'w:color'), 'w:val') === '595959') text = `~${text}~`;
  return text;
}

function paragraph(p: XmlNode): string {
  const props = child(p, 'w:pPr');
  const marks = [attr(child(props, 'w:pStyle'), 'w:val') ?? 'Normal'];
  const num = child(props, 'w:numPr');
  if (num) marks.push(`#${attr(child(num, 'w:numId'), 'w:val')}.${attr(child(num, 'w:ilvl'), 'w:val')}`);
  const jc = attr(child(props, 'w:jc'), 'w:val');
  if (jc) marks.push(jc);
  const fields = { open: false };
  const text = kids(p)
    .filter((c) => tagOf(c) === 'w:r')
    .map((r) => runText(r, fields))
    .join('');
  return `¶ ${marks.join(' ')}${text ? `: ${text}` : ''}`;
}

function table(t: XmlNode, indent: string): string[] {
  const widths = all(child(t, 'w:tblGrid')!, 'w:gridCol').map((g) => attr(g, 'w:w'));
  const ruled = attr(child(child(child(t, 'w:tblPr'), 'w:tblBorders'), 'w:top'), 'w:val') !== 'none';
  const lines = [`${indent}▦ tabel ${ruled ? 'bergaris' : 'tanpa garis'} [${widths.join(', ')}]`];
  for (const tr of all(t, 'w:tr')) {
    const header = child(child(tr, 'w:trPr'), 'w:tblHeader') !== undefined;
    lines.push(`${indent}  ─ baris${header ? ' (judul, diulang)' : ''}`);
    for (const tc of all(tr, 'w:tc')) {
      const span = attr(child(child(tc, 'w:tcPr'), 'w:gridSpan'), 'w:val');
      lines.push(`${indent}    │ sel${span ? ` ×${span}` : ''}`);
      lines.push(...blocks(tc, `${indent}      `));
    }
  }
  return lines;
}

function blocks(parent: XmlNode, indent: string): string[] {
  return kids(parent).flatMap((c) => {
    const tag = tagOf(c);
    if (tag === 'w:p') return [`${indent}${paragraph(c)}`];
    if (tag === 'w:tbl') return table(c, indent);
    return [];
  });
}

function section(s: XmlNode, parts: Map<string, string>, rels: Map<string, string>): string[] {
  const size = child(s, 'w:pgSz');
  const margin = child(s, 'w:pgMar');
  const lines = [`§ halaman ${attr(size, 'w:w')}×${attr(size, 'w:h')}, tepi atas ${attr(margin, 'w:top')} bawah ${attr(margin, 'w:bottom')} kiri ${attr(margin, 'w:left')} kanan ${attr(margin, 'w:right')}, nomor mulai ${attr(child(s, 'w:pgNumType'), 'w:start')}`];
  for (const [tag, label] of [
    ['w:headerReference', 'kepala'],
    ['w:footerReference', 'kaki'],
  ] as const) {
    for (const ref of all(s, tag)) {
      const xml = parts.get(`word/${rels.get(attr(ref, 'r:id')!)}`)!;
      const root = (parser.parse(xml) as XmlNode[]).find((n) => tagOf(n) !== '?xml')!;
      lines.push(`  ${label}:`, ...blocks(root, '    '));
    }
  }
  return lines;
}

export function dumpDocx(bytes: Uint8Array): string {
  const parts = new Map([...readZip(bytes)].map(([name, entry]) => [name, entry.read().toString('utf8')]));
  const rels = new Map([...parts.get('word/_rels/document.xml.rels')!.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="([^"]+)"/g)].map((m) => [m[1] ?? m[4]!, m[2] ?? m[3]!]));
  const doc = (parser.parse(parts.get('word/document.xml')!) as XmlNode[]).find((n) => tagOf(n) === 'w:document')!;
  const body = child(doc, 'w:body')!;
  const lines: string[] = [];
  for (const c of kids(body)) {
    const tag = tagOf(c);
    if (tag === 'w:p') {
      lines.push(paragraph(c));
      const inner = child(child(c, 'w:pPr'), 'w:sectPr');
      if (inner) lines.push(...section(inner, parts, rels));
    } else if (tag === 'w:tbl') lines.push(...table(c, ''));
    else if (tag === 'w:sectPr') lines.push(...section(c, parts, rels));
  }
  return `${lines.join('\n')}\n`;
}
