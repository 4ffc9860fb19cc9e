// The work areas of a project and whether each is available in this version of Waymark. One list,
// read by the screens (which say "coming soon" for what is not here yet) and by the content checks
// (which fail when a guide or pack tells people to use an area that is not available).

export interface WorkArea {
  id: 'evidence' | 'business-case' | 'assessments' | 'compliance-map';
  title: string;
  /** What the area is for, in a sentence a project manager would recognise. */
  description: string;
  /** True when the area is built and can be used in this version. */
  available: boolean;
  /** Words that name the area in guides and packs, used to spot text that sends people to it. */
  names: readonly string[];
}

export const WORK_AREAS: readonly WorkArea[] = [
  {
    id: 'evidence',
    title: 'Evidence',
    description: 'The documents, research findings, prototypes and decisions that show what the project has done.',
    available: true,
    names: ['evidence library'],
  },
  {
    id: 'business-case',
    title: 'Business case',
    description:
      'Write the project\u2019s agile business case on the Five Case Model and revise it at each phase as evidence arrives.',
    available: true,
    names: ['business case area', 'business case editor'],
  },
  {
    id: 'assessments',
    title: 'Assessment preparation',
    description:
      'Prepare for a service assessment: check the project against a standard point by point, with the evidence, actions and readiness for each.',
    available: true,
    names: ['assessment preparation'],
  },
  {
    id: 'compliance-map',
    title: 'Compliance map',
    description:
      'Map the central and departmental approvals the project needs, step by step, into one plan both sides accept.',
    available: true,
    names: ['compliance map', 'conflict register'],
  },
];

export function workArea(id: WorkArea['id']): WorkArea {
  const area = WORK_AREAS.find((a) => a.id === id);
  if (!area) throw new Error(`Unknown work area ${id}`);
  return area;
}
