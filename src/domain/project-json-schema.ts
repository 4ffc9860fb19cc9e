// The JSON Schema of a project file's manifest (project.json), generated from the reader's own schema so the
// two never disagree. scripts/generate-project-schema.mjs writes it to docs/project-schema.json; a test keeps
// that file current. Checks JSON Schema cannot express (unique ids, references that resolve, the SHA-256 of
// each attached file) are only in the reader; docs/project-format.md lists them.
import { z } from 'zod';
import { PROJECT_FILE_FORMAT, projectManifestSchema } from './project-file';

/** The JSON Schema (draft 2020-12) of project.json. */
export function projectJsonSchema(): Record<string, unknown> {
  const { $schema: _unused, ...definition } = z.toJSONSchema(projectManifestSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `Waymark project file manifest, format ${PROJECT_FILE_FORMAT}`,
    description:
      'The manifest (project.json) of a Waymark project file: the project, the templates it uses, its evidence and ' +
      'the details of its attached files. Generated from the reader; see docs/project-format.md.',
    ...definition,
  };
}
