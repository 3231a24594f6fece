// Lint rules, including the layer boundaries of DESIGN.md (enforced here, not by good intentions).
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const DATABASE_LIBRARIES = [
  { name: 'neo4j-driver', message: 'Only server/src/store talks to a database.' },
  { name: 'better-sqlite3', message: 'Only server/src/store talks to a database.' },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'data/',
      'client/dist/',
      'server/neo4j-runner/',
      'coverage/',
      'test-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: DATABASE_LIBRARIES }],
    },
  },
  {
    files: ['server/src/store/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['server/src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: DATABASE_LIBRARIES,
          patterns: [{ group: ['../*', '!../domain'], message: 'domain imports nothing else.' }],
        },
      ],
    },
  },
  {
    files: ['server/src/extract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...DATABASE_LIBRARIES,
            ...['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'node:child_process'].map(
              (name) => ({ name, message: 'extract is pure: no I/O.' }),
            ),
          ],
          patterns: [
            {
              group: ['**/store/**', '**/graphql/**', '**/ingest/**', '**/cli/**', '**/http/**'],
              message: 'extract imports only domain.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/graphql/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: DATABASE_LIBRARIES,
          patterns: [
            {
              group: [
                '**/store/sqlite/**',
                '**/store/neo4j/**',
                '**/store/sqlite',
                '**/store/neo4j',
              ],
              message: 'graphql talks to the store through the GraphStore interface.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: DATABASE_LIBRARIES,
          patterns: [
            { group: ['**/server/**'], message: 'The client only speaks GraphQL to the server.' },
          ],
        },
      ],
    },
  },
);
