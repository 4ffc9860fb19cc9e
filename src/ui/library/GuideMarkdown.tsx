// A guide's Markdown body, rendered safely: React elements only, raw HTML dropped, images not loaded,
// and only web and email links kept as links.
import ReactMarkdown, { type Components } from 'react-markdown';
import { ExternalLink } from '../components/ExternalLink';

const components: Components = {
  // Guides start at level 2 under the page's own heading; shift any level-1 heading down.
  h1: ({ children }) => <h2>{children}</h2>,
  a: ({ href, children }) => <ExternalLink href={href ?? ''}>{children}</ExternalLink>,
  ul: ({ children }) => <ul className="list list--bullet">{children}</ul>,
  ol: ({ children }) => <ol className="list list--number">{children}</ol>,
};

export function GuideMarkdown({ markdown }: { markdown: string }) {
  return (
    <div className="guide-body">
      <ReactMarkdown skipHtml disallowedElements={['img']} unwrapDisallowed components={components}>
        {markdown}
      </ReactMarkdown>
    </div>
  );
}
