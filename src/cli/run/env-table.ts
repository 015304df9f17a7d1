/** The flags ↔ environment table of the README, generated from the one list the suites read. */
import { ENVIRONMENT_VARIABLES } from '../../config/environment.js';
import { CLI_FLAG_ENVIRONMENT, FLAG_ENVIRONMENT } from './flags.js';

export function environmentTableMarkdown(): string {
  const rows = Object.entries(ENVIRONMENT_VARIABLES).map(([env, meaning]) => {
    const flag = FLAG_ENVIRONMENT.find((f) => f.env === env)?.flag;
    return `| ${flag ? `\`${flag}\`` : '–'} | \`${env}\` | ${meaning.replace(/\|/g, '\\|')} |`;
  });
  const cli = CLI_FLAG_ENVIRONMENT.map(({ flag, env, meaning }) => `| \`${flag}\` | \`${env}\` | ${meaning.replace(/\|/g, '\\|')} |`);
  return ['| flag | environment variable | meaning |', '|---|---|---|', ...rows, ...cli].join('\n');
}
