// The shared data table: named by its caption, with header cells scoped to columns, inside the scroll
// box that keeps a wide table from widening the page.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable } from '../../src/ui/components/DataTable';

function render(showCaption: boolean): string {
  return renderToStaticMarkup(
    <DataTable
      caption="Templates this project uses"
      showCaption={showCaption}
      scrollLabel="Templates in use"
      columns={['Template', 'Version', { label: 'Actions', hidden: true }]}
      className="table--levels"
    >
      <tr>
        <th scope="row">Gate review</th>
        <td>1.0.0</td>
        <td>Stop using</td>
      </tr>
    </DataTable>,
  );
}

describe('data table', () => {
  it('names the table with a caption, hidden unless asked for, and scopes every header cell', () => {
    const html = render(false);
    expect(html).toMatch(/^<div class="table-scroll"><table class="table table--levels">/);
    expect(html).toContain('<caption class="visually-hidden">Templates this project uses</caption>');
    expect(html).toContain(
      '<thead><tr><th scope="col">Template</th><th scope="col">Version</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>',
    );
    expect(html).toContain('<tbody><tr><th scope="row">Gate review</th>');
    expect(render(true)).toContain('<caption class="table__caption">Templates this project uses</caption>');
  });
});
