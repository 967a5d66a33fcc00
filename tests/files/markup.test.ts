import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeMarkup, xmlCharacters } from '../../src/files/markup.js';

describe('markup written by hand', () => {
  it('keeps text and attribute values text, whatever a file says', () => {
    const said = 'Tarif <script>alert(1)</script> & "gratis"';
    const xml = `<a title="${escapeMarkup(said)}">${escapeMarkup(said)}</a>`;
    expect(xml).not.toContain('<script>');
    const read = new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(xml) as { a: { '#text': string; '@_title': string } };
    expect(read.a['#text']).toBe(said);
    expect(read.a['@_title']).toBe(said);
    expect(escapeMarkup("Let's Encrypt")).toBe("Let's Encrypt");
  });

  it('keeps the line breaks and tabs of an attribute value through a parser', () => {
    expect(escapeAttribute('baris 1\nbaris\t2\r')).toBe('baris 1&#10;baris&#9;2&#13;');
  });

  it('leaves out what XML cannot hold, so a report with it still parses', () => {
    const body = escapeMarkup(xmlCharacters('Nama\u0000 berkas\u001b rusak\ufffe'));
    expect(body).toBe('Nama berkas rusak');
    expect(XMLValidator.validate(`<r>${body}</r>`)).toBe(true);
  });
});
