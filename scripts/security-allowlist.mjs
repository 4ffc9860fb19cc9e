// The allowlist of the security scan (npm run security): reads Electronegativity's SARIF output,
// validates the allowlist file, and sorts findings into allowed and not allowed. Kept free of
// side effects so it can be tested on its own.

/**
 * @typedef {{ rule: string, file: string, line: number, message: string, source?: string }} Finding
 * @typedef {{ rule: string, file: string, reason: string, message: string, source?: string }} AllowlistEntry
 */

const ENTRY_KEYS = ['rule', 'file', 'reason', 'message', 'source'];

/**
 * Checks the parsed allowlist file: `{ "entries": [{ "rule", "file", "message", "source"?, "reason" }] }`,
 * where rule is a check id, file a project-relative path or glob, message the exact finding text, reason
 * a non-empty explanation, and source the exact (trimmed) text of the line the finding points to. Every
 * entry is scoped to one finding: it needs the message, an entry for a project source file (not a
 * built file in dist/) needs the source line too, and each entry allows at most one finding, so a second
 * openExternal call in the same file is not covered by the first one's entry.
 * Any other key is refused so that a typo cannot silently widen what is allowed.
 * @param {unknown} data
 * @returns {{ entries: AllowlistEntry[], errors: string[] }}
 */
export function validateAllowlist(data) {
  const errors = [];
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !Array.isArray(data.entries)) {
    return { entries: [], errors: ['The allowlist must be an object with an "entries" list.'] };
  }
  const entries = [];
  data.entries.forEach((entry, index) => {
    const where = `Allowlist entry ${index + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      errors.push(`${where} is not an object with rule, file and reason.`);
      return;
    }
    const extra = Object.keys(entry).filter((key) => !ENTRY_KEYS.includes(key));
    if (extra.length > 0) errors.push(`${where} has unknown fields: ${extra.join(', ')}.`);
    const { rule, file, reason } = entry;
    if (typeof rule !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(rule))
      errors.push(`${where} needs a rule id such as OPEN_EXTERNAL_JS_CHECK.`);
    if (
      typeof file !== 'string' ||
      file.trim() === '' ||
      file.startsWith('/') ||
      file.includes('\\') ||
      file.split('/').includes('..')
    ) {
      errors.push(`${where} needs a file: a project-relative path or glob with forward slashes.`);
    }
    if (typeof reason !== 'string' || reason.trim() === '')
      errors.push(`${where} needs a reason explaining why the finding is safe.`);
    const { message, source } = entry;
    if (typeof message !== 'string' || message.trim() === '') {
      errors.push(`${where} needs the exact message of the finding it allows.`);
    }
    if (source !== undefined && (typeof source !== 'string' || source.trim() === '')) {
      errors.push(`${where} has a source that is not the text of a line.`);
    }
    if (source === undefined && typeof file === 'string' && !file.startsWith('dist/')) {
      errors.push(`${where} needs the source line its finding points to, as the file ${file} is project code.`);
    }
    if (
      typeof rule === 'string' &&
      typeof file === 'string' &&
      typeof reason === 'string' &&
      typeof message === 'string'
    ) {
      entries.push(
        typeof source === 'string' ? { rule, file, reason, message, source } : { rule, file, reason, message },
      );
    }
  });
  return { entries: errors.length === 0 ? entries : [], errors };
}

/**
 * Turns a glob into a regular expression over project-relative paths: `**` matches across folders,
 * `*` and `?` within one folder name; everything else is literal.
 * @param {string} glob
 * @returns {RegExp}
 */
export function globToRegExp(glob) {
  let pattern = '';
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      pattern += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (char === '*') {
      pattern += '[^/]*';
    } else if (char === '?') {
      pattern += '[^/]';
    } else {
      pattern += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${pattern}$`);
}

/**
 * The allowlist entry that covers a finding (same rule, file matching the glob, the same message, and
 * the same source line when the entry names one), or null. Entries in `used` have already allowed a
 * finding and allow no other.
 * @param {Finding} finding
 * @param {AllowlistEntry[]} entries
 * @param {Set<AllowlistEntry>} [used]
 * @returns {AllowlistEntry | null}
 */
export function matchingEntry(finding, entries, used = new Set()) {
  return (
    entries.find(
      (entry) =>
        !used.has(entry) &&
        entry.rule === finding.rule &&
        globToRegExp(entry.file).test(finding.file) &&
        entry.message === finding.message &&
        (entry.source === undefined || entry.source === finding.source),
    ) ?? null
  );
}

/**
 * Adds to each finding the trimmed text of the line it points to, read with `readText(file)` (which
 * returns the file's text, or null when it cannot be read).
 * @param {Finding[]} findings
 * @param {(file: string) => string | null} readText
 * @returns {Finding[]}
 */
export function withSourceLines(findings, readText) {
  return findings.map((finding) => {
    const text = finding.line > 0 ? readText(finding.file) : null;
    const line = text?.split(/\r?\n/)[finding.line - 1];
    return line === undefined ? finding : { ...finding, source: line.trim() };
  });
}

/**
 * Sorts findings into allowed and not allowed, and lists entries that matched nothing.
 * @param {Finding[]} findings
 * @param {AllowlistEntry[]} entries
 * @returns {{ allowed: { finding: Finding, entry: AllowlistEntry }[], blocked: Finding[], unused: AllowlistEntry[] }}
 */
export function partitionFindings(findings, entries) {
  const allowed = [];
  const blocked = [];
  const used = new Set();
  for (const finding of findings) {
    const entry = matchingEntry(finding, entries, used);
    if (entry) {
      allowed.push({ finding, entry });
      used.add(entry);
    } else {
      blocked.push(finding);
    }
  }
  return { allowed, blocked, unused: entries.filter((entry) => !used.has(entry)) };
}

/**
 * Reads the findings from Electronegativity's SARIF output. File paths are made relative to
 * `scanRoot` with forward slashes; a finding about the whole app has the file "(whole app)".
 * @param {unknown} sarif
 * @param {string} scanRoot  absolute path of the folder that was scanned
 * @returns {Finding[]}
 */
export function findingsFromSarif(sarif, scanRoot) {
  if (typeof sarif !== 'object' || sarif === null || !Array.isArray(sarif.runs)) {
    throw new Error('The security scanner did not produce a readable report.');
  }
  const root = scanRoot.replace(/\\/g, '/').replace(/\/+$/, '');
  const findings = [];
  for (const run of sarif.runs) {
    for (const result of Array.isArray(run?.results) ? run.results : []) {
      const location = result?.locations?.[0]?.physicalLocation;
      let uri = String(location?.artifactLocation?.uri ?? '').replace(/\\/g, '/');
      uri = uri.replace(/^file:\/\//, '');
      let file = uri.startsWith(`${root}/`) ? uri.slice(root.length + 1) : uri.replace(/^\/+/, '');
      if (file === '' || file === 'N/A') file = '(whole app)';
      findings.push({
        rule: String(result?.ruleId ?? 'UNKNOWN'),
        file,
        line: Number(location?.region?.startLine ?? 0),
        message: String(result?.message?.text ?? '').trim(),
      });
    }
  }
  return findings;
}
