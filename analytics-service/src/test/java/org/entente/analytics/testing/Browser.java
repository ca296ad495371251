package org.entente.analytics.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}),
 * with a fresh profile and a 1280x800 window, to look at the dashboard as an analyst's browser shows it. Both
 * binaries are named explicitly, so Selenium Manager never looks for (or downloads) a browser or a driver.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    private static final String CHART_DATA = """
            const chart = Chart.getChart(document.getElementById(arguments[0]));
            if (!chart) {
              return null;
            }
            return {
              labels: chart.data.labels.map(String),
              datasets: chart.data.datasets.map((dataset) => ({
                key: dataset.key,
                label: dataset.label,
                data: dataset.data.map((value) => value !== null && typeof value === 'object'
                  ? [value.x, value.target ? value.target.valueUsd : value.y, value.y] : value),
                basis: dataset.basis || null,
              })),
            };""";

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts Chromium. Fails, saying what to install, when Chromium or its driver is missing: the dashboard tests are
     * never skipped.
     */
    public static Browser start() {
        return start(CHROMIUM, CHROMEDRIVER);
    }

    /** Starts the Chromium at {@code chromium} through the driver at {@code chromedriver}. */
    static Browser start(Path chromium, Path chromedriver) {
        for (Path binary : List.of(chromium, chromedriver)) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " is missing: the dashboard tests need headless Chromium. "
                        + "Install it with: apt-get install -y chromium chromium-driver (CI's .ci/run does)");
            }
        }
        Path profile = temporaryProfile();
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                        "--window-size=" + WIDTH + "," + HEIGHT);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    /**
     * Opens {@code url} and waits until no panel of the dashboard is loading any more. {@link #consoleErrors()}
     * tells the errors of this page only.
     */
    public void openDashboard(String url) {
        consoleErrors();
        driver.get(url);
        awaitPanels();
    }

    /** Waits until the dashboard's panels are there and none of them is loading. */
    public void awaitPanels() {
        try {
            new WebDriverWait(driver, PATIENCE).until(page -> {
                List<WebElement> panels = page.findElements(By.cssSelector(".panel"));
                return !panels.isEmpty() && panels.stream()
                        .noneMatch(panel -> "loading".equals(panel.getAttribute("data-state")));
            });
        } catch (TimeoutException e) {
            throw new AssertionError("panels still loading after " + PATIENCE + ": " + panelStates(), e);
        }
    }

    /** Each panel's state by id: {@code ready}, {@code empty}, {@code error} or {@code loading}. */
    public Map<String, String> panelStates() {
        Map<String, String> states = new LinkedHashMap<>();
        for (WebElement panel : driver.findElements(By.cssSelector(".panel"))) {
            states.put(panel.getAttribute("id"), panel.getAttribute("data-state"));
        }
        return states;
    }

    /** The message a panel shows instead of its content (loading, empty or error), as the reader sees it. */
    public String panelMessage(String panelId) {
        return driver.findElement(By.cssSelector("#" + panelId + " > .message")).getText();
    }

    /** The visible texts of the elements matching {@code css}. */
    public List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** The values of attribute {@code name} of the elements matching {@code css}. */
    public List<String> attributes(String css, String name) {
        return driver.findElements(By.cssSelector(css)).stream().map(element -> element.getAttribute(name)).toList();
    }

    /** Picks the option of select {@code id} with value {@code value}, as a reader would. */
    public void select(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    /** The page's address now. */
    public String address() {
        return driver.getCurrentUrl();
    }

    /** What the Chart.js chart on canvas {@code canvasId} holds, or null when the canvas has no chart. */
    @SuppressWarnings("unchecked")
    public ChartData chart(String canvasId) {
        Map<String, Object> chart = (Map<String, Object>) driver.executeScript(CHART_DATA, canvasId);
        return chart == null ? null : ChartData.of(chart);
    }

    /** The browser console's errors since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Saves what the 1280x800 window shows to {@code file}. */
    public void screenshot(Path file) {
        save(file);
    }

    /** Saves the whole page, however long, 1280 pixels wide, to {@code file}. */
    public void wholePageScreenshot(Path file) {
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(WIDTH, Math.max(HEIGHT, height.intValue())));
        try {
            save(file);
        } finally {
            driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        }
    }

    private void save(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save a screenshot to " + file, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete Chromium's profile " + profile, e);
        }
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("dashboard-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a profile directory for Chromium", e);
        }
    }
}
