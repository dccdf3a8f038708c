/**
 * The public functions of src/core: those exported from src/core and imported by a value import
 * from outside it (src/functions, src/taskpane, src/excel, src/preview). Read from the sources
 * with the TypeScript parser, so that a new import makes a new public function.
 */
import { dirname, join, normalize } from "path";
import * as ts from "typescript";
import { SourceFile, sourceFiles } from "./sourceFiles";

export interface PublicFunction {
  name: string;
  /** The src/core file that declares it. */
  file: string;
  hasExample: boolean;
}

const CALLERS = ["src/functions", "src/taskpane", "src/excel", "src/preview"];
const parsed = new Map<string, ts.SourceFile>();

function parse(file: SourceFile): ts.SourceFile {
  let tree = parsed.get(file.path);
  if (!tree) {
    tree = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
    parsed.set(file.path, tree);
  }
  return tree;
}

/** The repository path a relative module specifier names, or undefined outside the sources. */
function resolve(
  from: string,
  specifier: string,
  known: Map<string, SourceFile>
): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = normalize(join(dirname(from), specifier))
    .split("\\")
    .join("/");
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((path) => known.has(path));
}

/** The names a file imports as values from src/core, with the core file each comes from. */
function coreImports(file: SourceFile, known: Map<string, SourceFile>): [string, string][] {
  const found: [string, string][] = [];
  for (const statement of parse(file).statements) {
    if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue;
    const target = resolve(file.path, (statement.moduleSpecifier as ts.StringLiteral).text, known);
    const bindings = statement.importClause?.namedBindings;
    if (!target?.startsWith("src/core/") || !bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements)
      if (!element.isTypeOnly) found.push([(element.propertyName ?? element.name).text, target]);
  }
  return found;
}

const isExported = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((mod) => mod.kind === ts.SyntaxKind.ExportKeyword);

const docOf = (node: ts.Node, tree: ts.SourceFile): string =>
  (ts.getLeadingCommentRanges(tree.text, node.getFullStart()) ?? [])
    .map((range) => tree.text.slice(range.pos, range.end))
    .join("\n");

/** The function a core file exports under a name (following re-exports), or undefined. */
function exportedFunction(
  path: string,
  name: string,
  known: Map<string, SourceFile>
): PublicFunction | undefined {
  const tree = parse(known.get(path)!);
  let doc: string | undefined;
  for (const statement of tree.statements) {
    if (
      ts.isFunctionDeclaration(statement) &&
      isExported(statement) &&
      statement.name?.text === name
    )
      doc = (doc ?? "") + docOf(statement, tree);
    if (ts.isVariableStatement(statement) && isExported(statement))
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        const isFunction = init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init));
        if (isFunction && ts.isIdentifier(declaration.name) && declaration.name.text === name)
          doc = (doc ?? "") + docOf(statement, tree);
      }
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && statement.exportClause)
      for (const element of (statement.exportClause as ts.NamedExports).elements ?? [])
        if (element.name.text === name) {
          const target = resolve(path, (statement.moduleSpecifier as ts.StringLiteral).text, known);
          const original = (element.propertyName ?? element.name).text;
          return target ? exportedFunction(target, original, known) : undefined;
        }
  }
  if (doc === undefined) return undefined;
  // An example teaches the call: it must call the function it documents.
  const examples = doc.split(/@example/).slice(1);
  return { name, file: path, hasExample: examples.some((text) => text.includes(`${name}(`)) };
}

/** Every public function of src/core, once, sorted by file then name. */
export function publicCoreFunctions(): PublicFunction[] {
  const files = sourceFiles("src").filter((file) => /\.tsx?$/.test(file.path));
  const known = new Map(files.map((file) => [file.path, file]));
  const found = new Map<string, PublicFunction>();
  for (const file of files.filter((f) => CALLERS.some((folder) => f.path.startsWith(`${folder}/`))))
    for (const [name, target] of coreImports(file, known)) {
      const fn = exportedFunction(target, name, known);
      if (fn) found.set(`${fn.file}#${fn.name}`, fn);
    }
  return [...found.values()].sort(
    (a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name)
  );
}
