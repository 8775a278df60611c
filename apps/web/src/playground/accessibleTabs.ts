/**
 * GraphiQL renders each editor tab as <li role="tab"> around a <button>: an interactive control
 * inside an element whose children are presentational (axe: nested-interactive), so screen readers
 * never hear the button. This moves the tab role to the button, where the ARIA tabs pattern puts
 * it. It re-applies whenever GraphiQL re-renders its tabs.
 */
export function makeTabsAccessible(root: HTMLElement): () => void {
  const patch = () => {
    root.querySelectorAll<HTMLElement>('.graphiql-tab[role="tab"]').forEach((item) => {
      const button = item.querySelector<HTMLButtonElement>('.graphiql-tab-button');
      if (!button) return;
      item.setAttribute('role', 'presentation');
      button.setAttribute('role', 'tab');
    });
    // aria-selected moves with the active tab; keep it on the button, not on the <li>.
    root.querySelectorAll<HTMLElement>('.graphiql-tab[aria-selected]').forEach((item) => {
      const button = item.querySelector<HTMLButtonElement>('.graphiql-tab-button');
      button?.setAttribute('aria-selected', item.getAttribute('aria-selected') ?? 'false');
      item.removeAttribute('aria-selected');
    });
  };
  const observer = new MutationObserver(patch);
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['role', 'aria-selected'] });
  patch();
  return () => observer.disconnect();
}
