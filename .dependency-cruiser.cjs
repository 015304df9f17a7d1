/**
 * The import rules of ARCHITECTURE.md ("What each folder may import"), checked by dependency-cruiser
 * (`npm run lint`). Each rule lists what a folder may import besides itself, Node built-ins and npm
 * packages; anything else fails the build. Keep this table and ARCHITECTURE.md's in step.
 */
const layer = (name, from, allowed) => ({
  name,
  severity: 'error',
  comment: `${from} may import only ${allowed.join(', ') || 'itself'} (ARCHITECTURE.md)`,
  from: { path: `^${from}/` },
  to: {
    dependencyTypesNot: ['core'],
    pathNot: [`^${from}/`, ...allowed.map((a) => `^${a}/`), 'node_modules'],
  },
});

/** Type-only imports count too: a layer that names another's types depends on it. */
module.exports = {
  forbidden: [
    layer('meta-imports-nothing', 'src/meta', []),
    layer('spec-layer', 'src/spec', ['src/meta']),
    layer('generate-layer', 'src/generate', ['src/spec']),
    layer('http-layer', 'src/http', ['src/spec', 'src/meta']),
    layer('checks-layer', 'src/checks', ['src/spec', 'src/generate', 'src/http']),
    layer('engine-knows-no-system', 'src/engine', ['src/checks', 'src/spec', 'src/generate', 'src/http', 'src/meta']),
    layer('scenarios-layer', 'src/scenarios', ['src/engine', 'src/checks', 'src/spec', 'src/generate', 'src/http']),
    layer('systems-layer', 'src/systems', ['src/scenarios', 'src/engine', 'src/checks', 'src/spec', 'src/generate', 'src/http']),
    layer('config-layer', 'src/config', ['src/engine', 'src/spec', 'src/generate']),
    layer('reference-knows-only-the-spec', 'src/reference', ['src/spec', 'src/meta']),
    layer('report-layer', 'src/report', ['src/checks', 'src/http', 'src/spec', 'src/meta', 'src/engine', 'src/systems']),
    layer('proof-layer', 'src/proof', ['src/reference', 'src/engine', 'src/systems', 'src/spec', 'src/report', 'src/meta', 'src/checks', 'src/generate']),
    layer('api-layer', 'src/api', ['src/cli', 'src/config', 'src/report', 'src/meta']),
    layer('suites-layer', 'suites', ['src/engine', 'src/systems', 'src/config', 'src/report', 'src/reference', 'src/spec', 'src/http', 'src/checks', 'src/generate']),
    {
      name: 'nothing-imports-the-proof',
      severity: 'error',
      comment: 'src/proof is the project\'s own proof: only the CLI, tests, scripts and vitest.config.ts may use it',
      from: { path: '^src/', pathNot: ['^src/proof/', '^src/cli/'] },
      to: { path: '^src/proof/' },
    },
    {
      name: 'no-runtime-cycles',
      severity: 'error',
      comment: 'a runtime import cycle makes module initialisation order matter (type-only imports are erased). The value generators are exempt: they are mutually recursive by nature (an object holds values, a value may be an object) and only call each other after loading',
      from: { path: '^src/', pathNot: '^src/generate/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
