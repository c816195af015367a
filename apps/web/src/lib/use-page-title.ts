import { useEffect } from 'react';

/** Sets the document title (read first by screen readers and shown in the tab). */
export function usePageTitle(title: string, appName: string): void {
  useEffect(() => {
    document.title = title ? `${title} — ${appName}` : appName;
  }, [title, appName]);
}
