/**
 * Lint config: office-addin-lint's default (eslint-plugin-office-addins "recommended": eslint
 * recommended, prettier, typescript-eslint, the Office.js rules), plus its "react" config for the
 * pane's .tsx files. Used by `npm run lint` (office-addin-lint picks up this file).
 */
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/", "node_modules/", "coverage/", "test-results/"] },
  ...officeAddins.configs.recommended,
  ...officeAddins.configs.react.map((config) => ({ ...config, files: ["**/*.tsx"] })),
  {
    plugins: {
      "office-addins": officeAddins,
    },
    languageOptions: {
      parser: tsParser,
    },
  },
  {
    // TypeScript already reports undefined names, and knows the DOM and Office globals.
    files: ["**/*.{ts,tsx}"],
    rules: { "no-undef": "off" },
  },
  {
    // tsconfig's "jsx": "react-jsx" (automatic runtime): JSX needs no React import.
    files: ["**/*.tsx"],
    rules: { "react/react-in-jsx-scope": "off", "react/jsx-uses-react": "off" },
  },
];
