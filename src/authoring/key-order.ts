import { ownEntry } from '../load/guards.js';
import { readSchema, SCHEMA_FILES, type DocumentKind } from '../schema/validators.js';

type SchemaNode = Record<string, unknown>;

/** A schema node and the file its `$ref`s are relative to. */
interface Located {
  node: SchemaNode;
  file: string;
}

export type NodeShape = 'map' | 'seq' | 'scalar';

const SHAPE_TYPES: Record<NodeShape, string[]> = { map: ['object'], seq: ['array'], scalar: ['string', 'number', 'integer', 'boolean', 'null'] };

/**
 * The schemas read as a guide to where things go: which keys a mapping may hold and in which
 * order. The order of `properties` in the schema is the canonical order of a file.
 */
export class SchemaGuide {
  private readonly files = new Map<string, SchemaNode>();

  constructor() {
    for (const file of Object.values(SCHEMA_FILES)) this.files.set(file, readSchema(file));
  }

  root(kind: DocumentKind): Located {
    const file = SCHEMA_FILES[kind];
    return { node: this.files.get(file)!, file };
  }

  private deref(at: Located): Located {
    let current = at;
    for (let hops = 0; hops < 32 && typeof current.node.$ref === 'string'; hops++) {
      const [target = '', fragment = ''] = current.node.$ref.split('#');
      const file = target === '' ? current.file : target;
      let node: unknown = this.files.get(file);
      for (const seg of fragment.split('/').filter(Boolean)) node = (node as SchemaNode | undefined)?.[seg];
      if (!node || typeof node !== 'object') break;
      current = { node: node as SchemaNode, file };
    }
    return current;
  }

  /** The schema that describes a node of this shape: through `$ref`, and the fitting `oneOf`/`anyOf` branch. */
  fit(at: Located | undefined, shape: NodeShape): Located | undefined {
    if (!at) return undefined;
    const resolved = this.deref(at);
    const branches = (resolved.node.oneOf ?? resolved.node.anyOf) as SchemaNode[] | undefined;
    if (Array.isArray(branches)) {
      for (const b of branches) {
        // A branch may itself be a choice (a component that is a list or a mapping, or not stated).
        const candidate = this.fit({ node: b, file: resolved.file }, shape)!;
        const types = ([] as unknown[]).concat(candidate.node.type ?? []);
        if (types.some((t) => SHAPE_TYPES[shape].includes(String(t)))) return candidate;
      }
    }
    return resolved;
  }

  /** Keys of a mapping in canonical order. */
  keyOrder(at: Located | undefined): string[] {
    const props = at?.node.properties;
    return props && typeof props === 'object' ? Object.keys(props) : [];
  }

  /** The schema of a key the file holds: own properties only, so "constructor" is an unknown key like any other. */
  property(at: Located | undefined, key: string): Located | undefined {
    const props = at?.node.properties;
    const node = props && typeof props === 'object' ? ownEntry(props as Record<string, SchemaNode>, key) : undefined;
    return node && at ? { node, file: at.file } : undefined;
  }

  items(at: Located | undefined): Located | undefined {
    const node = at?.node.items;
    return node && at && typeof node === 'object' && !Array.isArray(node) ? { node: node as SchemaNode, file: at.file } : undefined;
  }
}

export type { Located as SchemaLocation };
