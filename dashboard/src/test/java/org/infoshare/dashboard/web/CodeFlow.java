package org.infoshare.dashboard.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: follows the dashboard's redirect to Keycloak, fills in Keycloak's
 * own login form and follows the code back, keeping every cookie, as a person signing in would.
 * Everything here is on localhost, which browsers treat as a secure context, so cookies marked
 * {@code Secure} are kept and sent over http too (the JDK's cookie manager would drop them).
 */
final class CodeFlow {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String base;

    CodeFlow(String base) {
        this.base = base;
    }

    /** Opens the page, signs in as the user on Keycloak's page, and answers the page it lands on. */
    HttpResponse<String> signIn(String path, String user) throws IOException, InterruptedException {
        HttpResponse<String> login = get(path);
        Matcher action = FORM_ACTION.matcher(login.body());
        if (!action.find()) {
            throw new AssertionError("no Keycloak login form at " + login.uri() + ":\n" + login.body());
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&credentialId=";
        return follow(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A page, following redirects (to Keycloak and back) as a browser does. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return follow(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)).GET());
    }

    /** A form post, with the session's cookies, following redirects (POST-redirect-GET) as a browser does. */
    HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return follow(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> follow(HttpRequest.Builder first) throws IOException, InterruptedException {
        HttpRequest.Builder next = first;
        for (int hop = 0; hop < 20; hop++) {
            if (!cookies.isEmpty()) {
                next.setHeader("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = http.send(next.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("set-cookie").forEach(this::keep);
            int status = response.statusCode();
            if (status < 300 || status > 399 || response.headers().firstValue("location").isEmpty()) {
                return response;
            }
            URI to = response.uri().resolve(response.headers().firstValue("location").get());
            next = HttpRequest.newBuilder(to).GET();
        }
        throw new AssertionError("more than 20 redirects");
    }

    private void keep(String header) {
        String pair = header.split(";", 2)[0];
        int eq = pair.indexOf('=');
        String name = pair.substring(0, eq).trim();
        String value = pair.substring(eq + 1).trim();
        String lower = header.toLowerCase(Locale.ROOT);
        if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }
}
