import { readFileSync } from 'node:fs';

/** The Linux distribution family, from /etc/os-release's ID and ID_LIKE (also for other tools' install fixes). */
export function linuxFamily(osRelease: string): 'debian' | 'ubuntu' | 'fedora' | 'arch' | 'alpine' | 'suse' | undefined {
  const field = (name: string) => new RegExp(`^${name}=["']?([^"'\\n]*)`, 'm').exec(osRelease)?.[1]?.toLowerCase().split(/\s+/) ?? [];
  const ids = [...field('ID'), ...field('ID_LIKE')];
  if (ids.includes('ubuntu')) return 'ubuntu';
  if (ids.includes('debian')) return 'debian';
  if (ids.some((i) => ['fedora', 'rhel', 'centos'].includes(i))) return 'fedora';
  if (ids.includes('arch')) return 'arch';
  if (ids.includes('alpine')) return 'alpine';
  if (ids.some((i) => i.includes('suse'))) return 'suse';
  return undefined;
}

/** /etc/os-release, or '' where there is none. */
export function readOsRelease(): string {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}
