// The session ended while the page was open: quarkus-oidc answers htmx's requests with 499 rather
// than a redirect to Keycloak (which an XHR cannot follow); reloading the page signs in again.
document.addEventListener('htmx:responseError', function (event) {
  if (event.detail.xhr && event.detail.xhr.status === 499) {
    window.location.reload();
  }
});
