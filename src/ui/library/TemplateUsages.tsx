// Which projects use a template, and at which version.
import { Link } from 'react-router';
import { useTemplateUsages } from '../data';
import { paths } from '../paths';

export function TemplateUsages({
  packId,
  templateId,
  installedVersion,
}: {
  packId: string;
  templateId: string;
  installedVersion: string;
}) {
  const usages = useTemplateUsages(packId, templateId);
  if (!usages) return null;
  return (
    <section aria-labelledby="usages-heading">
      <h2 id="usages-heading">Projects using this template</h2>
      {usages.length === 0 ? (
        <p>No project uses this template yet. Add it from a project’s page.</p>
      ) : (
        <ul className="list list--bullet">
          {usages.map(({ project, use }) => (
            <li key={use.id}>
              <Link to={paths.project(project.id)}>{project.name}</Link> uses version {use.version}
              {use.version !== installedVersion && ` (version ${installedVersion} is installed)`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
