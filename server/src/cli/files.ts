import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { CHECK_CODES, docsUrl, ruleMeta, type LintResult, type Locale, type Verdict } from '../engine';
import { format, pack } from '../engine/i18n';
import { sourceKindOf } from '../engine/lint';
import { formatSize } from '../config/size';

/**
 * The CLI's reading and writing of documents, where bad input is turned into one clear line: a
 * file that cannot be read, a binary file, text that is not UTF-8, a file over the size limit.
 */
export type ReadResult =
  | { kind: 'text'; text: string }
  /** Not read at all: over the size limit. */
  | { kind: 'too-large'; size: number }
  /** Why it cannot be linted, for `charterlint: <file>[:line:col]: <why>`; `at` is `:line:col`. */
  | { kind: 'unreadable'; why: string; at?: string };

// ignoreBOM: the BOM stays in the text (a decoder drops it by default), so --fix writes it back.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads a document as UTF-8 text (a BOM is kept: it is written back as it was). */
export function readDocument(file: string, maxBytes: number): ReadResult {
  let fd: number | undefined;
  let buffer: Buffer;
  try {
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { kind: 'unreadable', why: 'is a directory' };
    if (stat.size > maxBytes) return { kind: 'too-large', size: stat.size };
    buffer = readFileSync(fd);
    // The size read, not only the size announced: the file may have grown meanwhile.
    if (buffer.length > maxBytes) return { kind: 'too-large', size: buffer.length };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? (error as Error).message})`;
    return { kind: 'unreadable', why };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  // Word processors save "Unicode text" as UTF-16, whose ASCII letters carry NUL bytes.
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) return { kind: 'unreadable', why: 'UTF-16 text, not UTF-8 — save it as UTF-8 to lint it' };
  if (buffer.includes(0)) return { kind: 'unreadable', why: 'binary file, not a text document' };
  try {
    return { kind: 'text', text: UTF8.decode(buffer) };
  } catch {
    const offset = firstInvalidUtf8(buffer);
    const before = buffer.subarray(0, offset).toString('utf8').split(/\r\n|\r|\n/);
    const at = `:${before.length}:${before[before.length - 1]!.length + 1}`;
    return {
      kind: 'unreadable', at,
      why: `not UTF-8 text (byte 0x${(buffer[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')} here; saved as Latin-1 or Windows-1252?) — save it as UTF-8 to lint it`,
    };
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (the buffer is known not to be UTF-8). */
function firstInvalidUtf8(bytes: Buffer): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // Overlong, surrogate and out-of-range forms.
    const second = bytes[i + 1]!;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}

/**
 * Writes the fixed text with write-file-atomic: a temporary file in the same folder, fsync, then
 * a rename over the original, keeping its mode and owner; the temporary file is removed if
 * anything fails. Line endings and a BOM are the text's own: fixes only insert.
 * Returns undefined, or the error code.
 */
export async function writeDocument(file: string, text: string): Promise<string | undefined> {
  try {
    await writeFileAtomic(file, text, { encoding: 'utf8' });
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
}

const TOO_LARGE: Record<Locale, string> = {
  en: '{size}, over the {limit} size limit: not linted — raise maxFileSize in .charterlintrc.yaml or pass --max-file-size',
  fr: '{size}, au-delà de la limite de {limit} : non analysé — relevez maxFileSize dans .charterlintrc.yaml ou passez --max-file-size',
};

/** The report of a file over the size limit: one `parse-error` on line 1, every check not applicable. */
export function tooLargeResult(filePath: string, size: number, limit: number, locale: Locale): LintResult {
  const message = format(pack(locale).messages.parseError, { message: format(TOO_LARGE[locale], { size: formatSize(size), limit: formatSize(limit) }) });
  return {
    filePath,
    sourceKind: sourceKindOf(filePath),
    documentType: 'charter',
    documentTypeSource: 'default',
    language: locale,
    coverage: Object.fromEntries(CHECK_CODES.map((code) => [code, 'not-applicable'])) as Record<(typeof CHECK_CODES)[number], Verdict>,
    evidence: {},
    diagnostics: [{ ruleId: 'parse-error', ruleName: ruleMeta('parse-error').name, severity: 'error', message, range: { start: 0, end: 0 }, docsUrl: docsUrl('parse-error') }],
    text: '',
  };
}
