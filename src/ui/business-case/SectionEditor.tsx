// The rich text editor for one section of a business case: headings, bold, italic, bullet and numbered
// lists, links and tables, with a toolbar of real buttons (each named, with its pressed state) and the
// usual keyboard shortcuts. It takes and gives Waymark's rich text (RichTextDoc) only; the editor's own
// JSON is converted at the edge (editor-json.ts) and HTML is never stored or rendered from data.
import { useEditor, useEditorState, EditorContent, type Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { isSafeLink, type RichTextDoc } from '../../domain/rich-text';
import { ErrorMessage } from '../components/fields';
import { editorExtensions } from './editor-extensions';
import { editorJsonToRichText, toEditorJson } from './editor-json';
// The editor's base styles come from ProseMirror's own published stylesheets, bundled with the app's CSS
// because the page's Content-Security-Policy lets no script inject a style element.
import 'prosemirror-view/style/prosemirror.css';
import 'prosemirror-gapcursor/style/gapcursor.css';
import './business-case.css';

export interface SectionEditorProps {
  /** The section's name, for the toolbar's name. */
  label: string;
  /** The id of the element that names the editor (the section's heading). */
  labelledBy: string;
  /** Ids of elements that describe it (the prompts), if any. */
  describedBy?: string;
  /** The text when the editor opens; later changes to it are not loaded (the editor owns its text). */
  value: RichTextDoc;
  onChange: (value: RichTextDoc) => void;
  /** Called instead of onChange when the text can no longer be stored (longer than a section may be), with why. */
  onUnsavable?: (problem: string) => void;
  /** Called when the editor loses focus, so a pending save can be made at once. */
  onBlur?: () => void;
}

const LINK_ERROR = 'Enter a web address starting with https:// or http://, or an email address starting with mailto:';

function ToolButton(props: {
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="editor-toolbar__button"
      aria-pressed={props.pressed}
      aria-keyshortcuts={props.shortcut}
      disabled={props.disabled}
      title={props.shortcut ? `${props.label} (${props.shortcut.replace(/\+/g, ' + ')})` : props.label}
      // Keep the selection in the text when a button is pressed with the mouse.
      onMouseDown={(event) => event.preventDefault()}
      onClick={props.onClick}
    >
      {props.label}
    </button>
  );
}

function LinkForm({ editor, fieldId, onDone }: { editor: Editor; fieldId: string; onDone: () => void }) {
  const current = editor.getAttributes('link') as { href?: unknown };
  const [href, setHref] = useState(typeof current.href === 'string' ? current.href : '');
  const [error, setError] = useState<string | null>(null);

  function apply(event: FormEvent) {
    event.preventDefault();
    const address = href.trim();
    if (!isSafeLink(address)) {
      setError(LINK_ERROR);
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href: address }).run();
    onDone();
  }

  return (
    <div className={`editor-link${error ? ' form-group--error' : ''}`} role="group" aria-label="Link">
      <label className="label" htmlFor={fieldId}>
        Link address
      </label>
      {error && <ErrorMessage id={`${fieldId}-error`}>{error}</ErrorMessage>}
      <input
        id={fieldId}
        className={`input${error ? ' input--error' : ''}`}
        type="text"
        inputMode="url"
        autoComplete="off"
        value={href}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setHref(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply(e);
          if (e.key === 'Escape') {
            e.preventDefault();
            onDone();
            editor.commands.focus();
          }
        }}
        // The form is inside the page's own form-free area; Enter applies the link.
        autoFocus
      />
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={apply}>
          Apply link
        </button>
        {editor.isActive('link') && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              editor.chain().focus().extendMarkRange('link').unsetLink().run();
              onDone();
            }}
          >
            Remove link
          </button>
        )}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            onDone();
            editor.commands.focus();
          }}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}

