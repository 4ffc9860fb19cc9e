// Shows stored rich text read-only (a frozen revision, a summary). Built from React elements, never from
// HTML: words are always text, and a link is a link only when it is a web or email address.
import type { ReactNode } from 'react';
import type { RichTextBlock, RichTextDoc, RichTextInline } from '../../domain/rich-text';
import { ExternalLink } from '../components/ExternalLink';

function inline(node: RichTextInline, key: number): ReactNode {
  if (node.type === 'hardBreak') return <br key={key} />;
  let out: ReactNode = node.text;
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') out = <strong>{out}</strong>;
    else if (mark.type === 'italic') out = <em>{out}</em>;
    else out = <ExternalLink href={mark.attrs.href}>{out}</ExternalLink>;
  }
  return <span key={key}>{out}</span>;
}

function inlines(content: readonly RichTextInline[] | undefined): ReactNode {
  return (content ?? []).map(inline);
}

/** Headings inside a section sit below the section's own heading, whose level is `baseLevel`. */
function block(node: RichTextBlock, key: number, baseLevel: number): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{inlines(node.content)}</p>;
    case 'heading': {
      const level = Math.min(6, baseLevel + node.attrs.level - 1);
      const Tag = `h${level}` as 'h2';
      return <Tag key={key}>{inlines(node.content)}</Tag>;
    }
    case 'bulletList':
    case 'orderedList': {
      const items = node.content.map((item, i) => (
        <li key={i}>{item.content.map((b, j) => block(b, j, baseLevel))}</li>
      ));
      return node.type === 'bulletList' ? (
        <ul key={key}>{items}</ul>
      ) : (
        <ol key={key} start={node.attrs?.start}>
          {items}
        </ol>
      );
    }
    case 'table':
      return (
        <div className="table-scroll" key={key}>
          <table className="table rich-table">
            <tbody>
              {node.content.map((row, i) => (
                <tr key={i}>
                  {row.content.map((cell, j) => {
                    const Cell = cell.type === 'tableHeader' ? 'th' : 'td';
                    return (
                      <Cell key={j} colSpan={cell.attrs?.colspan} rowSpan={cell.attrs?.rowspan}>
                        {cell.content.map((b, k) => block(b, k, baseLevel))}
                      </Cell>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

export function RichTextView({ doc, baseLevel = 1 }: { doc: RichTextDoc; baseLevel?: number }) {
  return <div className="rich-text">{doc.content.map((node, i) => block(node, i, baseLevel))}</div>;
}
