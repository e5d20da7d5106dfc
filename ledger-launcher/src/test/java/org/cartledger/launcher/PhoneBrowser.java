package org.cartledger.launcher;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium, headless, with a phone's window (375 x 812) and a browser language, driven through
 * Debian's chromedriver (packages chromium and chromium-driver; .ci/run installs them); or, for the
 * committee's pages, a projector's window ({@link #wideScreen}, 1440 x 900). Each instance is a fresh
 * profile: no cookies, no session. Screenshots go to target/screenshots/.
 */
final class PhoneBrowser implements AutoCloseable {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int WIDTH = 375;
    static final int HEIGHT = 812;
    static final int WIDE_WIDTH = 1440;
    static final int WIDE_HEIGHT = 900;

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;
    private final boolean wide;

    /** Skips the calling test, saying why, where the browser is not installed (CI installs it: .ci/run). */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "The browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver): "
                        + "apt-get install -y chromium chromium-driver, as .ci/run does");
    }

    PhoneBrowser(String baseUrl, String acceptLanguage) {
        this(baseUrl, acceptLanguage, false);
    }

    /** A desktop window of 1440 x 900 CSS pixels, as a projector in the committee's meeting room shows a page. */
    static PhoneBrowser wideScreen(String baseUrl, String acceptLanguage) {
        return new PhoneBrowser(baseUrl, acceptLanguage, true);
    }

    private PhoneBrowser(String baseUrl, String acceptLanguage, boolean wide) {
        this.baseUrl = baseUrl;
        this.wide = wide;
        try {
            this.profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + profile, "--lang=" + acceptLanguage.split(",")[0]);
        if (wide) {
            options.addArguments("--window-size=" + WIDE_WIDTH + "," + WIDE_HEIGHT, "--hide-scrollbars");
        } else {
            // a phone's screen: a desktop window cannot be narrower than 500 px, an emulated device can
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", WIDTH, "height", HEIGHT, "pixelRatio", 2, "touch", true)));
        }
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        if (wide) {
            // the window's outer size is not the page's: make the page itself 1440 x 900
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", WIDE_WIDTH, "height", WIDE_HEIGHT, "deviceScaleFactor", 1, "mobile", false));
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Signs in on the sign-in page, as a person would type it. */
    void signIn(String userId, String password) {
        open("/sign-in");
        find("#userId").sendKeys(userId);
        find("#password").sendKeys(password);
        find("#sign-in").click();
        waitUntil(() -> !driver.getCurrentUrl().contains("/sign-in") || !driver.findElements(By.id("sign-in-problem")).isEmpty());
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> condition.getAsBoolean());
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** How wide the page is laid out, in CSS pixels. */
    long viewportWidth() {
        return (Long) driver.executeScript("return window.innerWidth");
    }

    String lang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** The page as it is now, as target/screenshots/{name}.png. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The whole page, however long, as target/screenshots/{name}.png: the window is made as tall as the page
     * for the picture, then given back its own height. On a phone, the window as it is.
     */
    void fullPageScreenshot(String name) {
        if (!wide) {
            screenshot(name);
            return;
        }
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDE_WIDTH, "height", height, "deviceScaleFactor", 1, "mobile", false));
        try {
            // the charts redraw at the new size
            Thread.sleep(300);
            screenshot(name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", WIDE_WIDTH, "height", WIDE_HEIGHT, "deviceScaleFactor", 1, "mobile", false));
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a profile left in the temporary directory harms nothing
        }
    }
}
