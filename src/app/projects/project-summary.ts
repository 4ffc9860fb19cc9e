// Use case: the project summary as a Word document, made from what is stored about a project and written by
// the person named in Settings ("Your name"), never by "Waymark".
import type { ProjectBundleRepository } from '../../db/project-bundle-repository';
import type { DocumentModel } from '../../domain/document-model';
import type { ProjectTemplate } from '../../domain/project-template';
import { renderProjectSummary } from '../../export/render-project-summary';
import { ProjectFileError } from './project-file';

/** Builds the summary's document model. `author` must be the person's own name; an empty one is refused. */
export async function projectSummaryDocument(
  bundles: ProjectBundleRepository,
  projectId: string,
  options: {
    author: string;
    marking: string;
    today: Date;
    /** The title of a template the project uses, when it is installed (ids are shown otherwise). */
    templateTitle?: (use: ProjectTemplate) => string | undefined;
  },
): Promise<DocumentModel> {
  const author = options.author.trim();
  if (author.length === 0) throw new ProjectFileError('Enter your name, to be shown as the author of the document.');
  const bundle = await bundles.load(projectId);
  if (!bundle) throw new ProjectFileError('That project no longer exists.');
  return renderProjectSummary(
    { ...bundle, attachments: bundle.attachments.map(({ data: _bytes, ...meta }) => meta) },
    {
      author,
      marking: options.marking,
      date: options.today.toISOString().slice(0, 10),
      ...(options.templateTitle ? { templateTitle: options.templateTitle } : {}),
    },
  );
}
