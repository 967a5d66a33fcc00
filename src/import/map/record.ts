import type { Text } from '../../i18n/index.js';

export type Path = (string | number)[];

/**
 * What a parser did with a component, beside its value: the values it is unsure of (each gets a
 * `# periksa: …` comment), the document's own wording of values it rewrote (`# asal: …`, so
 * nothing the document said is lost), and counts for the report.
 */
export class Recorder {
  readonly checks: { path: Path; text: Text }[] = [];
  readonly origins: { path: Path; source: string }[] = [];
  placed = 0;
  kept = 0;

  constructor(private readonly base: Path = []) {}

  at(...path: Path): Recorder {
    const child = new Recorder([...this.base, ...path]);
    child.parent = this;
    return child;
  }

  private parent?: Recorder;
  /** The recorder of the whole document, for values a component hands to the service (opening hours). */
  root(): Recorder {
    return this.parent ? this.parent.root() : this;
  }

  check(path: Path, text: Text): void {
    this.root().checks.push({ path: [...this.base, ...path], text });
  }

  origin(path: Path, source: string): void {
    this.root().origins.push({ path: [...this.base, ...path], source });
  }

  /** Entries recorded below `from` now stand below `to` (a value written in a shorter form). */
  move(from: Path, to: Path): void {
    const prefix = [...this.base, ...from];
    const starts = (p: Path) => prefix.every((seg, i) => p[i] === seg);
    for (const e of [...this.root().checks, ...this.root().origins]) {
      if (starts(e.path)) e.path = [...this.base, ...to, ...e.path.slice(prefix.length)];
    }
  }

  place(n = 1): void {
    this.root().placed += n;
  }

  keep(n = 1): void {
    this.root().kept += n;
  }
}

/**
 * A schema type as the importer builds it: the schema's non-empty lists ([T, ...T[]]) as plain
 * arrays, since a parser only adds what it found. Every list it writes has at least one element.
 */
export type Draft<T> = T extends readonly [infer U, ...unknown[]] ? Draft<U>[] : T extends (infer U)[] ? Draft<U>[] : T extends object ? { [K in keyof T]: Draft<T[K]> } : T;
