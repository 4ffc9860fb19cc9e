// Follows commands from the desktop app's menu (File > New project, Settings, Help > About).
import { useEffect } from 'react';
import { useNavigate } from 'react-router';

export function useMenuCommands(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const api = window.waymark;
    if (!api) return undefined;
    return api.onMenuCommand((command) => {
      if (command === 'new-project') void navigate('/projects/new');
      if (command === 'open-settings' || command === 'about') void navigate('/settings');
      if (command === 'open-library') void navigate('/library');
    });
  }, [navigate]);
}
