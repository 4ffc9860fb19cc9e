// The limits a template pack must keep within. Packs come from outside (a department's own pack, a zip
// sent by email), so every size, count and depth is bounded before and while the pack is read, which keeps
// reading fast and memory small however the files are built. docs/pack-format.md lists these limits.

export const PACK_LIMITS = {
  /** Files in a pack (folder or zip), README and licence files included. */
  maxFiles: 500,
  /** Bytes in one file once uncompressed. */
  maxFileBytes: 1_048_576,
  /** Bytes in all files of a pack together once uncompressed. */
  maxTotalBytes: 16_777_216,
  /** Bytes of a zip file itself. */
  maxZipBytes: 16_777_216,
  /** Entries (files and folders) listed in a zip. */
  maxZipEntries: 1_000,
  /** Largest uncompressed-to-compressed size ratio allowed for a zip entry over `ratioFloorBytes`. */
  maxCompressionRatio: 100,
  /** Entries this small are not held to the compression ratio (tiny files compress unevenly). */
  ratioFloorBytes: 4_096,
  /** Characters in a path inside a pack. */
  maxPathLength: 200,
  /** Folders deep a path may go (`standards/x.yaml` is 2; one more is allowed for a zip's top folder). */
  maxPathSegments: 3,
  /** Templates in one pack. */
  maxTemplates: 200,
  /** Nesting depth of any YAML document (a business case sub-section's prompt is at depth 7). */
  maxDepth: 16,
  /** Values (mappings, lists, keys and scalars together) in one YAML document. */
  maxYamlNodes: 100_000,
  /** Aliases (`*name`) a YAML document may expand; small, so alias bombs fail at once. */
  maxYamlAliases: 10,
  /** Items in any one list (points, steps, evidence, prompts ...). */
  maxListItems: 5_000,
  /**
   * Evidence items and dependencies of one process step. Smaller than other lists because a step becomes a
   * step of a compliance map, which holds these many (MAP_LIMITS), so every valid pack step can be mapped.
   */
  maxStepEvidence: 100,
  maxStepDependencies: 200,
  /** Characters in an identifier. */
  maxIdLength: 64,
  /** Characters in a short text such as a title, name, owner or licence. */
  maxShortText: 300,
  /** Characters in a summary or a single list entry. */
  maxSummaryText: 2_000,
  /** Characters in a long text such as guidance, a purpose or a description. */
  maxLongText: 20_000,
  /** Characters in a web address. */
  maxUrlLength: 2_000,
  /** Characters in a guide's Markdown body. */
  maxGuideBody: 200_000,
  /**
   * Headings in a guide. Each becomes a heading and a contents entry in Word, and what a long export
   * costs grows with the headings, so a guide with more is refused when the pack is checked.
   */
  maxGuideHeadings: 1_000,
  /** Characters in one line of a guide's Markdown body (keeps every per-line check fast). */
  maxGuideLine: 5_000,
  /** Rows in a process CSV, header excluded. */
  maxCsvRows: 5_000,
  /** Problems reported for one pack; the rest are counted in a final line. */
  maxProblems: 200,
} as const;
