// ESLint: typescript-eslint's recommended rules (syntax only; the type check is `tsc`) and React's
// hooks rules, over the app, the server, the geo build and the tests. Run by `npm test`.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/', 'dist-e2e/', 'node_modules/', 'geo/build/', 'server/build/', 'src/generated/', 'bench-results/', 'test-results/', 'data/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The two rules of hooks. The React Compiler's diagnostics that plugin v7 adds to its
      // recommended set are not enabled: the app does not use the compiler.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // A parameter or binding named with a leading underscore is unused on purpose (a mock's signature).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
