/** Two projects: fast unit tests (node) and end-to-end tests in a real Chromium (see test/e2e). */
const tsJest = [
  "ts-jest",
  { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true } },
];

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test/unit"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      transform: { "^.+\\.tsx?$": tsJest },
      // office-addin-mock needs only office-addin-manifest's OfficeApp enum, and that package's
      // ESM-only dependencies do not load in jest's CommonJS runtime: see the stand-in's comment.
      moduleNameMapper: {
        "^office-addin-manifest$": "<rootDir>/test/unit/support/officeAddinManifest.ts",
      },
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/test/e2e"],
      testMatch: ["**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      testTimeout: 120000,
    },
  ],
};
