// /api/docs: Swagger UI over /api/openapi.json, from the bundled assets (no CDN, no inline script).
(function () {
  "use strict";
  var root = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({ url: root.getAttribute("data-url"), dom_id: "#swagger-ui" });
})();
