// Editing a checklist (kind: standard): its edition and its points, each with a summary, guidance, what
// assessors look for in each phase and examples of evidence.
import { moveItem, newPoint, removeAt, replaceAt } from '../../domain/own-pack';
import type { StandardPoint, StandardTemplate } from '../../domain/pack';
import { PHASES } from '../../domain/project';
import { AddItemButton, EditorLines, EditorText, EditorTextArea, ItemCard, optional } from './editor-fields';
import { PhaseLists } from './PhaseLists';

export function PointsEditor({
  template,
  onChange,
}: {
  template: StandardTemplate;
  onChange: (template: StandardTemplate) => void;
}) {
  const { points } = template;
  const setPoints = (next: StandardPoint[]) => onChange({ ...template, points: next });
  const setPoint = (index: number, point: StandardPoint) => setPoints(replaceAt(points, index, point));
  return (
    <>
      <EditorText
        id="tpl-edition"
        label="Edition of the standard (optional)"
        hint="If this checklist follows a published standard, which version of it, for example 2019"
        value={template.edition}
        onChange={(v) => onChange({ ...template, edition: optional(v) })}
      />
      <h2 id="tpl-points-heading">Points</h2>
      <p className="hint" id="tpl-points">
        Each point is something a team is checked against. They are shown in this order.
      </p>
      {points.map((point, index) => {
        const id = `tpl-points-${index}`;
        return (
          <ItemCard
            key={point.id}
            listId="tpl-points"
            index={index}
            count={points.length}
            noun="Point"
            heading={`Point ${index + 1}${point.title ? `: ${point.title}` : ''}`}
            onMove={(direction) => setPoints(moveItem(points, index, direction))}
            onRemove={() => setPoints(removeAt(points, index))}
          >
            <EditorText
              id={`${id}-title`}
              label="Title"
              value={point.title}
              onChange={(v) => setPoint(index, { ...point, title: v })}
            />
            <EditorTextArea
              id={`${id}-summary`}
              label="Summary"
              hint="What the point asks of a team, in a sentence or two"
              value={point.summary}
              onChange={(v) => setPoint(index, { ...point, summary: v })}
            />
            <EditorTextArea
              id={`${id}-guidance`}
              label="Guidance (optional)"
              hint="Longer advice. Leave a blank line between paragraphs."
              rows={5}
              value={point.guidance}
              onChange={(v) => setPoint(index, { ...point, guidance: optional(v) })}
            />
            <PhaseLists
              idBase={`${id}-look_for`}
              legend="What assessors look for (optional)"
              hint="For each phase, one thing on each line. Leave a phase empty if it does not apply."
              phases={PHASES}
              value={point.look_for}
              onChange={(v) => setPoint(index, { ...point, look_for: v })}
            />
            <EditorLines
              id={`${id}-evidence`}
              label="Examples of evidence (optional)"
              hint="Documents or artefacts a team could show, one on each line"
              value={point.evidence}
              onChange={(v) => setPoint(index, { ...point, evidence: v })}
            />
          </ItemCard>
        );
      })}
      <AddItemButton
        label="Add a point"
        firstFieldId={`tpl-points-${points.length}-title`}
        onAdd={() => setPoints([...points, newPoint(points)])}
      />
    </>
  );
}
