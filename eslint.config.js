// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const graphql = require('@graphql-eslint/eslint-plugin');

module.exports = tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/.scratch/**',
      '**/node_modules/**',
      '**/src/generated/**',
      '.data/**',
      '.turbo/**',
      'coverage/**',
      'contract/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      // Federation references and Prisma rows are loosely typed at the edges.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // Each service's emitted SDL (not the supergraph, whose join__ machinery is composition's): every
    // type, field, argument, enum value and input field says what a client developer needs to know.
    files: ['services/*/schema.graphql'],
    languageOptions: { parser: graphql.parser },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      '@graphql-eslint/require-description': [
        'error',
        { types: true, FieldDefinition: true, InputValueDefinition: true, EnumValueDefinition: true },
      ],
    },
  },
);
