// Swagger UI for /openapi.json, from the assets shipped with the package (no CDN).
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
