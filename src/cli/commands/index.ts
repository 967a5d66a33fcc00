import type { Command } from 'commander';
import type { CliContext } from '../io.js';
import { registerDiff } from './diff.js';
import { registerFmt } from './fmt.js';
import { registerInit } from './init.js';
import { registerNew } from './new.js';
import { registerServe } from './serve.js';
import { registerBuild } from './build.js';
import { registerRender } from './render.js';
import { registerValidate } from './validate.js';

/** Every subcommand, by name; each file registers its own options and action. */
export const COMMANDS: Record<string, (program: Command, ctx: CliContext) => void> = {
  validate: registerValidate,
  init: registerInit,
  new: registerNew,
  fmt: registerFmt,
  diff: registerDiff,
  serve: registerServe,
  render: registerRender,
  build: registerBuild,
};
