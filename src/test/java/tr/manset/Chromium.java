package tr.manset;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium driven by Playwright. Browser tests need it installed
 * (apt-get install chromium); CI installs it, and there a missing browser fails the build.
 */
public final class Chromium implements AutoCloseable {

    private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() {
        if (!Files.isExecutable(EXECUTABLE)) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("Browser tests need " + EXECUTABLE + " (apt-get install chromium)");
            }
            Assumptions.abort("Browser tests skipped: " + EXECUTABLE + " is not installed (apt-get install chromium)");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
            .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(EXECUTABLE)
            .setHeadless(true)
            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new Chromium(playwright, browser);
    }

    public Browser browser() {
        return browser;
    }

    /** A phone of the given width (CSS pixels) in Turkish, with touch and a high-density screen. */
    public BrowserContext phone(ColorScheme scheme, int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
            .setViewportSize(width, 844)
            .setDeviceScaleFactor(2)
            .setIsMobile(true)
            .setHasTouch(true)
            .setLocale("tr-TR")
            .setColorScheme(scheme));
        context.setDefaultTimeout(10_000);
        return context;
    }

    /** A desktop browser window in Turkish. */
    public BrowserContext desktop(ColorScheme scheme) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
            .setViewportSize(1280, 900)
            .setLocale("tr-TR")
            .setColorScheme(scheme));
        context.setDefaultTimeout(10_000);
        return context;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
