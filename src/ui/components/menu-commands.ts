// Follows commands from the desktop app's menu (File > New project, Settings, Help > About).
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../paths';

export function useMenuCommands(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const api = window.waymark;
    if (!api) return undefined;
    return api.onMenuCommand((command) => {
      if (command === 'new-project') void navigate(paths.newProject());
      if (command === 'open-settings' || command === 'about') void navigate(paths.settings());
      if (command === 'open-library') void navigate(paths.library());
    });
  }, [navigate]);
}
