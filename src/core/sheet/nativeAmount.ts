/**
 * Text amounts Excel's own formulas can read exactly as parseAmount does, so that the paid test
 * of a row with a Paid column needs no CREDIT.* call (issue 9's cost: a paid row at most 1 call)
 * while a custom-function cell never has to wait for another one (chains of at most 2).
 *
 * Only a locale-free subset is read, each text of which parseAmount reads the same in every
 * locale: digits (up to 15), or money with two decimals after "." or "," whose whole part is
 * digits or groups of three split by spaces or the other mark (`1,250.00`, `1 234,56`,
 * `1.234,56`), with at most one currency: `EUR ` or `€ £ $` before, or `€` after. Everything else
 * ("1,250", "(120)", "CHF 1'234.50", no-break spaces) reads as "" here: not decided, and the row
 * makes its calls as before. Excel's = compares text ignoring case, as parseAmount's currencies.
 * The formula is written with LET (Excel 365 and 2021, like XLOOKUP); its names carry the
 * LET_NAME prefix, which the file format saves as _xlpm.
 */

/** Prefix of the names the add-in's LET formulas declare (no cell reference looks like it). */
export const LET_NAME = "cc_";

const DIGITS = "0123456789";
/** Currencies read before the number, longest first, and after it. */
const LEADING = ["EUR ", "€", "£", "$"];
const TRAILING = "€";
/** 15 digits: every such number is exact in a double, in Excel as here. */
const MAX_DIGITS = 15;

const n = (name: string): string => `${LET_NAME}${name}`;

/**
 * The Excel formula of a text cell's amount by the rules above: a number, or "" when the text
 * is not in the subset.
 * @example nativeAmountFormula("D2").startsWith("LET(cc_t,TRIM(D2),") //=> true
 */
export function nativeAmountFormula(ref: string): string {
  const [t, b, l, m, e, i, g, d, s, k, c] = [
    "t",
    "b",
    "l",
    "m",
    "e",
    "i",
    "g",
    "d",
    "s",
    "k",
    "c",
  ].map(n);
  const leading = LEADING.map((cur) => `LEFT(${t},${cur.length})="${cur}"`);
  const strip =
    `IF(${leading[0]},MID(${t},${LEADING[0].length + 1},LEN(${t})),` +
    `IF(OR(${leading.slice(1).join(",")}),MID(${t},2,LEN(${t})),` +
    `IF(RIGHT(${t},1)="${TRAILING}",LEFT(${t},LEN(${t})-1),${t})))`;
  let stripped = s;
  for (const digit of DIGITS) stripped = `SUBSTITUTE(${stripped},"${digit}","")`;
  const groupAt = (j: number) =>
    `IF(${k}<${j},TRUE(),ISERR(FIND(MID(${i},LEN(${i})-${4 * j - 1},1),"${DIGITS}")))`;
  const grouped =
    `OR(${k}=0,AND(${k}=INT((${c}-1)/3),LEFT(${i},1)<>"0",` +
    `${[1, 2, 3, 4].map(groupAt).join(",")}))`;
  const valid =
    `AND(${c}>=1,LEN(${s})<=${MAX_DIGITS},LEN(${stripped})=0,` +
    `OR(LEN(SUBSTITUTE(${i}," ",""))=LEN(${i}),LEN(SUBSTITUTE(${i},${g},""))=LEN(${i})),${grouped})`;
  return (
    `LET(${t},TRIM(${ref}),${b},TRIM(${strip}),${l},LEN(${b}),${m},MID(${b},MAX(1,${l}-2),1),` +
    `${e},AND(${l}>=4,OR(${m}=".",${m}=",")),${i},IF(${e},LEFT(${b},${l}-3),${b}),` +
    `${g},IF(${m}=".",",","."),${d},IF(${e},SUBSTITUTE(SUBSTITUTE(${i}," ",""),${g},""),${b}),` +
    `${s},${d}&IF(${e},RIGHT(${b},2),""),${k},LEN(${i})-LEN(${d}),${c},LEN(${d}),` +
    `IF(${valid},--${s}/IF(${e},100,1),""))`
  );
}

/** Excel's TRIM: ASCII spaces off both ends, runs of them inside made one. */
const excelTrim = (text: string): string => text.replace(/ +/g, " ").replace(/^ | $/g, "");

const isDigits = (text: string): boolean => [...text].every((ch) => DIGITS.includes(ch));

/**
 * What nativeAmountFormula computes for a text: the amount, or "" when the text is not in the
 * subset the formula reads.
 * @example nativeAmount("EUR 1,250.00") //=> 1250
 * @example nativeAmount("1,250") //=> ""
 */
export function nativeAmount(text: string): number | "" {
  const t = excelTrim(text);
  const upper = t.toUpperCase();
  const lead = LEADING.find((cur) => upper.startsWith(cur));
  const b = excelTrim(
    lead ? t.slice(lead.length) : t.endsWith(TRAILING) ? t.slice(0, -TRAILING.length) : t
  );
  const mark = b.charAt(Math.max(0, b.length - 3));
  const decimals = b.length >= 4 && (mark === "." || mark === ",");
  const whole = decimals ? b.slice(0, -3) : b;
  const other = mark === "." ? "," : ".";
  const digits = decimals ? whole.split(" ").join("").split(other).join("") : b;
  const all = digits + (decimals ? b.slice(-2) : "");
  const separators = whole.length - digits.length;
  const oneKind = !whole.includes(" ") || !whole.includes(other);
  const valid =
    digits.length >= 1 &&
    all.length <= MAX_DIGITS &&
    isDigits(all) &&
    oneKind &&
    (separators === 0 || westernGroups(whole, digits.length, separators));
  return valid ? Number(all) / (decimals ? 100 : 1) : "";
}

/** Groups of three from the right, the first of 1 to 3 digits and not a lone 0. */
function westernGroups(whole: string, digits: number, separators: number): boolean {
  if (separators !== Math.floor((digits - 1) / 3) || whole.startsWith("0")) return false;
  for (let j = 1; j <= separators; j++) {
    if (DIGITS.includes(whole.charAt(whole.length - 4 * j))) return false;
  }
  return true;
}
