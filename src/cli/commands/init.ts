/** `users-conformance init`: writes a starter users-conformance.config.json, never over an existing file. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { checkConfig, CONFIG_FILE_NAME } from '../config-file/read.js';
import { starterConfig } from '../config-file/starter.js';
import { UsageError } from '../usage-error.js';

export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description(`write a starter ${CONFIG_FILE_NAME} in the current directory (refuses to overwrite one)`)
    .option('--target <url>', 'base URL of the server under test')
    .option('--spec <id>', 'the spec it implements (see `specs`)')
    .action((flags: { target?: string; spec?: string }) => {
      const dir = process.cwd();
      const path = join(dir, CONFIG_FILE_NAME);
      const text = starterConfig({ dir, ...flags });
      // What is written must be a file `run` accepts: a bad --target is refused now, not at the next run.
      checkConfig(path, JSON.parse(text));
      try {
        // 'wx': fails if the file exists, with no window between a check and the write.
        writeFileSync(path, text, { flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${path} already exists: edit it, or remove it first`);
        throw new UsageError(`cannot write ${path}: ${(error as Error).message}`);
      }
      console.log(`wrote ${path}: \`users-conformance run\` here reads it; secrets come from the environment (TARGET_TOKEN, …).`);
    });
}
