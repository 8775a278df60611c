import { useEffect } from 'react';
import { pageTitle } from '../i18n/nl';

/** Sets document.title to "<title> — <product name>" while the page is shown. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}
