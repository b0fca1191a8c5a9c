// Starts Swagger UI on the page's #swagger-ui element with this server's /openapi.json.
// A file of its own (no inline script) so the page runs under `script-src 'self'`.
"use strict";

window.addEventListener("DOMContentLoaded", () => {
  const root = document.getElementById("swagger-ui");
  window.ui = window.SwaggerUIBundle({
    url: new URL(root.dataset.specUrl, document.baseURI).href,
    domNode: root,
    deepLinking: true,
    // Keys pasted into "Authorize" survive a reload (this browser only).
    persistAuthorization: true,
    displayRequestDuration: true,
    tryItOutEnabled: false,
    // Never send the document to an outside validator: the page talks to this origin only.
    validatorUrl: null,
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
