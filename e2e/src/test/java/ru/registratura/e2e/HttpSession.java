package ru.registratura.e2e;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * A browser without a browser: one cookie jar, redirects followed by hand so that each step can be checked. Each
 * is a client of its own address: the test domain trusts its loopback as a front proxy, and every request of the
 * session says {@code X-Forwarded-For: <its address>} (198.18.0.0/15, the benchmarking range), so that the
 * portal's per-address limits count each session apart.
 */
final class HttpSession {

    private static final AtomicInteger NEXT =
            new AtomicInteger(new Random().nextInt(60_000));

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final String address;

    HttpSession() {
        this(newAddress());
    }

    /** A session from this client address. */
    HttpSession(String address) {
        this.address = address;
    }

    /** An address no other session of this run has. */
    static String newAddress() {
        int n = NEXT.incrementAndGet() % 131_072;
        return "198." + (18 + n / 65_536) + "." + (n / 256 % 256) + "." + (n % 256);
    }

    String address() {
        return address;
    }

    HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", address).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST with a body of this content type (a multipart upload, say). */
    HttpResponse<String> post(String url, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("No redirect, HTTP " + response.statusCode() + " from " + response.uri()));
        return location.startsWith("http") ? location : Portal.BASE_URL + location;
    }

    /**
     * Starts a login at the portal and goes through ESIA's login (and consent, if asked) as {@code login};
     * returns the callback address ESIA sends the browser to, without calling it.
     */
    String esiaCallbackFor(String login) throws Exception {
        String authorization = location(get(Portal.BASE_URL + "/auth/esia/login"));
        if (!authorization.startsWith(Esia.BASE_URL + "/aas/oauth2/v2/ac?")) {
            throw new AssertionError("Not sent to ESIA: " + authorization);
        }
        HttpResponse<String> page = get(authorization);
        if (!page.body().contains("id=\"login\"")) {
            throw new AssertionError("No ESIA login form: " + page.body());
        }
        HttpResponse<String> afterLogin = post(Esia.BASE_URL + "/login", Esia.form("login", login, "password", Esia.PASSWORD));
        if (afterLogin.statusCode() == 302) {
            return location(afterLogin);
        }
        return location(post(Esia.BASE_URL + "/consent", "decision=grant"));
    }

    /** Logs in through ESIA as {@code login} and follows the portal's redirects into the cabinet. */
    HttpSession logIn(String login) throws Exception {
        String url = esiaCallbackFor(login);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> response = get(url);
            if (response.statusCode() != 302) {
                break;
            }
            url = location(response);
        }
        if (!inCabinet()) {
            throw new AssertionError("Not in the cabinet after logging in as " + login);
        }
        return this;
    }

    /**
     * Logs in at the staff login page (user name and password, then the second factor's code when asked) and checks
     * that the workspace opens.
     */
    HttpSession staffLogIn(String username, String password) throws Exception {
        JsfForm form = jsfForm(get(Portal.BASE_URL + "/staff/login.xhtml").body(), "loginForm");
        HttpResponse<String> answer = post(form.action(), form.body("loginForm:username", username,
                "loginForm:password", password, "loginForm:signIn", "Войти"));
        if (answer.statusCode() == 302 && location(answer).endsWith("/staff/login-code.xhtml")) {
            staffCode(username);
        }
        if (get(Portal.BASE_URL + "/staff/index.xhtml").statusCode() != 200) {
            throw new AssertionError("Not in the staff workspace after logging in as " + username);
        }
        return this;
    }

    /** Posts the user's next second-factor code on the code page; the answer (302 to the workspace when taken). */
    HttpResponse<String> staffCode(String username) throws Exception {
        JsfForm code = jsfForm(get(Portal.BASE_URL + "/staff/login-code.xhtml").body(), "codeForm");
        return post(code.action(), code.body("codeForm:code", Totp.next(username), "codeForm:confirm", "Подтвердить"));
    }

    /** A JSF form's fields as the page rendered them: its action, its ViewState and its hidden id field. */
    record JsfForm(String action, String viewState, String id) {

        /** The POST body: the form's id and ViewState, then the given fields (full names, such as {@code cardForm:lastName}). */
        String body(String... pairs) {
            String[] all = new String[pairs.length + 4];
            all[0] = id;
            all[1] = id;
            all[2] = "jakarta.faces.ViewState";
            all[3] = viewState;
            for (int i = 0; i < pairs.length; i += 2) {
                all[4 + i] = pairs[i];
                all[5 + i] = pairs[i + 1];
            }
            return Esia.form(all);
        }
    }

    static JsfForm jsfForm(String page, String formId) {
        Matcher form = Pattern.compile("<form id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"")
                .matcher(page);
        Matcher state = Pattern.compile(
                "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!form.find() || !state.find()) {
            Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(page);
            throw new AssertionError("No form " + formId + " on the page «" + (title.find() ? title.group(1) : "")
                    + "»: " + page.substring(0, Math.min(page.length(), 2000)));
        }
        return new JsfForm(Portal.BASE_URL + form.group(1).replace("&amp;", "&").replaceFirst("^/?", "/")
                .replaceFirst("^//", "/"), state.group(1), formId);
    }

    /** Whether the portal lets this session into the cabinet. */
    boolean inCabinet() throws Exception {
        return get(Portal.BASE_URL + "/cabinet/index.xhtml").statusCode() == 200;
    }
}
