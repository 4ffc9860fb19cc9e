// The limits a process file (CSV or Excel) and a links file must keep within. These files come from people's
// own computers and email, so every size and count is bounded before and while they are read; the errors
// state the limit, and docs/process-files.md lists them.
import { PACK_LIMITS } from '../domain/pack-limits';

export const PROCESS_FILE_LIMITS = {
  /** Bytes of the file as chosen (a CSV file or an .xlsx file). */
  maxFileBytes: 10_485_760,
  /** Steps (rows after the header) in a process file, as in a pack's process CSV. */
  maxRows: PACK_LIMITS.maxCsvRows,
  /** Characters in one cell; the longest field, a description, may hold this many. */
  maxCellChars: PACK_LIMITS.maxLongText,
  /** Entries (files and folders) inside an .xlsx file, which is a zip. */
  maxXlsxEntries: 500,
  /** Bytes of one part of an .xlsx file once uncompressed (a sheet, the shared text). */
  maxXlsxPartBytes: 16_777_216,
  /** Bytes of all parts of an .xlsx file together once uncompressed. */
  maxXlsxTotalBytes: 33_554_432,
  /** Largest uncompressed-to-compressed ratio for a part over 4 KB; more is refused as a possible zip bomb. */
  maxCompressionRatio: 100,
  /** The last row any cell of any sheet may be on (the steps, the header, and room for blank rows). */
  maxSheetRows: 10_000,
  /** The last column any cell of any sheet may be in (50 is column AX). */
  maxSheetColumns: 50,
  /** Problems listed for one file; the rest are counted in a final line. */
  maxProblems: PACK_LIMITS.maxProblems,
} as const;

/** A number as people read it in an error: 10,000. */
export function withCommas(value: number): string {
  return value.toLocaleString('en-GB');
}

/**
 * A size in bytes as people read it: "10 MB", "10.1 MB", "512 KB". Rounded up, so a file just over a
 * limit never reads as the limit itself.
 */
export function megabytes(bytes: number): string {
  if (bytes >= 1_048_576) return `${withCommas(Math.ceil((bytes / 1_048_576) * 10) / 10)} MB`;
  return `${withCommas(Math.ceil(bytes / 1024))} KB`;
}
