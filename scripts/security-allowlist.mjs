// The allowlist of the security scan (npm run security): reads Electronegativity's SARIF output,
// validates the allowlist file, and sorts findings into allowed and not allowed. Kept free of
// side effects so it can be tested on its own.

/**
 * @typedef {{ rule: string, file: string, line: number, message: string }} Finding
 * @typedef {{ rule: string, file: string, reason: string, message?: string }} AllowlistEntry
 */

const ENTRY_KEYS = ['rule', 'file', 'reason', 'message'];

/**
 * Checks the parsed allowlist file: `{ "entries": [{ "rule", "file", "reason", "message"? }] }`, where
 * rule is a check id, file a project-relative path or glob, reason a non-empty explanation, and the
 * optional message the exact finding text (for rules that report different problems under one id).
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
    const { message } = entry;
    if (message !== undefined && (typeof message !== 'string' || message.trim() === '')) {
      errors.push(`${where} has a message that is not the text of a finding.`);
    }
    if (typeof rule === 'string' && typeof file === 'string' && typeof reason === 'string') {
      entries.push(typeof message === 'string' ? { rule, file, reason, message } : { rule, file, reason });
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
 * The allowlist entry that covers a finding (same rule, file matching the glob, and the same
 * message when the entry names one), or null.
 * @param {Finding} finding
 * @param {AllowlistEntry[]} entries
 * @returns {AllowlistEntry | null}
 */
export function matchingEntry(finding, entries) {
  return (
    entries.find(
      (entry) =>
        entry.rule === finding.rule &&
        globToRegExp(entry.file).test(finding.file) &&
        (entry.message === undefined || entry.message === finding.message),
    ) ?? null
  );
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
    const entry = matchingEntry(finding, entries);
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
