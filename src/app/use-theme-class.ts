import { useEffect, useSyncExternalStore } from 'react';
import { useUiStore } from '../stores/ui-store';

const darkQuery = '(prefers-color-scheme: dark)';

function subscribeToSystemTheme(callback: () => void) {
  const media = matchMedia(darkQuery);
  media.addEventListener('change', callback);
  return () => media.removeEventListener('change', callback);
}

/** Puts the `dark` class on <html> for the chosen theme, following the system when asked to. */
export function useThemeClass() {
  const theme = useUiStore((state) => state.theme);
  const systemDark = useSyncExternalStore(
    subscribeToSystemTheme,
    () => matchMedia(darkQuery).matches,
  );
  const dark = theme === 'dark' || (theme === 'system' && systemDark);
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('dark', dark);
    root.style.colorScheme = dark ? 'dark' : 'light';
  }, [dark]);
}
