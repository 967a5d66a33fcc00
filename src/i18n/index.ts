export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

/** A text in every language the product speaks. */
export type Text = Record<Lang, string>;
export type Params = Record<string, string | number>;

/** A message with its fix; `{name}` placeholders are filled from params. */
export interface MessageDef {
  message: Text;
  hint?: Text;
}

export interface LocalizedMessage {
  message: string;
  hint?: string;
}

export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

export function localize(def: MessageDef, lang: Lang, params: Params = {}): LocalizedMessage {
  const out: LocalizedMessage = { message: fill(def.message[lang], params) };
  if (def.hint) out.hint = fill(def.hint[lang], params);
  return out;
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

function joinList(items: readonly string[], last: string): string {
  if (items.length <= 1) return items.join('');
  return items.slice(0, -1).join(', ') + last + items[items.length - 1];
}

/** "a, b atau c" / "a, b or c". */
export const listOr = (items: readonly string[], lang: Lang): string => joinList(items, lang === 'id' ? ' atau ' : ' or ');

/** "a, b dan c" / "a, b and c". */
export const listAnd = (items: readonly string[], lang: Lang): string => joinList(items, lang === 'id' ? ' dan ' : ' and ');
