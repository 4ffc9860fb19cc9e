// Editing a business case template: the phases it covers and its sections (with sub-sections one level
// deep), each with its purpose and the questions to answer in each phase.
import { moveItem, newSection, removeAt, replaceAt } from '../../domain/own-pack';
import type { BusinessCaseSection, BusinessCaseTemplate } from '../../domain/pack';
import { PHASE_LABELS, PHASES, type Phase } from '../../domain/project';
import { AddItemButton, EditorCheckboxes, EditorText, EditorTextArea, ItemCard } from './editor-fields';
import { PhaseLists, type PerPhase } from './PhaseLists';

type SubSection = NonNullable<BusinessCaseSection['sections']>[number];

function SectionFields<S extends SubSection>(props: {
  id: string;
  section: S;
  phases: readonly Phase[];
  onChange: (section: S) => void;
}) {
  const { id, section, phases, onChange } = props;
  return (
    <>
      <EditorText
        id={`${id}-title`}
        label="Title"
        value={section.title}
        onChange={(v) => onChange({ ...section, title: v })}
      />
      <EditorTextArea
        id={`${id}-purpose`}
        label="Purpose"
        hint="What this part of the case must show. Leave a blank line between paragraphs."
        rows={4}
        value={section.purpose}
        onChange={(v) => onChange({ ...section, purpose: v })}
      />
      <PhaseLists
        idBase={`${id}-prompts`}
        legend="Questions to answer (optional)"
        hint="For each phase, one question on each line."
        phases={phases}
        value={section.prompts}
        onChange={(prompts: PerPhase | undefined) => onChange({ ...section, prompts })}
      />
    </>
  );
}

export function BusinessCaseEditor({
  template,
  onChange,
}: {
  template: BusinessCaseTemplate;
  onChange: (template: BusinessCaseTemplate) => void;
}) {
  const { sections, phases } = template;
  const setSections = (next: BusinessCaseSection[]) => onChange({ ...template, sections: next });
  const setSection = (index: number, section: BusinessCaseSection) => setSections(replaceAt(sections, index, section));
  const ordered = PHASES.filter((phase) => phases.includes(phase));
  return (
    <>
      <EditorCheckboxes
        id="tpl-phases"
        legend="Phases the business case is revised in"
        hint="Questions can be given for each of these phases"
        options={PHASES.map((phase) => ({ value: phase, label: PHASE_LABELS[phase] }))}
        value={phases}
        onChange={(next) => onChange({ ...template, phases: next })}
      />
      <h2 id="tpl-sections-heading">Sections</h2>
      <p className="hint" id="tpl-sections">
        The parts of the business case, in the order they are written.
      </p>
      {sections.map((section, index) => {
        const id = `tpl-sections-${index}`;
        const subs = section.sections ?? [];
        const setSubs = (next: SubSection[]) =>
          setSection(index, { ...section, sections: next.length > 0 ? next : undefined });
        return (
          <ItemCard
            key={section.id}
            listId="tpl-sections"
            index={index}
            count={sections.length}
            noun="Section"
            heading={`Section ${index + 1}${section.title ? `: ${section.title}` : ''}`}
            onMove={(direction) => setSections(moveItem(sections, index, direction))}
            onRemove={() => setSections(removeAt(sections, index))}
          >
            <SectionFields id={id} section={section} phases={ordered} onChange={(next) => setSection(index, next)} />
            {subs.length > 0 && (
              <div className="editor-nested">
                <h4 className="editor-nested__heading" id={`${id}-sections-heading`} tabIndex={-1}>
                  Sub-sections
                </h4>
                {subs.map((sub, subIndex) => (
                  <ItemCard
                    key={sub.id}
                    listId={`${id}-sections`}
                    index={subIndex}
                    count={subs.length}
                    canRemove
                    noun="Sub-section"
                    heading={`Sub-section ${subIndex + 1}${sub.title ? `: ${sub.title}` : ''}`}
                    onMove={(direction) => setSubs(moveItem(subs, subIndex, direction))}
                    onRemove={() => setSubs(removeAt(subs, subIndex))}
                  >
                    <SectionFields
                      id={`${id}-sections-${subIndex}`}
                      section={sub}
                      phases={ordered}
                      onChange={(next) => setSubs(replaceAt(subs, subIndex, next))}
                    />
                  </ItemCard>
                ))}
              </div>
            )}
            <AddItemButton
              label="Add a sub-section"
              firstFieldId={`${id}-sections-${subs.length}-title`}
              onAdd={() => setSubs([...subs, newSection(sections)])}
            />
          </ItemCard>
        );
      })}
      <AddItemButton
        label="Add a section"
        firstFieldId={`tpl-sections-${sections.length}-title`}
        onAdd={() => setSections([...sections, newSection(sections)])}
      />
    </>
  );
}
