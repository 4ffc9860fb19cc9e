// Works out what restoring a backup would do to the workspace, record by record, before anything is
// written: the preview the person confirms, and the same decisions the restore then carries out.
// Replace: the workspace becomes the backup (records not in it are removed). Merge: nothing is removed;
// a record in both is taken from the backup only when the backup's copy is newer (by when it was last
// changed), and a project's template uses, its compliance map, its assessments, maturity self-assessments, business
// case and case revisions, and an evidence item's attached files go with it.
import type { WorkspaceSummary } from '../../db/workspace-repository';
import { ASSESSMENT_STAGE_LABELS } from '../../domain/assessment/assessment-model';
import { MACHINE_SETTINGS, type WorkspaceBackup } from '../../packs/backup-file';

export type RestoreMode = 'replace' | 'merge';
export type RestoreAction = 'add' | 'replace' | 'keep' | 'remove';
export type RestoreRecordKind = 'project' | 'evidence' | 'map' | 'pack' | 'setting';

export interface RestoreLine {
  kind: RestoreRecordKind;
  /** The record's key: a project, evidence or map id, a pack's "id@version", a setting's name. */
  key: string;
  /** What people call it: a project's name, an evidence title, a pack's name and version. */
  label: string;
  action: RestoreAction;
  /** Why, in a few plain words. */
  reason: string;
}

/** The records that go with their project beside its map: listed apart from `lines`, one kind each. */
export type RestorePartKind = 'assessment' | 'maturity-assessment' | 'business-case' | 'case-revision';

/** What each kind of part is called, for a preview. */
export const RESTORE_PART_LABELS: Record<RestorePartKind, string> = {
  assessment: 'Assessment',
  'maturity-assessment': 'Maturity self-assessment',
  'business-case': 'Business case',
  'case-revision': 'Business case revision',
};

export interface RestorePartLine {
  kind: RestorePartKind;
  /** The record's id. */
  key: string;
  /** What people call it, with its project's name. */
  label: string;
  action: RestoreAction;
  reason: string;
}

export interface RestorePlan {
  mode: RestoreMode;
  /** True when the workspace holds no projects, evidence or own packs. */
  workspaceEmpty: boolean;
  lines: RestoreLine[];
  counts: Record<RestoreAction, number>;
  /**
   * The assessments, maturity self-assessments, business cases and case revisions the restore adds, replaces,
   * keeps or removes: each follows its project, as its compliance map does.
   */
  parts: RestorePartLine[];
  /** The parts counted by what happens to them, and by kind. */
  partCounts: Record<RestorePartKind, Record<RestoreAction, number>>;
  /** Keys ("id@version") of the pack versions in use here, so that a merge never makes two of one pack active. */
  activePackKeys: string[];
}

/** How many records and parts a restore adds, replaces, keeps or removes. */
export function restoreTotal(plan: Pick<RestorePlan, 'counts' | 'partCounts'>, action: RestoreAction): number {
  return Object.values(plan.partCounts).reduce((sum, byAction) => sum + byAction[action], plan.counts[action]);
}

function decide(local: string | undefined, incoming: string, mode: RestoreMode): [RestoreAction, string] {
  if (local === undefined) return ['add', 'not in this workspace'];
  if (mode === 'replace') return ['replace', 'replaced by the copy in the backup'];
  if (incoming > local) return ['replace', 'the copy in the backup is newer'];
  if (incoming === local) return ['keep', 'the same in both'];
  return ['keep', 'the copy in this workspace is newer'];
}

