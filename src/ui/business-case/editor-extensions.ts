// The editor's extensions, in one list shared by the section editor and the tests that check the
// conversion against the editor's own schema. Only what Waymark's rich text can hold is switched on:
// headings, bold, italic, bullet and numbered lists, links (web and email addresses only), tables,
// hard breaks and undo. Pasted content is read into these nodes; anything else is left out.
import type { Extensions } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { isSafeLink } from '../../domain/rich-text';

export function editorExtensions(): Extensions {
  return [
    StarterKit.configure({
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      dropcursor: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        protocols: ['mailto'],
        isAllowedUri: (url) => isSafeLink(url),
        shouldAutoLink: (url) => isSafeLink(url),
        HTMLAttributes: { rel: 'noopener noreferrer', target: null },
      },
    }),
    Table.configure({ resizable: false }),
    TableRow,
    TableHeader,
    TableCell,
  ];
}
