// The API reference: Swagger UI (swagger-ui-dist, served by this server) over GET /openapi.json.
// "Try it out" calls go to this server (the page's origin) whatever the document's `servers` say.
(async () => {
  const root = document.getElementById('swagger-ui');
  try {
    const response = await fetch('/openapi.json', { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`GET /openapi.json answered ${response.status}`);
    const spec = await response.json();
    spec.servers = [{ url: window.location.origin, description: 'This server' }, ...(spec.servers ?? [])];
    window.ui = window.SwaggerUIBundle({
      spec,
      dom_id: '#swagger-ui',
      deepLinking: true,
      displayOperationId: true,
      docExpansion: 'list',
      defaultModelsExpandDepth: 0,
      filter: true,
      // No call to the public validator service: the page works offline.
      validatorUrl: null,
      presets: [window.SwaggerUIBundle.presets.apis],
      layout: 'BaseLayout',
      onComplete: () => {
        document.body.dataset.ready = 'true';
      },
    });
  } catch (error) {
    root.textContent = `The API reference could not be loaded: ${error.message}`;
  }
})();
