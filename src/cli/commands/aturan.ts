import { InvalidArgumentError, type Command } from 'commander';
import type { Lang } from '../../i18n/index.js';
import { listRules, type RuleListing } from '../../report/rule-docs.js';
import { SEVERITY_WORDS } from '../../report/summary.js';
import type { CliContext } from '../io.js';

const SCOPE_WORDS: Record<Lang, Record<RuleListing['scope'], string>> = {
  id: { service: 'layanan', provider: 'penyelenggara', unit: 'unit' },
  en: { service: 'service', provider: 'provider', unit: 'unit' },
};

const FORMATS = ['text', 'json'];

function asText(rules: readonly RuleListing[], lang: Lang): string {
  const words = SEVERITY_WORDS[lang];
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const severityWidth = Math.max(...Object.values(words).map((w) => w.length));
  const scopeWidth = Math.max(...Object.values(SCOPE_WORDS[lang]).map((w) => w.length));
  const indent = ' '.repeat(idWidth + severityWidth + scopeWidth + 6);
  const lines = rules.flatMap((r) => [
    `${r.id.padEnd(idWidth)}  ${words[r.severity].padEnd(severityWidth)}  ${SCOPE_WORDS[lang][r.scope].padEnd(scopeWidth)}  ${r.description}`,
    ...(r.docs ? [`${indent}${r.docs}`] : []),
  ]);
  const head = lang === 'id' ? `${rules.length} aturan (tingkat bawaan; ubah di standar.config.yaml, bagian rules):` : `${rules.length} rules (default severity; change it in standar.config.yaml, under rules):`;
  return [head, '', ...lines, ''].join('\n');
}

export function registerAturan(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  program
    .command('aturan')
    .alias('rules')
    .description(t({ id: 'Daftar aturan pemeriksaan: tingkat bawaan, cakupan, penjelasan dan alamat dokumentasinya.', en: 'List the checking rules: default severity, scope, description and documentation address.' }))
    .option('-f, --format <nama>', t({ id: 'text atau json (bawaan text)', en: 'text or json (default text)' }), (v: string) => {
      if (!FORMATS.includes(v)) throw new InvalidArgumentError(t({ id: 'Pilihannya: text, json.', en: 'The choices are: text, json.' }));
      return v;
    })
    .action((flags: { format?: string }) => {
      const rules = listRules(ctx.lang);
      ctx.io.stdout.write(flags.format === 'json' ? JSON.stringify(rules, null, 2) + '\n' : asText(rules, ctx.lang));
    });
}
