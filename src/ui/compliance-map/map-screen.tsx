// What every compliance map screen shares: reading the project's map (and saying plainly when there is
// none or it cannot be read), and saving a change from a form onto the copy the person was shown.
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { changeMap } from '../../app/compliance-map/map-actions';
import type { ComplianceMap } from '../../domain/compliance-map/map-model';
import type { EditContext, EditErrors, EditOutcome } from '../../domain/compliance-map/map-edits';
import type { Project } from '../../domain/project';
import { errorMessage } from '../components/error-message';
import type { ErrorItem } from '../components/ErrorSummary';
import { Page } from '../components/Page';
import { repositories, useComplianceMap } from '../data';
import { paths } from '../paths';
import { useLayoutProject } from '../projects/project-outlet';
import { useNotices } from '../state/notices';

/**
 * Shows `children` with the project's map once it is read. Without a map (or with one this version cannot
 * read) the page says so under its own title, with the way back to the map's home.
 */
export function WithMap({
  title,
  children,
}: {
  /** The page's title, used for the window title when there is no map to show. */
  title: string;
  children: (map: ComplianceMap, project: Project) => ReactNode;
}) {
  const project = useLayoutProject();
  const stored = useComplianceMap(project.id);
  if (stored === undefined) return <p className="muted">Loading…</p>;
  if (stored.state === 'ready') return children(stored.map, project);
  return (
    <Page title={`${title}: ${project.name}`} heading={title} caption={project.name}>
      <p>
        {stored.state === 'none'
          ? 'This project has no compliance map yet.'
          : 'This project\u2019s compliance map cannot be read by this version of Waymark, so it is left as it is.'}
      </p>
      <p>
        <Link to={paths.map.home(project.id)}>Go to the compliance map</Link>
      </p>
    </Page>
  );
}

export type MapChange = (map: ComplianceMap, context: EditContext) => EditOutcome;

/**
 * Saving a change from a form. The map's `updatedAt` when the form opened is kept, so a change made
 * meanwhile in another window is reported instead of overwritten.
 */
export function useMapSave(project: Project, map: ComplianceMap) {
  const [openedAt] = useState(map.updatedAt);
  const [errors, setErrors] = useState<EditErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  /** Saves; on success shows `message` and calls `after` with the saved map. */
  async function save(change: MapChange, message: string, after: (saved: ComplianceMap) => Promise<void> | void) {
    if (saving) return;
    setSaving(true);
    setSaveError(null);
    try {
      const outcome = await changeMap(repositories(), { projectId: project.id, expectedUpdatedAt: openedAt, change });
      if (!outcome.ok) {
        setErrors(outcome.errors);
        return;
      }
      setErrors({});
      useNotices.getState().show({ kind: 'success', message, carry: true });
      await after(outcome.map);
    } catch (error) {
      setErrors({});
      setSaveError(errorMessage(error, 'Your change could not be saved. Everything saved before is safe. Try again.'));
    } finally {
      setSaving(false);
    }
  }
  return { errors, saveError, saving, save };
}

/** The error summary's items: each field's message linked to its control, then problems with the whole. */
export function summaryItems(
  errors: EditErrors,
  fieldIds: Readonly<Record<string, string>>,
  saveError: string | null,
): ErrorItem[] {
  const items: ErrorItem[] = [];
  for (const [field, id] of Object.entries(fieldIds)) {
    const message = errors[field];
    if (message) items.push({ fieldId: id, message });
  }
  for (const [field, message] of Object.entries(errors)) if (message && !(field in fieldIds)) items.push({ message });
  if (saveError) items.push({ message: saveError });
  return items;
}

/** Carries out a change from a list (a button, not a form) on the map as shown, and reports the outcome. */
export async function changeFromList(
  project: Project,
  map: ComplianceMap,
  change: MapChange,
  message: string,
): Promise<boolean> {
  try {
    const outcome = await changeMap(repositories(), {
      projectId: project.id,
      expectedUpdatedAt: map.updatedAt,
      change,
    });
    if (!outcome.ok) {
      useNotices
        .getState()
        .show({ kind: 'error', message: Object.values(outcome.errors)[0] ?? 'Nothing was changed.' });
      return false;
    }
    useNotices.getState().show({ kind: 'success', message });
    return true;
  } catch (error) {
    useNotices.getState().show({ kind: 'error', message: errorMessage(error, 'Nothing was changed. Try again.') });
    return false;
  }
}
