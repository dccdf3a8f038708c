/** Light or dark, as the host shows it. */
export type ThemeMode = "light" | "dark";

/**
 * Light or dark from a background colour such as Office.context.officeTheme.bodyBackgroundColor
 * ("#FFFFFF", "#262626", "rgb(38, 38, 38)"): dark when its relative luminance is below one half.
 * An unreadable colour means light, Office's default.
 */
export function themeModeFromBackground(color: string | undefined): ThemeMode {
  const rgb = parseColor(color ?? "");
  if (!rgb) return "light";
  const [r, g, b] = rgb.map((c) => c / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5 ? "dark" : "light";
}

function parseColor(color: string): [number, number, number] | undefined {
  const text = color.trim();
  const hex = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(text);
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d).join("") : hex[1];
    return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(text);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return undefined;
}
