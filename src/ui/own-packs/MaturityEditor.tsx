// Editing a maturity model: its levels (lowest first) and its categories, each with a description of what
// every level looks like; categories copied from other packs may also have dimensions.
import { addLevel, moveItem, newCategory, removeAt, removeLevel, replaceAt } from '../../domain/own-pack';
import type { MaturityCategory, MaturityLevel, MaturityModelTemplate } from '../../domain/pack';
import { AddItemButton, EditorText, EditorTextArea, ItemCard, optional } from './editor-fields';

type Dimension = NonNullable<MaturityCategory['dimensions']>[number];

function LevelDescriptions(props: {
  idBase: string;
  levels: readonly MaturityLevel[];
  value: Record<string, string>;
  onChange: (value: Record<string, string>) => void;
}) {
  const { idBase, levels, value, onChange } = props;
  return (
    <fieldset className="fieldset editor-phases">
      <legend className="label">What each level looks like</legend>
      {levels.map((level, index) => (
        <EditorTextArea
          key={level.id}
          id={`${idBase}-levels-${level.id}`}
          label={level.label || `Level ${index + 1}`}
          value={value[level.id]}
          onChange={(v) => onChange({ ...value, [level.id]: v })}
        />
      ))}
    </fieldset>
  );
}

function DimensionsEditor(props: {
  idBase: string;
  model: MaturityModelTemplate;
  dimensions: Dimension[];
  onChange: (value: Dimension[]) => void;
}) {
  const { idBase, model, dimensions, onChange } = props;
  return (
    <div className="editor-nested">
      <h4 className="editor-nested__heading" id={`${idBase}-dimensions-heading`} tabIndex={-1}>
        Dimensions
      </h4>
      {dimensions.map((dimension, index) => {
        const id = `${idBase}-dimensions-${index}`;
        const set = (next: Dimension) => onChange(replaceAt(dimensions, index, next));
        return (
          <ItemCard
            key={dimension.id}
            listId={`${idBase}-dimensions`}
            index={index}
            count={dimensions.length}
            noun="Dimension"
            heading={`Dimension ${index + 1}${dimension.title ? `: ${dimension.title}` : ''}`}
            onMove={(direction) => onChange(moveItem(dimensions, index, direction))}
            onRemove={() => onChange(removeAt(dimensions, index))}
          >
            <EditorText
              id={`${id}-title`}
              label="Title"
              value={dimension.title}
              onChange={(v) => set({ ...dimension, title: v })}
            />
            <EditorTextArea
              id={`${id}-summary`}
              label="Summary (optional)"
              value={dimension.summary}
              onChange={(v) => set({ ...dimension, summary: optional(v) })}
            />
            <LevelDescriptions
              idBase={id}
              levels={model.levels}
              value={dimension.levels}
              onChange={(levels) => set({ ...dimension, levels })}
            />
          </ItemCard>
        );
      })}
    </div>
  );
}

export function MaturityEditor({
  template,
  onChange,
}: {
  template: MaturityModelTemplate;
  onChange: (template: MaturityModelTemplate) => void;
}) {
  const { levels, categories } = template;
  const setLevels = (next: MaturityLevel[]) => onChange({ ...template, levels: next });
  const setCategories = (next: MaturityCategory[]) => onChange({ ...template, categories: next });
  const setCategory = (index: number, category: MaturityCategory) =>
    setCategories(replaceAt(categories, index, category));
  return (
    <>
      <h2 id="tpl-levels-heading">Levels</h2>
      <p className="hint" id="tpl-levels">
        The levels each category is rated on, lowest first. A model can have up to 10.
      </p>
      {levels.map((level, index) => (
        <ItemCard
          key={level.id}
          listId="tpl-levels"
          index={index}
          count={levels.length}
          noun="Level"
          heading={`Level ${index + 1}${level.label ? `: ${level.label}` : ''}`}
          onMove={(direction) => setLevels(moveItem(levels, index, direction))}
          onRemove={() => onChange(removeLevel(template, index))}
        >
          <EditorText
            id={`tpl-levels-${index}-label`}
            label="Name"
            value={level.label}
            onChange={(v) => setLevels(replaceAt(levels, index, { ...level, label: v }))}
          />
          <EditorTextArea
            id={`tpl-levels-${index}-summary`}
            label="What this level means (optional)"
            value={level.summary}
            onChange={(v) => setLevels(replaceAt(levels, index, { ...level, summary: optional(v) }))}
          />
        </ItemCard>
      ))}
      <AddItemButton
        label="Add a level"
        firstFieldId={`tpl-levels-${levels.length}-label`}
        disabled={levels.length >= 10}
        onAdd={() => onChange(addLevel(template))}
      />

      <h2 id="tpl-categories-heading">Categories</h2>
      <p className="hint" id="tpl-categories">
        Each category is rated on the levels above. Describe what every level looks like for it.
      </p>
      {categories.map((category, index) => {
        const id = `tpl-categories-${index}`;
        return (
          <ItemCard
            key={category.id}
            listId="tpl-categories"
            index={index}
            count={categories.length}
            noun="Category"
            heading={`Category ${index + 1}${category.title ? `: ${category.title}` : ''}`}
            onMove={(direction) => setCategories(moveItem(categories, index, direction))}
            onRemove={() => setCategories(removeAt(categories, index))}
          >
            <EditorText
              id={`${id}-title`}
              label="Title"
              value={category.title}
              onChange={(v) => setCategory(index, { ...category, title: v })}
            />
            <EditorTextArea
              id={`${id}-summary`}
              label="Summary"
              hint="What the category is about"
              value={category.summary}
              onChange={(v) => setCategory(index, { ...category, summary: v })}
            />
            {category.levels && (
              <LevelDescriptions
                idBase={id}
                levels={levels}
                value={category.levels}
                onChange={(value) => setCategory(index, { ...category, levels: value })}
              />
            )}
            {category.dimensions && (
              <DimensionsEditor
                idBase={id}
                model={template}
                dimensions={category.dimensions}
                onChange={(dimensions) => setCategory(index, { ...category, dimensions })}
              />
            )}
          </ItemCard>
        );
      })}
      <AddItemButton
        label="Add a category"
        firstFieldId={`tpl-categories-${categories.length}-title`}
        onAdd={() => setCategories([...categories, newCategory(template)])}
      />
    </>
  );
}
