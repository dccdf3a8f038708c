import Mustache from "mustache";
import { INVOICE_FIELDS, PLACEHOLDER_NAMES } from "./templates/placeholders";

/**
 * Templates are rendered by Mustache as plain text, never as HTML: the HTML body is built from the
 * rendered text afterwards (escapeHtml on everything), so neither a cell nor a user's template can
 * put markup, a script or a remote image in the email, whatever braces the template uses.
 */

export type Rendered =
  { ok: true; text: string; unknown: string[] } | { ok: false; reason: string };

/** Values are already plain strings: keep them as they are in the text body. */
const asIs = (value: unknown): string => String(value);

const LIST_SECTIONS = new Set(["invoices", "credits"]);
const ITEM_FIELDS: ReadonlySet<string> = new Set<string>(INVOICE_FIELDS);

type Token = [string, string, number, number, Token[]?];

/** Names the template uses that no placeholder has (a typo renders as nothing: tell the user). */
function unknownNames(tokens: Token[], inList: boolean, found: Set<string>): void {
  for (const token of tokens) {
    const [type, name] = token;
    if (type === "name" || type === "&" || type === "#" || type === "^") {
      const known =
        PLACEHOLDER_NAMES.has(name) || (inList && (ITEM_FIELDS.has(name) || name === "."));
      if (!known) found.add(name);
    } else if (type === ">") {
      found.add(`>${name}`);
    }
    if (token[4]) unknownNames(token[4], inList || LIST_SECTIONS.has(name), found);
  }
}

/**
 * Render a template with a view; a template Mustache cannot parse gives its error, not a throw.
 * @example renderTemplate("Dear {{customer}}", { customer: "ACME" }) //=> { ok: true, text: "Dear ACME", unknown: [] }
 */
export function renderTemplate(template: string, view: object): Rendered {
  try {
    const tokens = Mustache.parse(template) as Token[];
    const unknown = new Set<string>();
    unknownNames(tokens, false, unknown);
    const text = Mustache.render(template, view, {}, { escape: asIs });
    return { ok: true, text, unknown: [...unknown] };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Text made safe for HTML content and attribute values.
 * @example escapeHtml('<a href="x">&</a>') //=> "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

// Control characters, line breaks and the bidirectional overrides that can disguise text.
// eslint-disable-next-line no-control-regex
const UNSAFE_INLINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/**
 * A cell's text made fit for one line of a letter: no line break, no control character.
 * @example inlineText("a\nb") //=> "a b"
 */
export function inlineText(value: string): string {
  return value.replace(UNSAFE_INLINE, " ").replace(/ {2,}/g, " ").trim();
}

// eslint-disable-next-line no-control-regex
const CONTROLS_BUT_LINE_FEED = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const SEPARATORS_AND_BIDI = /[\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A multi-line setting (signature, payment instructions): line breaks kept, controls removed.
 * @example multilineText("Line 1\r\nLine 2  ") //=> "Line 1\nLine 2"
 */
export function multilineText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(CONTROLS_BUT_LINE_FEED, "")
    .replace(SEPARATORS_AND_BIDI, "")
    .trim();
}

const PARAGRAPH_STYLE = "margin:0 0 12px 0";

/** Paragraphs (blank-line separated) of escaped text; single line breaks become <br>. */
function paragraphsToHtml(text: string): string {
  return text
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/^\n+|\n+$/g, ""))
    .filter((p) => p.trim() !== "")
    .map((p) => {
      const html = escapeHtml(p).replace(/\n/g, "<br>\n");
      // A line in capitals is a heading ("MISE EN DEMEURE DE PAYER"): show it in bold.
      const heading = /\p{Lu}/u.test(p) && !/\p{Ll}/u.test(p);
      return `<p style="${PARAGRAPH_STYLE}">${heading ? `<strong>${html}</strong>` : html}</p>`;
    })
    .join("\n");
}

/**
 * The HTML of a rendered text: paragraphs escaped, and each `marker` replaced by its block of
 * HTML (the invoice table). Markers contain a control character no cell text can keep.
 * @example textToHtml("Dear ACME,\n\nPay <now>.")
 * //=> '<p style="margin:0 0 12px 0">Dear ACME,</p>\n<p style="margin:0 0 12px 0">Pay &lt;now&gt;.</p>'
 */
export function textToHtml(text: string, blocks: Record<string, string> = {}): string {
  const markers = Object.keys(blocks);
  if (markers.length === 0) return paragraphsToHtml(text);
  const pattern = new RegExp(
    markers.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")
  );
  const parts: string[] = [];
  let rest = text;
  for (let match = pattern.exec(rest); match; match = pattern.exec(rest)) {
    parts.push(paragraphsToHtml(rest.slice(0, match.index)), blocks[match[0]]);
    rest = rest.slice(match.index + match[0].length);
  }
  parts.push(paragraphsToHtml(rest));
  return parts.filter((p) => p !== "").join("\n");
}

/**
 * A whole HTML document around a body: UTF-8, inline styles only, nothing fetched.
 * @example htmlDocument("<p>Hi</p>", "en", "Reminder").includes('<html lang="en">') //=> true
 */
export function htmlDocument(bodyHtml: string, language: string, title: string): string {
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(language)}">`,
    '<head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title></head>`,
    '<body style="margin:0;padding:16px;font-family:Segoe UI,Calibri,Arial,sans-serif;font-size:14px;line-height:1.5;color:#1f1f1f;background:#ffffff">',
    bodyHtml,
    "</body>",
    "</html>",
  ].join("\n");
}
