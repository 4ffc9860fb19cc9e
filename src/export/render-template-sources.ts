// The "Sources and licence" section of a rendered template: the public sources the pack draws on,
// what it takes from each and under which licence, the web addresses written out for paper copies,
// and the licence of the pack's own text in plain words.
import type { DocBlock, DocInline, DocSection, TableCellValue } from '../domain/document-model';
import { paragraphBlock } from '../domain/document-model';
import type { PackManifest } from '../domain/pack';
import { isSafeLink } from '../domain/rich-text';

interface KnownLicence {
  name: string;
  url: string;
  /** What a reader may do with text under the licence, in plain words. */
  terms: string;
}

/** Licences the built-in packs use, by SPDX identifier: their names and addresses are facts. */
const KNOWN_LICENCES: Record<string, KnownLicence> = {
  'cc-by-4.0': {
    name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    terms: 'You may copy, adapt and share it, as long as you credit the publisher and say if you changed it.',
  },
  'cc-by-sa-4.0': {
    name: 'Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    terms:
      'You may copy, adapt and share it, as long as you credit the publisher, say if you changed it and share your changes under the same licence.',
  },
  'cc0-1.0': {
    name: 'CC0 1.0 Universal (public domain dedication)',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
    terms: 'You may use it in any way, without asking and without crediting anyone.',
  },
  'ogl-uk-3.0': {
    name: 'Open Government Licence v3.0',
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    terms: 'You may copy, adapt and share it, as long as you acknowledge the source.',
  },
};

function known(licence: string): KnownLicence | undefined {
  return KNOWN_LICENCES[licence.trim().toLowerCase()];
}

/** A licence as people name it: "Open Government Licence v3.0" for OGL-UK-3.0; unknown ones as written. */
export function licenceName(licence: string): string {
  return known(licence)?.name ?? licence;
}

/** The attribution statement a licence asks for, in the words its publisher gives. */
const ATTRIBUTIONS: { matches: (licence: string) => boolean; statement: string }[] = [
  {
    matches: (licence) => licence === 'ogl-uk-3.0' || /^open government licence v(ersion )?3(\.0)?$/.test(licence),
    statement: 'Contains public sector information licensed under the Open Government Licence v3.0.',
  },
  {
    matches: (licence) =>
      licence === 'ogl-canada-2.0' || /^open government licence\s*[-\u2013\u2014]\s*canada$/.test(licence),
    statement: 'Contains information licensed under the Open Government Licence \u2013 Canada.',
  },
];

/** The attribution statements the sources' licences ask for, each once, in the order of the sources. */
export function attributionStatements(licences: readonly string[]): string[] {
  const statements = licences.flatMap((licence) => {
    const tidy = licence.replace(/\s+/g, ' ').trim().toLowerCase();
    return ATTRIBUTIONS.filter((attribution) => attribution.matches(tidy)).map((attribution) => attribution.statement);
  });
  return [...new Set(statements)];
}

function sourceBlocks(manifest: PackManifest): DocBlock[] {
  const sources = manifest.sources ?? [];
  if (sources.length === 0) return [paragraphBlock('This pack names no public sources: all of its text is its own.')];
  const rows = sources.map((source): TableCellValue[] => [
    isSafeLink(source.url) ? { text: source.title, href: source.url } : source.title,
    licenceName(source.licence),
    source.note ?? '',
  ]);
  return [
    paragraphBlock(`The ${manifest.name} pack draws on these public sources.`),
    {
      kind: 'table',
      columns: [
        { heading: 'Source', weight: 34 },
        { heading: 'Licence', weight: 22 },
        { heading: 'What the pack takes from it', weight: 44 },
      ],
      rows,
    },
    ...attributionStatements(sources.map((source) => source.licence)).map(paragraphBlock),
    paragraphBlock('Web addresses of the sources:'),
    {
      kind: 'list',
      ordered: false,
      items: sources.map((source) => ({
        content: [
          { kind: 'text', text: `${source.title}: ` },
          isSafeLink(source.url)
            ? { kind: 'text', text: source.url, href: source.url }
            : { kind: 'text', text: source.url },
        ],
      })),
    },
  ];
}

function licenceBlocks(manifest: PackManifest): DocBlock[] {
  const licence = known(manifest.licence);
  const named: DocInline[] = [
    licence ? { kind: 'text', text: licence.name, href: licence.url } : { kind: 'text', text: manifest.licence },
  ];
  return [
    {
      kind: 'paragraph',
      content: [
        { kind: 'text', text: `The text of this template is published by ${manifest.publisher} under the ` },
        ...named,
        { kind: 'text', text: licence ? `. ${licence.terms}` : '.' },
      ],
    },
    paragraphBlock('What you write into this document is yours; the licence covers only the template text.'),
  ];
}

/** The closing section of every rendered template: sources, then the licence of the pack's text. */
export function sourcesSection(manifest: PackManifest): DocSection {
  return {
    title: 'Sources and licence',
    newPage: true,
    blocks: [],
    sections: [
      { title: 'Sources', blocks: sourceBlocks(manifest) },
      { title: 'Licence', blocks: licenceBlocks(manifest) },
    ],
  };
}
