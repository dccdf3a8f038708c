/**
 * office-addin-mock loads office-addin-manifest for one enum, and that package's import chain
 * fails in this tree (ajv-draft-04 resolves ajv 6). Put the enum in the require cache first.
 * Import this module before anything that imports office-addin-mock.
 */
import { officeManifestStub } from "../unit/excel/officeAppStub";

const path = require.resolve("office-addin-manifest");
require.cache[path] = {
  id: path,
  filename: path,
  loaded: true,
  exports: officeManifestStub,
} as NodeJS.Module;