/** Plans a restore. Pure: the same workspace, backup and mode always give the same plan. */
export function planRestore(current: WorkspaceSummary, backup: WorkspaceBackup, mode: RestoreMode): RestorePlan {
  const lines: RestoreLine[] = [];
  const localProjects = new Map(current.projects.map((p) => [p.id, p]));
  const projectNames = new Map([...current.projects, ...backup.projects].map((p) => [p.id, p.name]));
  for (const p of backup.projects) {
    const [action, reason] = decide(localProjects.get(p.id)?.updatedAt, p.updatedAt, mode);
    lines.push({ kind: 'project', key: p.id, label: p.name, action, reason });
  }
  const localEvidence = new Map(current.evidence.map((e) => [e.id, e]));
  for (const e of backup.evidence) {
    const [action, reason] = decide(localEvidence.get(e.id)?.updatedAt, e.updatedAt, mode);
    const label = `${e.title} (${projectNames.get(e.projectId) ?? 'unknown project'})`;
    lines.push({ kind: 'evidence', key: e.id, label, action, reason });
  }
  lines.push(...mapLines(current, backup, lines));
  const localPacks = new Map(current.packs.map((p) => [p.key, p]));
  for (const p of backup.packs) {
    const key = `${p.id}@${p.version}`;
    const label = `${p.pack.manifest.name} (${p.version})`;
    const foreign = current.packs.find((l) => l.id === p.id && l.origin !== 'own');
    if (foreign) {
      lines.push({ kind: 'pack', key, label, action: 'keep', reason: 'a pack with the same id came from elsewhere' });
      continue;
    }
    const [action, reason] = decide(localPacks.get(key)?.installedAt, p.installedAt, mode);
    lines.push({ kind: 'pack', key, label, action, reason });
  }
  const localSettings = new Set(current.settings.filter((k) => !MACHINE_SETTINGS.includes(k)));
  for (const s of backup.settings) {
    const present = localSettings.has(s.key);
    if (!present) lines.push({ kind: 'setting', key: s.key, label: s.key, action: 'add', reason: 'not set here' });
    else if (mode === 'replace')
      lines.push({ kind: 'setting', key: s.key, label: s.key, action: 'replace', reason: 'set as in the backup' });
    else lines.push({ kind: 'setting', key: s.key, label: s.key, action: 'keep', reason: 'already set here' });
  }
  if (mode === 'replace') {
    const inBackup = new Set(lines.map((l) => `${l.kind}:${l.key}`));
    const gone = (kind: RestoreRecordKind, key: string, label: string): void => {
      if (!inBackup.has(`${kind}:${key}`))
        lines.push({ kind, key, label, action: 'remove', reason: 'not in the backup' });
    };
    for (const p of current.projects) gone('project', p.id, p.name);
    for (const e of current.evidence)
      gone('evidence', e.id, `${e.title} (${projectNames.get(e.projectId) ?? 'unknown project'})`);
    const mapped = new Set((backup.complianceMaps ?? []).map((m) => m.projectId));
    for (const m of current.complianceMaps) if (!mapped.has(m.projectId)) gone('map', m.id, mapLabel(m, projectNames));
    for (const p of current.packs) if (p.origin === 'own') gone('pack', p.key, p.key);
    for (const key of localSettings) gone('setting', key, key);
  }
  const counts: Record<RestoreAction, number> = { add: 0, replace: 0, keep: 0, remove: 0 };
  for (const line of lines) counts[line.action] += 1;
  const parts = partLines(current, backup, lines, mode);
  const none = (): Record<RestoreAction, number> => ({ add: 0, replace: 0, keep: 0, remove: 0 });
  const partCounts: Record<RestorePartKind, Record<RestoreAction, number>> = {
    assessment: none(),
    'maturity-assessment': none(),
    'business-case': none(),
    'case-revision': none(),
  };
  for (const part of parts) partCounts[part.kind][part.action] += 1;
  return {
    mode,
    workspaceEmpty:
      current.projects.length === 0 && current.evidence.length === 0 && !current.packs.some((p) => p.origin === 'own'),
    lines,
    counts,
    parts,
    partCounts,
    activePackKeys: current.packs.filter((p) => p.active).map((p) => p.key),
  };
}

function mapLabel(map: { title: string; projectId: string }, projectNames: ReadonlyMap<string, string>): string {
  return `${map.title} (${projectNames.get(map.projectId) ?? 'unknown project'})`;
}

/**
 * A compliance map goes with its project: added or replaced when the project is, kept when it is kept. A
 * project replaced from the backup loses a map here that the backup's copy does not have, as it loses its
 * template uses; in a replace, the maps of projects not in the backup go with them (listed as removed later).
 */
function mapLines(
  current: WorkspaceSummary,
  backup: WorkspaceBackup,
  projectLines: readonly RestoreLine[],
): RestoreLine[] {
  const lines: RestoreLine[] = [];
  const projectNames = new Map([...current.projects, ...backup.projects].map((p) => [p.id, p.name]));
  const localByProject = new Map(current.complianceMaps.map((m) => [m.projectId, m]));
  const incoming = backup.complianceMaps ?? [];
  const incomingProjects = new Set(incoming.map((m) => m.projectId));
  const projectAction = new Map(projectLines.filter((l) => l.kind === 'project').map((l) => [l.key, l.action]));
  for (const map of incoming) {
    const action = projectAction.get(map.projectId);
    const local = localByProject.get(map.projectId);
    const label = mapLabel(map, projectNames);
    if (action === 'add' || action === 'replace')
      lines.push(
        local
          ? { kind: 'map', key: map.id, label, action: 'replace', reason: 'goes with its project' }
          : { kind: 'map', key: map.id, label, action: 'add', reason: 'goes with its project' },
      );
    else lines.push({ kind: 'map', key: map.id, label, action: 'keep', reason: 'its project is kept as it is here' });
  }
  for (const local of current.complianceMaps) {
    if (projectAction.get(local.projectId) === 'replace' && !incomingProjects.has(local.projectId))
      lines.push({
        kind: 'map',
        key: local.id,
        label: mapLabel(local, projectNames),
        action: 'remove',
        reason: 'its project is replaced by the copy in the backup, which has no map',
      });
  }
  return lines;
}

