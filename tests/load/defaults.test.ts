import { describe, expect, it } from 'vitest';
import { loadUnits } from '../../src/check/load-units.js';
import { locate } from '../../src/load/source.js';
import { originOf } from '../../src/load/unit.js';
import { stated } from '../../src/model/absence.js';
import { PROVIDER_YAML, SERVICE_YAML, tempTree } from '../helpers.js';

describe('provider defaults', () => {
  it('fills the components a service leaves out, and keeps the ones it writes', async () => {
    const own = SERVICE_YAML.replace('  produk:', '  kompetensi_pelaksana:\n    - Khusus layanan ini.\n  produk:');
    const root = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': own });
    const { units, diagnostics } = await loadUnits(['.'], { cwd: root });
    expect(diagnostics).toEqual([]);
    const service = units[0]!.services[0]!;
    expect(stated(service.data.komponen.pengaduan)?.kanal?.[0]).toEqual({ jenis: 'sp4n_lapor', alamat: 'https://www.lapor.go.id' });
    expect(service.data.komponen.kompetensi_pelaksana).toEqual(['Khusus layanan ini.']);
    expect(service.data.komponen.jaminan_pelayanan).toEqual(['Pelayanan diberikan sesuai standar.']);
  });

  it('locates a problem in an inherited component in penyelenggara.yaml', async () => {
    const root = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML });
    const { units } = await loadUnits(['.'], { cwd: root });
    const service = units[0]!.services[0]!;
    const origin = originOf(service, '/komponen/pengaduan/kanal/1/alamat');
    expect(origin.source.path).toBe('penyelenggara.yaml');
    expect(origin.pointer).toBe('/bawaan/komponen/pengaduan/kanal/1/alamat');
    expect(locate(origin.source, origin.pointer)).toMatchObject({ line: 30, column: 19 });
    expect(originOf(service, '/komponen/produk/0').source.path).toBe('layanan/kk.yaml');
  });

  it('reports a missing component as a warning in a draft and an error once set', async () => {
    const draft = SERVICE_YAML.replace(/  dasar_hukum:\n(?:    .*\n)+/, '');
    const settled = draft.replace('status: draf', 'status: ditetapkan');
    const root = await tempTree({ 'layanan/draf.yaml': draft, 'layanan/tetap.yaml': settled });
    const { diagnostics } = await loadUnits(['layanan'], { cwd: root });
    const missing = diagnostics.filter((d) => d.rule === 'komponen-lengkap' && d.pointer === '/komponen/dasar_hukum');
    expect(missing.map((d) => [d.file, d.severity, d.line])).toEqual([
      ['layanan/draf.yaml', 'warning', 5],
      ['layanan/tetap.yaml', 'error', 5],
    ]);
    expect(missing[0]!.message).toBe('Komponen "Dasar hukum" (dasar_hukum) belum ditulis.');
  });
});