function Toolbar({ editor, label }: { editor: Editor; label: string }) {
  const linkFieldId = useId();
  const [linking, setLinking] = useState(false);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      heading: e.isActive('heading', { level: 2 }),
      subheading: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bullets: e.isActive('bulletList'),
      numbers: e.isActive('orderedList'),
      link: e.isActive('link'),
      table: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  return (
    <>
      <div className="editor-toolbar" role="toolbar" aria-label={`Formatting for ${label}`}>
        <ToolButton
          label="Heading"
          shortcut="Control+Alt+2"
          pressed={state.heading}
          onClick={() => chain().toggleHeading({ level: 2 }).run()}
        />
        <ToolButton
          label="Subheading"
          shortcut="Control+Alt+3"
          pressed={state.subheading}
          onClick={() => chain().toggleHeading({ level: 3 }).run()}
        />
        <ToolButton label="Bold" shortcut="Control+B" pressed={state.bold} onClick={() => chain().toggleBold().run()} />
        <ToolButton
          label="Italic"
          shortcut="Control+I"
          pressed={state.italic}
          onClick={() => chain().toggleItalic().run()}
        />
        <ToolButton
          label="Bulleted list"
          shortcut="Control+Shift+8"
          pressed={state.bullets}
          onClick={() => chain().toggleBulletList().run()}
        />
        <ToolButton
          label="Numbered list"
          shortcut="Control+Shift+7"
          pressed={state.numbers}
          onClick={() => chain().toggleOrderedList().run()}
        />
        <ToolButton label="Link" pressed={state.link} onClick={() => setLinking(true)} />
        {state.table ? (
          <>
            <ToolButton label="Add row" onClick={() => chain().addRowAfter().run()} />
            <ToolButton label="Add column" onClick={() => chain().addColumnAfter().run()} />
            <ToolButton label="Delete row" onClick={() => chain().deleteRow().run()} />
            <ToolButton label="Delete column" onClick={() => chain().deleteColumn().run()} />
            <ToolButton label="Delete table" onClick={() => chain().deleteTable().run()} />
          </>
        ) : (
          <ToolButton
            label="Insert table"
            onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
          />
        )}
        <ToolButton label="Undo" shortcut="Control+Z" disabled={!state.canUndo} onClick={() => chain().undo().run()} />
        <ToolButton
          label="Redo"
          shortcut="Control+Shift+Z"
          disabled={!state.canRedo}
          onClick={() => chain().redo().run()}
        />
      </div>
      {linking && <LinkForm editor={editor} fieldId={linkFieldId} onDone={() => setLinking(false)} />}
    </>
  );
}

/** The section editor; swap this component to change the editor library, the props stay the same. */
export function SectionEditor({
  label,
  labelledBy,
  describedBy,
  value,
  onChange,
  onUnsavable,
  onBlur,
}: SectionEditorProps) {
  // The text when the editor opened: it owns its text from then on.
  const [initial] = useState(() => toEditorJson(value));
  const handlers = useRef({ onChange, onUnsavable, onBlur });
  useEffect(() => {
    handlers.current = { onChange, onUnsavable, onBlur };
  }, [onChange, onUnsavable, onBlur]);
  const editor = useEditor(
    {
      extensions: editorExtensions(),
      content: initial,
      shouldRerenderOnTransaction: false,
      // The page's Content-Security-Policy refuses injected styles; the stylesheets imported above hold them.
      injectCSS: false,
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelledBy,
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          class: 'editor-content',
          spellcheck: 'true',
        },
      },
      onUpdate: ({ editor: e }) => {
        const converted = editorJsonToRichText(e.getJSON());
        if (converted.ok) handlers.current.onChange(converted.value);
        else handlers.current.onUnsavable?.(converted.error);
      },
      onBlur: () => handlers.current.onBlur?.(),
    },
    // The editor is made once per section; the page gives it a new key for another section or revision.
    [],
  );
  return (
    <div className="editor">
      <Toolbar editor={editor} label={label} />
      <EditorContent editor={editor} />
    </div>
  );
}
