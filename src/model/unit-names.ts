/** A unit as a list of many shows it: its name as written, its region's name, its folder. */
export interface NamedUnit {
  nama: string;
  wilayah?: string;
  folder: string;
}

const normal = (s: string) => s.toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();

/** Each name's units, by their place in `names`. */
function collisions(names: readonly string[]): Map<string, number[]> {
  const by = new Map<string, number[]>();
  names.forEach((name, i) => {
    const key = normal(name);
    const group = by.get(key);
    if (group) group.push(i);
    else by.set(key, [i]);
  });
  return by;
}

/**
 * The names that tell units apart where many are listed together (a portal's catalogue and home
 * page, an audit's ranking). Offices are named "Dinas Kependudukan dan Pencatatan Sipil" in every
 * regency, their region only in the letterhead: a name another unit shares is followed by the
 * unit's region, where the name does not say it already (else by its folder), and, where that
 * still leaves two alike, by its region and its folder. A name no other unit has is shown as
 * written. Nothing is made up: the region and the folder are the unit's own.
 */
export function distinctNames(units: readonly NamedUnit[]): string[] {
  const region = ({ nama, wilayah }: NamedUnit) => (wilayah && !normal(nama).includes(normal(wilayah)) ? wilayah : undefined);
  const names = units.map((u) => u.nama);
  const qualify = (first: boolean) => {
    for (const group of collisions(names).values()) {
      if (group.length < 2) continue;
      for (const i of group) {
        const unit = units[i]!;
        const parts = first ? [region(unit) ?? unit.folder] : [region(unit), unit.folder].filter((p) => p !== undefined);
        names[i] = `${unit.nama} – ${parts.join(', ')}`;
      }
    }
  };
  qualify(true);
  qualify(false);
  return names;
}
