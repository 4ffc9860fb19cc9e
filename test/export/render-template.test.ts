// Every built-in template rendered to a document model and to Word: the common parts (cover, document
// control, contents, marking, properties, template id and version, sources and licence) and the errors.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../src/domain/pack';
import {
  TEMPLATE_DOCUMENT_KINDS,
  TemplateRenderError,
  renderTemplateDocument,
  templateFileName,
} from '../../src/export/render-template';
import { textOf } from './docx-reader';
import { DATE, builtInPack, decode, builtInPackIds, furniture, renderedTemplate } from './render-template-helpers';

let packs: Pack[];

beforeAll(async () => {
  packs = await Promise.all(builtInPackIds().map((id) => builtInPack(id)));
});

describe('renderTemplateDocument: every built-in template', () => {
  it('finds the twelve built-in packs', () => {
    expect(packs).toHaveLength(12);
    expect(packs.flatMap((pack) => pack.templates).length).toBeGreaterThanOrEqual(20);
  });

  it('names the person exporting as author, never the publisher (Waymark for the built-in packs)', () => {
    const [pack] = packs;
    const template = pack?.templates[0];
    if (!pack || !template) throw new Error('no built-in packs');
    const model = renderTemplateDocument(pack, template.id, { date: DATE, author: ' Jordan Lee ' });
    expect(model.meta.author).toBe('Jordan Lee');
    expect(model.control?.history[0]?.author).toBe('Jordan Lee');
    expect(pack.manifest.publisher).toBe('Waymark');
  });

  it('builds a model with cover details, document control, contents and the sources last', () => {
    for (const pack of packs) {
      for (const template of pack.templates) {
        const model = renderTemplateDocument(pack, template.id, { date: DATE });
        expect(model.meta.title).toBe(template.title);
        expect(model.meta.subtitle).toBe(TEMPLATE_DOCUMENT_KINDS[template.kind]);
        expect(model.meta.version).toBe(template.version);
        expect(model.meta.author).toBe('');
        expect(model.meta.status).toBe('for-review');
        expect(model.meta.marking).toBe('OFFICIAL');
        expect(model.meta.keywords).toEqual(
          expect.arrayContaining([`template ${template.id}`, `template version ${template.version}`]),
        );
        expect(model.contents).toBe(true);
        expect(model.control?.history[0]?.summary).toContain(`${template.id} version ${template.version}`);
        expect(model.sections[0]?.title).toMatch(/^About this /);
        expect(model.sections[model.sections.length - 1]?.title).toBe('Sources and licence');
      }
    }
  });

  it('renders every template to a Word document with the id, version and marking in it', async () => {
    for (const pack of packs) {
      for (const template of pack.templates) {
        const model = renderTemplateDocument(pack, template.id, { date: DATE, marking: 'official-sensitive' });
        const { bytes, docx } = await renderedTemplate(model);
        expect(bytes.length).toBeGreaterThan(5000);
        const body = textOf(docx.part('word/document.xml'));
        expect(body).toContain(template.id);
        expect(body).toMatch(new RegExp(`Template version\\s*${template.version.replace(/\./g, '\\.')}\\s`));
        expect(body).toContain('Sources and licence');
        for (const xml of [...furniture(docx, 'header'), ...furniture(docx, 'footer')])
          expect(textOf(xml)).toContain('OFFICIAL-SENSITIVE');
        const core = decode(docx.part('docProps/core.xml'));
        expect(core).toContain(`<dc:title>${template.title}</dc:title>`);
        expect(core).toContain(`template ${template.id}; template version ${template.version}`);
        expect(core).toContain('<cp:contentStatus>For review</cp:contentStatus>');
        expect(body).not.toMatch(/<\/?(p|a|strong|em|ul|li|div|span)\b/);
      }
    }
  }, 120_000);
});

describe('renderTemplateDocument: sources, licence and options', () => {
  it('cites the pack sources with their licences and web addresses, and names the pack licence', async () => {
    const pack = packs.find((p) => p.manifest.id === 'us-digital-services-playbook');
    if (!pack) throw new Error('missing pack');
    const { html } = await renderedTemplate(
      renderTemplateDocument(pack, 'us-digital-services-playbook', { date: DATE }),
    );
    const sources = html.slice(html.indexOf('Sources and licence'));
    expect(sources).toContain('Digital Services Playbook (US Digital Service)');
    expect(sources).toContain('<a href="https://github.com/usds/playbook">https://github.com/usds/playbook</a>');
    expect(sources).toContain('Public domain (work of the US Government)');
    expect(sources).toContain('CC0 1.0 Universal (public domain dedication)');
    expect(sources).toContain('https://creativecommons.org/publicdomain/zero/1.0/');
  });

  it('marks a final document and overrides the marking', () => {
    const pack = packs.find((p) => p.manifest.id === 'gov-uk-service-standard');
    if (!pack) throw new Error('missing pack');
    const model = renderTemplateDocument(pack, 'gov-uk-service-standard', {
      date: DATE,
      status: 'final',
      marking: ' official  internal ',
    });
    expect(model.meta.status).toBe('final');
    expect(model.meta.marking).toBe('OFFICIAL INTERNAL');
  });

  it('refuses a template id the pack does not have, naming the ones it has', () => {
    const pack = packs.find((p) => p.manifest.id === 'waymark-example-processes');
    if (!pack) throw new Error('missing pack');
    expect(() => renderTemplateDocument(pack, 'nope', { date: DATE })).toThrow(TemplateRenderError);
    expect(() => renderTemplateDocument(pack, 'nope', { date: DATE })).toThrow(
      'the pack waymark-example-processes has no template nope; its templates are central-digital-assurance-2026, central-digital-assurance, departmental-it-governance, procurement-steps.',
    );
  });

  it('refuses a phase for a kind that has nothing per phase', () => {
    const pack = packs.find((p) => p.manifest.id === 'colorado-software-delivery-maturity');
    if (!pack) throw new Error('missing pack');
    expect(() =>
      renderTemplateDocument(pack, 'colorado-software-delivery-maturity', { date: DATE, phase: 'alpha' }),
    ).toThrow(/only for a standard or a business case/);
  });

  it('suggests a file name naming the template and its version', () => {
    expect(templateFileName({ id: 'gov-uk-service-standard', version: '1.0.0' })).toBe(
      'gov-uk-service-standard-1.0.0.docx',
    );
  });
});
