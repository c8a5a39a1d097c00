package org.xinfangflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.Browser;
import org.xinfangflow.support.IntegrationTest;

/**
 * 网页登录: the login form with a CSRF token, a session for the pages and the API, the token required
 * for the session's writes but not for HTTP Basic clients, the login throttle, the admin pages for
 * administrators only, and the security headers on every page.
 */
@IntegrationTest
class WebLoginIntegrationTests {

  private final Environment environment;
  private final Api api;
  private final UserDirectory directory;

  @Autowired
  WebLoginIntegrationTests(Environment environment, Api api, UserDirectory directory) {
    this.environment = environment;
    this.api = api;
    this.directory = directory;
  }

  @Test
  void theLoginPageComesWithACsrfTokenAndTheSecurityHeaders() {
    Browser browser = new Browser(environment);
    Browser.Page login = browser.get("/login");
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.body()).contains("name=\"_csrf\"", "用户名", "密码");
    assertThat(browser.cookie("XF-XSRF-TOKEN")).isNotEmpty();
    assertThat(login.header("Set-Cookie")).contains("XF-XSRF-TOKEN=").containsIgnoringCase("SameSite=Strict");
    assertSecurityHeaders(login);
  }

  @Test
  void theLoginFormGivesASessionForThePagesAndTheApi() {
    Browser browser = new Browser(environment);
    Browser.Page signedIn = browser.signIn("admin", "demo");
    assertThat(signedIn.status()).isEqualTo(302);
    assertThat(signedIn.location()).isEqualTo("/");
    assertThat(browser.cookie("JSESSIONID")).isNotEmpty();
    assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
        assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict"));

    Browser.Page home = browser.get("/");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.body()).contains("首页", "/ui/home.js");
    assertSecurityHeaders(home);
    Browser.Page me = browser.sendJson("GET", "/api/me", null, Map.of());
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.body()).contains("\"username\":\"admin\"", "ADMIN");
  }

  @Test
  void aLoginFormWithoutTheTokenIsRefused() {
    Browser browser = new Browser(environment);
    browser.get("/login");
    Browser.Page refused = browser.postForm("/login", Map.of("username", "admin", "password", "demo"));
    assertThat(refused.status()).isEqualTo(302);
    assertThat(refused.location()).isEqualTo("/login?expired");
    assertThat(browser.get("/").location()).isEqualTo("/login");
  }

  @Test
  void aSessionWritesToTheApiOnlyWithTheCsrfToken() {
    Browser browser = new Browser(environment);
    browser.signIn("admin", "demo");
    browser.get("/admin/users");
    String body = newUser("web-" + shortId());

    Browser.Page withoutToken = browser.sendJson("POST", "/api/admin/users", body, Map.of());
    assertThat(withoutToken.status()).isEqualTo(403);
    assertThat(withoutToken.header("Content-Type")).startsWith("application/problem+json");
    assertThat(withoutToken.body()).contains("CSRF");

    Browser.Page wrongToken = browser.sendJson("POST", "/api/admin/users", body, Map.of("X-XSRF-TOKEN", "forged"));
    assertThat(wrongToken.status()).isEqualTo(403);

    Browser.Page withToken = browser.sendJson("POST", "/api/admin/users", body,
        Map.of("X-XSRF-TOKEN", browser.cookie("XF-XSRF-TOKEN")));
    assertThat(withToken.status()).as(withToken.body()).isEqualTo(201);
    assertSecurityHeaders(withToken);
  }

  @Test
  void httpBasicClientsNeedNoTokenUnlessABrowserSendsTheirCredentialsFromAnotherSite() {
    var created = api.as("admin").post("/api/admin/users", Map.of("username", "basic-" + shortId(),
        "displayName", "接口创建", "password", "a-long-password", "roles", List.of("CLERK")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.headers().get("Set-Cookie")).as("HTTP Basic clients get no cookies").isNull();

    Browser browser = new Browser(environment);
    String basic = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
    Browser.Page crossSite = browser.sendJson("POST", "/api/admin/users", newUser("cross-" + shortId()),
        Map.of("Authorization", basic, "Sec-Fetch-Site", "cross-site"));
    assertThat(crossSite.status()).isEqualTo(403);
  }

  @Test
  void anonymousApiCallsAre401ProblemsAndThePagesScriptsGetNoPasswordDialog() {
    Browser browser = new Browser(environment);
    Browser.Page plain = browser.sendJson("GET", "/api/me", null, Map.of());
    assertThat(plain.status()).isEqualTo(401);
    assertThat(plain.header("Content-Type")).startsWith("application/problem+json");
    assertThat(plain.header("WWW-Authenticate")).startsWith("Basic");
    Browser.Page script = browser.sendJson("GET", "/api/me", null, Map.of("X-Requested-With", "XMLHttpRequest"));
    assertThat(script.status()).isEqualTo(401);
    assertThat(script.header("WWW-Authenticate")).isNull();
    Browser.Page write = browser.sendJson("POST", "/api/admin/users", "{}", Map.of());
    assertThat(write.status()).as("no credential, nothing to forge: 401, not a CSRF 403").isEqualTo(401);
  }

  @Test
  void fiveWrongPasswordsLockTheNameForTheLoginFormToo() {
    String username = "form-" + shortId();
    directory.saveUser(username, "表单限制测试", "right-password", "BUREAU", Role.CLERK);
    Browser browser = new Browser(environment);
    for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
      assertThat(browser.signIn(username, "wrong").location()).isEqualTo("/login?error");
    }
    assertThat(browser.signIn(username, "wrong").location()).isEqualTo("/login?locked");
    assertThat(browser.signIn(username, "right-password").location()).isEqualTo("/login?locked");
    assertThat(browser.get("/").location()).isEqualTo("/login");
    assertThat(browser.get("/login").body()).contains("登录失败次数过多");
  }

  @Test
  void theAdminPagesAreForAdministratorsOnly() {
    Browser anonymous = new Browser(environment);
    Browser.Page redirected = anonymous.get("/admin/users");
    assertThat(redirected.status()).isEqualTo(302);
    assertThat(redirected.location()).isEqualTo("/login");
    assertThat(anonymous.get("/admin/units.html").location()).isEqualTo("/login");
    assertThat(anonymous.get("/").location()).isEqualTo("/login");

    Browser clerk = new Browser(environment);
    clerk.signIn("clerk", "demo");
    Browser.Page denied = clerk.get("/admin/users");
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.body()).contains("无权访问");
    assertThat(clerk.get("/admin/units.html").status()).isEqualTo(403);
    assertThat(clerk.get("/").status()).isEqualTo(200);

    Browser admin = new Browser(environment);
    assertThat(admin.signIn("admin", "demo").location()).isEqualTo("/");
    for (String page : List.of("/admin/users", "/admin/units")) {
      Browser.Page opened = admin.get(page);
      assertThat(opened.status()).as(page).isEqualTo(200);
      assertThat(opened.body()).contains("/ui/page.js");
      assertSecurityHeaders(opened);
    }
    assertThat(admin.get("/admin").location()).isEqualTo("/admin/users");
  }

  @Test
  void afterSignInTheBrowserGoesToThePageItAskedFor() {
    Browser browser = new Browser(environment);
    browser.get("/admin/units");
    assertThat(browser.signIn("admin", "demo").location()).startsWith("/admin/units");
  }

  @Test
  void logoutNeedsTheTokenAndEndsTheSession() {
    Browser browser = new Browser(environment);
    browser.signIn("admin", "demo");
    assertThat(browser.get("/").status()).isEqualTo(200);
    Browser.Page loggedOut = browser.postForm("/logout", Map.of("_csrf", browser.cookie("XF-XSRF-TOKEN")));
    assertThat(loggedOut.location()).isEqualTo("/login?logout");
    assertThat(browser.get("/").location()).isEqualTo("/login");
    assertThat(browser.sendJson("GET", "/api/me", null, Map.of()).status()).isEqualTo(401);
  }

  @Test
  void aSessionEndsWhenItsUserIsDisabledOrGetsANewPassword() {
    String username = "sess-" + shortId();
    directory.saveUser(username, "会话测试", "first-password", "BUREAU", Role.CLERK);
    Browser browser = new Browser(environment);
    browser.signIn(username, "first-password");
    assertThat(browser.sendJson("GET", "/api/me", null, Map.of()).status()).isEqualTo(200);
    var reset = api.as("admin").post("/api/admin/users/" + username + "/password", Map.of("password", "second-password"));
    assertThat(reset.status()).isEqualTo(204);
    assertThat(browser.sendJson("GET", "/api/me", null, Map.of()).status()).isEqualTo(401);

    browser.signIn(username, "second-password");
    assertThat(browser.get("/").status()).isEqualTo(200);
    var disabled = api.as("admin").put("/api/admin/users/" + username, Map.of("displayName", "会话测试",
        "unitCode", "BUREAU", "roles", List.of("CLERK"), "enabled", false));
    assertThat(disabled.status()).isEqualTo(200);
    assertThat(browser.get("/").location()).isEqualTo("/login");
  }

  private static void assertSecurityHeaders(Browser.Page page) {
    assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'").doesNotContain("unsafe-inline");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(page.header("Cache-Control")).contains("no-store");
  }

  private static String newUser(String username) {
    return "{\"username\":\"" + username + "\",\"displayName\":\"网页创建\",\"password\":\"a-long-password\","
        + "\"roles\":[\"CLERK\"]}";
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
