/** What a finished page from the HTML renderer is made of, for printing it in another frame. */
export interface PageParts {
  lang: string;
  /** The <title> as written in the page (already escaped). */
  title: string;
  /** The contents of each <style> element, in order. */
  styles: string[];
  /** The page's content: the inside of <main>, else of <body>. */
  body: string;
}

const first = (re: RegExp, html: string) => re.exec(html)?.[1];

/**
 * Take a page apart into its language, title, stylesheets and content, so a poster or a booklet
 * can reuse exactly what the renderer (and any custom template) produced, inside its own frame.
 */
export function pageParts(html: string): PageParts {
  return {
    lang: first(/<html\b[^>]*\blang="([^"]*)"/i, html) ?? 'id',
    title: first(/<title>([\s\S]*?)<\/title>/i, html) ?? '',
    styles: [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!),
    body: first(/<main\b[^>]*>([\s\S]*)<\/main>/i, html) ?? first(/<body\b[^>]*>([\s\S]*)<\/body>/i, html) ?? html,
  };
}
