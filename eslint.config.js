// Lint rules, including the layer rule: imports point one way, toward `model` (docs/design/0001-layers-and-stack.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layers = [
  'model',
  'catalog',
  'io',
  'check',
  'phy',
  'perf',
  'sim',
  'bom',
  'plan',
  'calibrate',
  'compare',
  'report',
  'api',
  'cli',
  'web',
];
/** What each layer may import from `src/` (besides itself). */
const allowed = {
  model: [],
  catalog: ['model'],
  io: ['model', 'catalog'],
  check: ['model', 'catalog'],
  phy: ['model', 'catalog'],
  perf: ['model', 'catalog', 'phy'],
  sim: ['model', 'catalog', 'phy', 'perf'],
  bom: ['model', 'catalog', 'phy'],
  plan: ['model', 'catalog', 'phy', 'bom'],
  calibrate: ['model', 'catalog', 'phy', 'perf', 'sim'],
  compare: ['model', 'catalog', 'phy', 'perf', 'sim', 'bom', 'calibrate'],
  report: ['model', 'catalog', 'check', 'phy', 'perf', 'sim', 'bom', 'plan', 'calibrate', 'compare'],
  // api assembles the pipelines: every layer below the front ends
  api: layers.filter((l) => !['api', 'cli', 'web'].includes(l)),
  cli: layers,
  web: layers,
};

const layerRules = layers.map((layer) => {
  const forbidden = layers.filter((l) => l !== layer && !allowed[layer].includes(l));
  return {
    files: [`src/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbidden.map((l) => ({
            group: [`../${l}/*`, `../../${l}/*`, `../${l}`, `../../${l}`, `../../../${l}/*`],
            message: `layer '${layer}' may not import '${l}' (allowed: ${allowed[layer].join(', ') || 'nothing'})`,
          })),
        },
      ],
    },
  };
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/fixtures/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Plain JS entry points run under Node.
    files: ['bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/web/**'],
    rules: { 'no-console': 'error' },
  },
  ...layerRules,
);
