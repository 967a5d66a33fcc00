// Build step after tsc: the registry (registry/nasional/*.yaml, registry/istilah-usang.yaml) as
// one compact JSON file (dist/registry/registry.json), so a run that checks citations parses a
// third of the text, and JSON rather than YAML. Tagged with the sources' sizes and times (a few
// stats tell a fresh copy) and their hash (for an installed package, whose times the packer set):
// a stale copy is passed over for the YAML.
import { writeFileSync } from 'node:fs';
import { compactRegistry, COMPILED_REGISTRY, readRegistryFolder, registryHash, registryStamps, SHIPPED_REGISTRY } from '../dist/registry/load.js';

writeFileSync(COMPILED_REGISTRY, JSON.stringify({ hash: registryHash(SHIPPED_REGISTRY), stamps: registryStamps(SHIPPED_REGISTRY), ...compactRegistry(readRegistryFolder(SHIPPED_REGISTRY)) }));
