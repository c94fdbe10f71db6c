// The landing page's status line: the service's name and version (GET / as JSON) and its health.
(async () => {
  const line = document.getElementById('service-status');
  const span = (cls, text) => {
    const s = document.createElement('span');
    s.className = cls;
    s.textContent = text;
    return s;
  };
  try {
    const info = await (await fetch('/', { headers: { accept: 'application/json' } })).json();
    const health = await fetch('/health', { headers: { accept: 'application/json' } });
    line.replaceChildren(
      `${info.service} ${info.version} · `,
      health.ok ? span('ok', 'healthy') : span('err', `unhealthy (${health.status})`),
    );
  } catch (error) {
    line.replaceChildren(span('err', `The service did not answer: ${error.message}`));
  }
})();
