// Light and dark: the system's choice (prefers-color-scheme) until the toggle picks one, which is
// remembered in localStorage. Loaded in <head> so the page never flashes the other theme.
(() => {
  const KEY = 'duckstorage-theme';
  const root = document.documentElement;
  const system = () => (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  const stored = () => {
    try {
      const v = localStorage.getItem(KEY);
      return v === 'light' || v === 'dark' ? v : null;
    } catch {
      return null;
    }
  };
  const apply = (theme) => {
    root.dataset.theme = theme;
    for (const b of document.querySelectorAll('[data-theme-toggle]')) {
      b.setAttribute('aria-pressed', String(theme === 'dark'));
      b.title = theme === 'dark' ? 'Switch to light' : 'Switch to dark';
    }
    window.dispatchEvent(new CustomEvent('duckstorage-theme', { detail: theme }));
  };
  apply(stored() ?? system());
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (stored() === null) apply(system());
  });
  document.addEventListener('DOMContentLoaded', () => {
    apply(root.dataset.theme ?? system());
    for (const b of document.querySelectorAll('[data-theme-toggle]')) {
      b.addEventListener('click', () => {
        const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
        try {
          localStorage.setItem(KEY, next);
        } catch {
          // Storage refused (private mode): the choice lasts for this page only.
        }
        apply(next);
      });
    }
  });
})();
