// The addresses of a project's evidence screens, in one place.
export const evidencePaths = {
  list: (projectId: string) => `/projects/${projectId}/evidence`,
  add: (projectId: string) => `/projects/${projectId}/evidence/new`,
  item: (projectId: string, evidenceId: string) => `/projects/${projectId}/evidence/${evidenceId}`,
  edit: (projectId: string, evidenceId: string) => `/projects/${projectId}/evidence/${evidenceId}/edit`,
};
