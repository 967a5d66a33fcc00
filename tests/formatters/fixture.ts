import { validate, type ValidateResult } from '../../src/check/validate.js';
import { tempTree } from '../helpers.js';
import { BASE_PROVIDER, BASE_SERVICE, variant } from '../rules/helpers.js';

/**
 * A real run with errors, warnings and an info, special characters in messages (quotes, <, &,
 * %, commas, colons) and a clean file among the ones with problems.
 */
/** A requirement text that quotes every character the formats must escape. */
export const ODD_TEXT = 'Surat <pengantar> RT/RW & "100%": ya, | pipa';
const ODD = JSON.stringify(ODD_TEXT);

export async function sampleResult(lang: 'id' | 'en' = 'id'): Promise<ValidateResult> {
  const broken = variant(
    variant(variant(BASE_SERVICE, 'total: 3', 'total: 8'), '    keterangan: Tidak dipungut biaya.\n', '    keterangan: Lihat http://a.go.id/biaya.\n'),
    'status: ditetapkan',
    'status: ditetapkn',
  );
  const root = await tempTree({
    'standar.config.yaml': 'rules:\n  persyaratan-ganda: info\n',
    'penyelenggara.yaml': BASE_PROVIDER,
    'layanan/baik.yaml': variant(BASE_SERVICE, 'kode: DUK-KK', 'kode: DUK-BAIK'),
    'layanan/rusak.yaml': variant(broken, '    - Surat pengantar RT/RW\n', `    - ${ODD}\n    - ${ODD}\n`),
  });
  return validate(['.'], { cwd: root, lang, now: '2026-06-01T00:00:00Z', workers: 0 });
}

/** Many problems of every severity, for caps and limits. */
export function manyProblems(n: number): ValidateResult {
  const severities = ['error', 'warning', 'info'] as const;
  const diagnostics = Array.from({ length: n }, (_, i) => ({
    file: `layanan/l${String(i % 40).padStart(3, '0')}.yaml`,
    line: i + 1, column: 3, endLine: i + 1, endColumn: 9, pointer: `/komponen/x/${i}`,
    rule: 'tautan-https', severity: severities[i % 3]!, message: `Masalah ${i}`, hint: 'Perbaiki.',
  }));
  return { diagnostics, files: 40, checked: [], baseline: { path: '', used: false, hidden: 0, fixed: 0 } };
}
