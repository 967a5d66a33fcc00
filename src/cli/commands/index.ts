import type { Command } from 'commander';
import type { CliContext } from '../io.js';

export type RegisterCommand = (program: Command, ctx: CliContext) => void;

/**
 * Every subcommand, by name, loaded on demand: each file registers its own options and action,
 * and a run imports only the command it runs (rendering, PDF and preview modules cost far more
 * to load than a one-file validate takes).
 */
export const COMMANDS: Record<string, () => Promise<RegisterCommand>> = {
  validate: async () => (await import('./validate.js')).registerValidate,
  init: async () => (await import('./init.js')).registerInit,
  new: async () => (await import('./new.js')).registerNew,
  fmt: async () => (await import('./fmt.js')).registerFmt,
  diff: async () => (await import('./diff.js')).registerDiff,
  serve: async () => (await import('./serve.js')).registerServe,
  render: async () => (await import('./render.js')).registerRender,
  build: async () => (await import('./build.js')).registerBuild,
  aturan: async () => (await import('./aturan.js')).registerAturan,
  peraturan: async () => (await import('./peraturan.js')).registerPeraturan,
  impor: async () => (await import('./impor.js')).registerImpor,
  ekspor: async () => (await import('./ekspor.js')).registerEkspor,
  skm: async () => (await import('./skm.js')).registerSkm,
  audit: async () => (await import('./audit.js')).registerAudit,
};
