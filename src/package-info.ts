import { readFileSync } from 'node:fs';

interface PackageJson {
  name: string;
  version: string;
  homepage?: string;
  repository?: string | { type?: string; url?: string };
}

const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as PackageJson;

export const PACKAGE_VERSION = PACKAGE.version;

/** The repository's web address from package.json's `repository` in any form npm accepts ("git+https://host/owner/name.git", "github:owner/name", "owner/name"). */
function repositoryWeb(repository: PackageJson['repository']): string | undefined {
  const raw = typeof repository === 'string' ? repository : repository?.url;
  if (!raw) return undefined;
  const short = /^(?:(github|gitlab|bitbucket):)?([\w.-]+\/[\w.-]+)$/.exec(raw);
  if (short) return `https://${short[1] ?? 'github'}.${short[1] === 'bitbucket' ? 'org' : 'com'}/${short[2]!.replace(/\.git$/, '')}`;
  const url = /^(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)[/:](.+?)(?:\.git)?\/?$/.exec(raw);
  return url ? `https://${url[1]}/${url[2]}` : undefined;
}

const REPOSITORY = repositoryWeb(PACKAGE.repository);

/**
 * The web address of a document of this package at the version that runs (release tags are
 * `v<version>`), so a link never explains a rule the way a later version does; without a
 * repository, below `homepage`.
 */
export function packageDocUrl(path: string): string | undefined {
  if (REPOSITORY) return `${REPOSITORY}${REPOSITORY.includes('gitlab') ? '/-' : ''}/blob/v${PACKAGE_VERSION}/${path}`;
  return PACKAGE.homepage ? `${PACKAGE.homepage.replace(/\/+$/, '')}/${path}` : undefined;
}
