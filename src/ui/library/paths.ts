// Addresses of the Library screens, in one place so links stay in step with the routes.
export const libraryPaths = {
  library: () => '/library',
  importPack: () => '/library/import',
  pack: (packId: string) => `/library/packs/${encodeURIComponent(packId)}`,
  template: (packId: string, templateId: string) =>
    `/library/packs/${encodeURIComponent(packId)}/templates/${encodeURIComponent(templateId)}`,
  compare: (packId: string, from: string, to: string) =>
    `/library/packs/${encodeURIComponent(packId)}/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
  editTemplate: (packId: string, templateId: string) =>
    `/library/packs/${encodeURIComponent(packId)}/templates/${encodeURIComponent(templateId)}/edit`,
  copyTemplate: (packId: string, templateId: string) =>
    `/library/copy/${encodeURIComponent(packId)}/${encodeURIComponent(templateId)}`,
  newOwnPack: () => '/library/own/new',
  guide: (packId: string, guideId: string) => `/playbook/${encodeURIComponent(packId)}/${encodeURIComponent(guideId)}`,
};
