import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DIST, ROOT } from "./dist";

/** manifest.xml, checked offline: structure, resources, URLs against the build, icons. */

const DEV_URL = "https://localhost:3000/";
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
});
const doc = parser.parse(xml) as Node;

/** Every element named `name` anywhere under `node` (namespace prefixes dropped). */
function findAll(node: unknown, name: string, found: Node[] = []): Node[] {
  if (Array.isArray(node)) {
    for (const item of node) findAll(item, name, found);
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key.startsWith("@")) continue;
      const local = key.includes(":") ? key.split(":")[1] : key;
      if (local === name && Array.isArray(value)) found.push(...(value as Node[]));
      findAll(value, name, found);
    }
  }
  return found;
}

const attr = (node: Node, name: string) => node[`@${name}`] as string | undefined;

/** The text of an element (a bare string when it has no attributes). */
const text = (node: unknown) =>
  String(typeof node === "object" && node !== null ? (node as Node)["#text"] : node);

/** The first element at a path of local names from the root. */
function at(...path: string[]): Node {
  let node: unknown = doc;
  for (const name of path) {
    const list = findAll(node, name);
    expect(list.length).toBeGreaterThan(0);
    node = list[0];
  }
  return node as Node;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  );
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("is a task-pane add-in for workbooks that may write to the document", () => {
    const app = at("OfficeApp");
    expect(attr(app, "xsi:type")).toBe("TaskPaneApp");
    expect(text(findAll(app, "Id")[0])).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    );
    expect(attr(findAll(app, "DisplayName")[0], "DefaultValue")).toBe("Credit Control");
    expect(text(findAll(app, "Permissions")[0])).toBe("ReadWriteDocument");
    expect(findAll(at("OfficeApp", "Hosts"), "Host").map((h) => attr(h, "Name"))).toContain(
      "Workbook"
    );
    const sets = findAll(at("OfficeApp", "Requirements"), "Set").map((s) => attr(s, "Name"));
    expect(sets).toEqual(expect.arrayContaining(["SharedRuntime", "CustomFunctionsRuntime"]));
  });

  it("defines every resid it uses, once", () => {
    const resources = at("OfficeApp", "VersionOverrides", "Resources");
    const ids = [
      ...findAll(resources, "Image"),
      ...findAll(resources, "Url"),
      ...findAll(resources, "String"),
    ].map((node) => attr(node, "id"));
    expect(new Set(ids).size).toBe(ids.length);
    const used = new Set<string>();
    const collect = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === "object") {
        for (const [key, value] of Object.entries(node as Node)) {
          if (key === "@resid") used.add(value as string);
          else collect(value);
        }
      }
    };
    collect(doc);
    expect(used.size).toBeGreaterThan(5);
    for (const resid of used) expect(ids).toContain(resid);
  });

  it("runs the functions and the pane in one shared runtime, namespace CREDIT", () => {
    const host = at("OfficeApp", "VersionOverrides", "Hosts", "Host");
    const runtime = findAll(host, "Runtime")[0];
    expect(attr(runtime, "lifetime")).toBe("long");
    const shared = attr(runtime, "resid");
    const functions = findAll(host, "ExtensionPoint").find(
      (e) => attr(e, "xsi:type") === "CustomFunctions"
    )!;
    expect(attr(findAll(findAll(functions, "Page")[0], "SourceLocation")[0], "resid")).toBe(shared);
    const taskpaneAction = findAll(host, "Action").find(
      (a) => attr(a, "xsi:type") === "ShowTaskpane"
    )!;
    expect(attr(findAll(taskpaneAction, "SourceLocation")[0], "resid")).toBe(shared);
    expect(attr(findAll(host, "FunctionFile")[0], "resid")).toBe(shared);
    const namespaceId = attr(findAll(functions, "Namespace")[0], "resid");
    const strings = findAll(at("OfficeApp", "VersionOverrides", "Resources"), "String");
    expect(
      attr(
        strings.find((s) => attr(s, "id") === namespaceId)!,
        "DefaultValue"
      )
    ).toBe("CREDIT");
    const office = findAll(host, "OfficeTab")[0];
    expect(attr(office, "id")).toBe("TabHome");
  });

  it("points every URL at a file the build emits", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(DEV_URL)).toBe(true);
      const file = url.slice(DEV_URL.length).split(/[?#]/)[0];
      if (!existsSync(join(DIST, file)))
        throw new Error(`${url}: dist/${file} is missing (run npm run build first)`);
    }
  });

  it("declares icons that exist at their pixel sizes", () => {
    const declared: [string, number][] = [
      [attr(at("OfficeApp", "IconUrl"), "DefaultValue")!, 32],
      [attr(at("OfficeApp", "HighResolutionIconUrl"), "DefaultValue")!, 64],
      ...findAll(at("OfficeApp", "VersionOverrides", "Resources"), "Image").map(
        (image) =>
          [attr(image, "DefaultValue")!, Number(/(\d+)x\1/.exec(attr(image, "id")!)![1])] as [
            string,
            number,
          ]
      ),
    ];
    for (const [url, size] of declared) {
      const file = url.slice(DEV_URL.length);
      expect(pngSize(join(ROOT, file))).toEqual({ width: size, height: size });
    }
    // The ribbon needs 16, 32 and 80.
    expect(declared.map(([, size]) => size)).toEqual(expect.arrayContaining([16, 32, 64, 80]));
  });

  it("has French overrides for the name, description and every ribbon label", () => {
    for (const element of ["DisplayName", "Description"]) {
      const overrides = findAll(at("OfficeApp", element), "Override");
      expect(overrides.map((o) => attr(o, "Locale"))).toContain("fr-FR");
    }
    const strings = findAll(at("OfficeApp", "VersionOverrides", "Resources"), "String");
    for (const s of strings) {
      if (attr(s, "id") === "Functions.Namespace") continue; // formulas read the same everywhere
      const locales = findAll(s, "Override").map((o) => attr(o, "Locale"));
      expect([attr(s, "id"), locales]).toEqual([attr(s, "id"), ["fr-FR"]]);
    }
  });
});
