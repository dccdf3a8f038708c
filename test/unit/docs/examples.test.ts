/**
 * The `@example` of a src/core JSDoc is run, so it cannot drift from the code (docs/design.md
 * §9). An example reads `expression //=> expected`, several may share a line separated by "; ",
 * and the expression may span lines before its `//=>`. Every export of src/core is in scope, as a
 * reader would import it.
 */
import { join } from "path";
import { publicCoreFunctions } from "./publicCore";
import { ROOT, sourceFiles } from "./sourceFiles";

interface Example {
  file: string;
  expression: string;
  expected: string;
}

const files = sourceFiles("src/core").filter((file) => file.path.endsWith(".ts"));

/** Every `@example` block of a file, as the text up to the end of its JSDoc or the next tag. */
function examplesOf(path: string, text: string): Example[] {
  const found: Example[] = [];
  for (const doc of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const lines = doc[1].split("\n").map((line) => line.replace(/^\s*\* ?/, ""));
    const body = lines.join("\n");
    for (const block of body
      .split(/(?=^\s*@\w)/m)
      .map((part) => part.trim())
      .filter((part) => part.startsWith("@example"))) {
      const code = block.slice("@example".length).trim();
      for (const pair of code.split(/;\s+(?=[A-Za-z_$][\w$.]*\()/)) {
        const [expression, expected] = pair.split("//=>");
        found.push({
          file: path,
          expression: expression.trim(),
          expected: (expected ?? "").trim(),
        });
      }
    }
  }
  return found;
}

const examples = files.flatMap((file) => examplesOf(file.path, file.text));

/** Every export of src/core by name (the first module to export a name wins). */
function coreScope(): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  for (const file of files) {
    const exported = require(join(ROOT, file.path)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) if (!(name in scope)) scope[name] = value;
  }
  return scope;
}

const scope = coreScope();
/** An example sees its own file's exports first: two modules may export the same name. */
function evaluate(file: string, code: string): unknown {
  const own = { ...scope, ...(require(join(ROOT, file)) as Record<string, unknown>) };
  return new Function(...Object.keys(own), `return (${code});`)(...Object.values(own));
}

describe("@example in src/core", () => {
  it("there are examples to run", () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  it("every public function of src/core (imported outside it) has an @example calling it", () => {
    const publicFunctions = publicCoreFunctions();
    expect(publicFunctions.length).toBeGreaterThan(100);
    const missing = publicFunctions.filter((fn) => !fn.hasExample);
    expect(missing.map((fn) => `${fn.file}: ${fn.name}`)).toEqual([]);
  });

  it.each(
    examples.map((example) => ({ ...example, name: `${example.file}: ${example.expression}` }))
  )("$name", ({ file, expression, expected }) => {
    expect(expected).not.toBe("");
    expect(evaluate(file, expression)).toEqual(evaluate(file, expected));
  });
});
