package org.infoshare.e2e;

import io.restassured.path.json.JsonPath;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real browser: Debian's headless Chromium driven by Debian's chromedriver (both installed by
 * the project's set-up when missing; nothing is downloaded), with a profile of its own, deleted at
 * the end. Signs in through Keycloak's own login page, checks a page with axe-core, and takes
 * screenshots into docs/screenshots.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("e2e.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Path profile;
    private final ChromeDriver driver;

    Browser() {
        for (String executable : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(executable))) {
                throw new IllegalStateException(executable + " is missing: install Debian's chromium and chromium-driver"
                        + " (deploy/local/infoshare test and .ci/run do so when missing)");
            }
        }
        try {
            profile = Files.createTempDirectory("infoshare-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--lang=en-GB",
                "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens the dashboard, signs in on Keycloak's own login page, and waits to be back on the dashboard. */
    void signIn(String user) {
        driver.get(Platform.dashboardUrl() + "/");
        WebElement username = waitFor(By.id("username"));
        assertOnKeycloak();
        username.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, PATIENCE).until(d -> d.getCurrentUrl().startsWith(Platform.dashboardUrl()));
        waitFor(By.tagName("h1"));
    }

    private void assertOnKeycloak() {
        if (!driver.getCurrentUrl().startsWith("http://localhost:8180/realms/infoshare/")) {
            throw new AssertionError("expected Keycloak's login page, at " + driver.getCurrentUrl());
        }
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** axe-core's violations of impact serious or critical on the page as it is now, one line each. */
    List<String> seriousAccessibilityViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        driver.manage().timeouts().scriptTimeout(PATIENCE);
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations))).catch(e => done('ERROR ' + e));");
        String text = String.valueOf(result);
        if (text.startsWith("ERROR")) {
            throw new AssertionError("axe-core failed on " + driver.getCurrentUrl() + ": " + text);
        }
        List<String> serious = new ArrayList<>();
        List<java.util.Map<String, Object>> violations = JsonPath.from(text).getList("$");
        for (java.util.Map<String, Object> violation : violations) {
            Object impact = violation.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                List<Object> targets = new ArrayList<>();
                ((List<?>) violation.get("nodes")).forEach(node -> targets.add(((java.util.Map<?, ?>) node).get("target")));
                serious.add(impact + " " + violation.get("id") + ": " + violation.get("help") + " at " + targets);
            }
        }
        return serious;
    }

    /** Saves what the browser shows as docs/screenshots/{name}.png (committed; the README shows them). */
    void screenshot(String name) {
        Path dir = Path.of(System.getProperty("e2e.screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeSource() {
        String path = "META-INF/resources/webjars/axe-core/" + System.getProperty("axe-core.version", "4.6.3")
                + "/axe.min.js";
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath at " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind harms nothing
            }
        }
    }
}