interface PartRecord {
  kind: RestorePartKind;
  id: string;
  projectId: string;
  label: string;
}

/** The parts of a workspace or a backup, each with its project (a revision's through its case) and its words. */
function partRecords(
  records: {
    assessments: readonly {
      id: string;
      projectId: string;
      stage: keyof typeof ASSESSMENT_STAGE_LABELS;
      panelDate: string | null;
    }[];
    maturityAssessments: readonly { id: string; projectId: string; date: string }[];
    businessCases: readonly { id: string; projectId: string; title: string }[];
    caseRevisions: readonly { id: string; caseId: string; number: number }[];
  },
  projectNames: ReadonlyMap<string, string>,
): PartRecord[] {
  const of = (projectId: string) => projectNames.get(projectId) ?? 'unknown project';
  const cases = new Map(records.businessCases.map((c) => [c.id, c]));
  return [
    ...records.assessments.map((a) => ({
      kind: 'assessment' as const,
      id: a.id,
      projectId: a.projectId,
      label: `${ASSESSMENT_STAGE_LABELS[a.stage]}${a.panelDate ? ` on ${a.panelDate}` : ''} (${of(a.projectId)})`,
    })),
    ...records.maturityAssessments.map((m) => ({
      kind: 'maturity-assessment' as const,
      id: m.id,
      projectId: m.projectId,
      label: `Maturity self-assessment of ${m.date} (${of(m.projectId)})`,
    })),
    ...records.businessCases.map((c) => ({
      kind: 'business-case' as const,
      id: c.id,
      projectId: c.projectId,
      label: `${c.title} (${of(c.projectId)})`,
    })),
    ...records.caseRevisions.map((r) => {
      const owner = cases.get(r.caseId);
      return {
        kind: 'case-revision' as const,
        id: r.id,
        projectId: owner?.projectId ?? '',
        label: `Revision ${r.number} of ${owner ? `${owner.title} (${of(owner.projectId)})` : 'a business case no longer here'}`,
      };
    }),
  ];
}

/**
 * Assessments, maturity self-assessments, business cases and case revisions follow their project as its map
 * does: added or replaced when the project is, kept when it is kept; the ones here of a project replaced from
 * the backup that the backup's copy does not have are removed, and in a replace so are those of projects not
 * in the backup.
 */
function partLines(
  current: WorkspaceSummary,
  backup: WorkspaceBackup,
  projectLines: readonly RestoreLine[],
  mode: RestoreMode,
): RestorePartLine[] {
  const projectNames = new Map([...current.projects, ...backup.projects].map((p) => [p.id, p.name]));
  const projectAction = new Map(projectLines.filter((l) => l.kind === 'project').map((l) => [l.key, l.action]));
  const local = partRecords(current, projectNames);
  const incoming = partRecords(
    {
      assessments: backup.assessments ?? [],
      maturityAssessments: backup.maturityAssessments ?? [],
      businessCases: backup.businessCases ?? [],
      caseRevisions: backup.caseRevisions ?? [],
    },
    projectNames,
  );
  const key = (r: { kind: string; id: string }) => `${r.kind}:${r.id}`;
  const localKeys = new Set(local.map(key));
  const incomingKeys = new Set(incoming.map(key));
  const taken = (projectId: string) => {
    const action = projectAction.get(projectId);
    return action === 'add' || action === 'replace';
  };
  const lines: RestorePartLine[] = incoming.map((r) =>
    taken(r.projectId)
      ? {
          kind: r.kind,
          key: r.id,
          label: r.label,
          action: localKeys.has(key(r)) ? 'replace' : 'add',
          reason: 'goes with its project',
        }
      : { kind: r.kind, key: r.id, label: r.label, action: 'keep', reason: 'its project is kept as it is here' },
  );
  for (const r of local) {
    if (incomingKeys.has(key(r)) && taken(r.projectId)) continue;
    if (taken(r.projectId))
      lines.push({
        kind: r.kind,
        key: r.id,
        label: r.label,
        action: 'remove',
        reason: 'its project is replaced by the copy in the backup, which does not have it',
      });
    // In a replace every project of the backup is taken, so a project not taken here is one the backup lacks.
    else if (mode === 'replace' && !incomingKeys.has(key(r)))
      lines.push({
        kind: r.kind,
        key: r.id,
        label: r.label,
        action: 'remove',
        reason: 'its project is not in the backup',
      });
  }
  return lines;
}

/** A fingerprint of a plan's decisions, to notice that the workspace changed between preview and restore. */
export function planFingerprint(plan: RestorePlan): string {
  return JSON.stringify([
    plan.lines.map((l) => [l.kind, l.key, l.action]),
    plan.parts.map((l) => [l.kind, l.key, l.action]),
  ]);
}
