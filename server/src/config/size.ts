/**
 * The size limit of a document (`maxFileSize` in a configuration, `--max-file-size` on the command
 * line): a larger file is not read, and one diagnostic says so, instead of a lint that takes
 * minutes. 10 MB is five times the longest charter of the corpus… times a thousand.
 */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

const UNITS: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };
/** `10MB`, `512 KB`, `1.5 mb`, `2048 B` (binary units, as `ls -h`); no two quantifiers overlap. */
export const SIZE = /^([0-9]+(?:\.[0-9]+)?) ?([KMGkmg]?[Bb])$/;

/** Bytes for a size written as a whole number of bytes or as SIZE; undefined otherwise. */
export function parseSize(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^[0-9]+$/.test(text)) return parseSize(Number(text));
  const m = SIZE.exec(text);
  if (!m) return undefined;
  const bytes = Math.round(Number(m[1]) * UNITS[m[2]!.toUpperCase()]!);
  return bytes > 0 ? bytes : undefined;
}

/** `52.4 MB`, `10 MB`, `900 KB`, `12 B`. */
export function formatSize(bytes: number): string {
  for (const unit of ['GB', 'MB', 'KB'] as const) {
    const n = bytes / UNITS[unit]!;
    if (n >= 1) return `${Number.isInteger(n) ? n : n.toFixed(1)} ${unit}`;
  }
  return `${bytes} B`;
}
