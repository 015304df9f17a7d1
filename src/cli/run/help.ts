/** The `run --help` text after the option list: examples, exit codes, how errors surface. */
import { ENVIRONMENT_VARIABLES } from '../../config/environment.js';
import { CLI_FLAG_ENVIRONMENT, FLAG_ENVIRONMENT } from './flags.js';

export function runHelpText(): string {
  const envWidth = Math.max(...Object.keys(ENVIRONMENT_VARIABLES).map((k) => k.length));
  const flagOf = (env: string) => FLAG_ENVIRONMENT.find((f) => f.env === env)?.flag;
  return `
Examples:
  # every spec against the embedded reference servers; writes reports/index.html
  users-conformance run
  # your server, with an admin token (prefer the environment for secrets: TARGET_TOKEN=…)
  users-conformance run --target https://runai.example.com --spec runai-2.24 --token "$TARGET_TOKEN"
  # Run:ai application credentials instead of a token (an admin token is minted from them)
  users-conformance run --target https://runai.example.com --spec runai-2.24 --client-id my-app --client-secret "$SECRET"
  # a production check that changes nothing: GET and login requests only, at most 5 requests/s
  users-conformance run --target https://lenses.example.com --spec lenses-hq --token "$TARGET_TOKEN" --read-only --rate-limit 5/s
  # behind a gateway: extra headers on every request (repeatable; values are kept out of reports)
  users-conformance run --target https://runai.example.com --spec runai-2.24 --header "X-Gateway-Key: $GATEWAY_KEY"
  # only some checks (ids or prefixes; see --list)
  users-conformance run --spec runai-2.24 --only lifecycle query.filter-equals
  # one check on one operation (as the rerun command under each failure does)
  users-conformance run --spec runai-2.24 --only status.documented --operation create_user
  # fail fast in CI: stop starting scenarios after 3 failed ones (the report is then incomplete)
  users-conformance run --target … --spec runai-2.24 --max-failures 3
  # replay a run's generated data exactly (the seed is in the summary and the report)
  users-conformance run --spec runai-2.24 --seed 1234567
  # gate on new failures only: record today's failures, then compare against them
  users-conformance baseline reports/results.json > conformance-baseline.json
  users-conformance run --target … --spec runai-2.24 --baseline conformance-baseline.json
  # what would run, without sending a request
  users-conformance run --spec lenses-hq --read-only --list
  # CI logs: only the verdict and the failures, no colour
  users-conformance run --target … --spec runai-2.24 --quiet --no-color

Exit codes:
  0    pass: the run finished, every spec had checks judged (passed, failed or warned), no check
       ended in a suite error, and no MUST check failed (SHOULD failures are warnings)
  1    at least one MUST check failed (with --baseline: one not in the baseline); this wins over 3
  2    usage or configuration error: bad flag, unknown spec, unreachable target, bad baseline file
  3    no trustworthy verdict: nothing failed, but the run could not judge the target: checks ended
       in a suite error, a spec had nothing judged (every check skipped or disabled, e.g. an --only
       whose checks were all skipped), or the suites crashed before the end. Distinct from 1 so CI
       can tell "the target broke the contract" from "the run could not judge"
  130  stopped by Ctrl+C (SIGINT), 143 by SIGTERM: the scenarios in flight finish, the run's
       resources are swept, and the report is written marked incomplete

The summary's "Verdict:" line says which, and why in one line; results.json has "verdict"
(pass, fail or no-verdict) and "verdictReasons". --list and --help exit 0.

Suite errors: a check whose status is "error" means users-conformance itself broke (or could not
work with the environment), not the target. Such a check gave no answer, so a run with suite errors
and no MUST failure has no verdict (exit 3). They are listed at the end of the run, counted in the
"error" column, shown in the report, and written as <error> elements in junit.xml, which CI systems
display as errors.

Environment (each flag has one; flags win):
${Object.entries(ENVIRONMENT_VARIABLES)
  .map(([env, meaning]) => `  ${env.padEnd(envWidth)}  ${flagOf(env) ? `${flagOf(env)}: ` : ''}${meaning}`)
  .join('\n')}
${CLI_FLAG_ENVIRONMENT.map(({ flag, env, meaning }) => `  ${env.padEnd(envWidth)}  ${flag}: ${meaning}`).join('\n')}

Config file: users-conformance.config.json in the current directory (or --config FILE) holds the
settings above in camelCase JSON (schema: schemas/config.schema.json; \`users-conformance init\`
writes a starter). Flags win, then environment variables, then the file. It may not hold a token,
password, client secret or header: those come from the environment only.
`;
}
