import type { Diagnostic } from '../../diagnostics.js';
import { isDraft } from '../../render/gate.js';
import type { ExportFile, ExportTarget } from '../types.js';
import { buildGraph } from './cpsv-ap/graph.js';
import { graphQuads } from './cpsv-ap/rdf.js';
import { turtle } from './cpsv-ap/turtle.js';
import { shaclDiagnostics } from './cpsv-ap/validate.js';

/**
 * `--ke cpsv-ap`: each unit as one EU CPSV-AP 3.2.0 graph (the organisation once, every service
 * linking it), JSON-LD or, with `--format ttl`, Turtle, both from the same triples. The graph is
 * checked against SEMIC's shapes before it is written; what fails is said at the YAML it comes
 * from, and the file is still written.
 */
export const cpsvAp: ExportTarget = {
  async export(units, options) {
    const files: ExportFile[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const unit of units) {
      if (unit.services.length === 0) continue;
      const graph = buildGraph(unit);
      const quads = graphQuads(graph.document['@graph']);
      const fallback = { source: unit.services[0]!.source, pointer: '' };
      diagnostics.push(...(await shaclDiagnostics(quads, graph.origins, fallback, options.lang)));
      const content = options.format === 'ttl' ? await turtle(quads, [...graph.origins.keys()]) : `${JSON.stringify(graph.document, null, 2)}\n`;
      files.push({ path: `${unit.name}.${options.format}`, content, draft: unit.unit.verdict?.services.some(isDraft) ?? false });
    }
    return { files, diagnostics };
  },
};
