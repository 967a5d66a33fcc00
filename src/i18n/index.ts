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

/** "a, b atau c" / "a, b or c". */
export function listOr(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const or = lang === 'id' ? ' atau ' : ' or ';
  return items.slice(0, -1).join(', ') + or + items[items.length - 1];
}
