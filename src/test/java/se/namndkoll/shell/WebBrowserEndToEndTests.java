package se.namndkoll.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in a real browser: the packaged jar's {@code serve} over the sample archive, driven
 * in Debian's Chromium headless through its chromedriver (nothing downloaded). Search, narrow by a
 * facet, open an ärende, its meeting and its source, by mouse and by keyboard; axe-core checks each
 * page for WCAG 2.1 A and AA violations, none serious allowed. Screenshots of each page are kept in
 * {@code target/web-screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebBrowserEndToEndTests {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "web-screenshots");

  private Process server;
  private Path reviews;
  private String base;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Debian's chromium and chromium-driver are not installed");
    Jar.Run ingest = Jar.run(dir, "ingest", Path.of("corpus").toAbsolutePath().toString(), "--index", "index");
    assertThat(ingest.exitStatus()).as(ingest.all()).isZero();
    reviews = dir.resolve("reviews.yaml");
    ProcessBuilder pb = new ProcessBuilder(Jar.java("serve", "--index", "index", "--port", "0", "--site",
        Path.of("templates", "web.yaml").toAbsolutePath().toString(), "--rules", Path.of("rules").toAbsolutePath()
            .toString(), "--reviews", reviews.toString()))
        .directory(dir.toFile()).redirectError(dir.resolve("serve.err").toFile());
    pb.environment().put("NAMNDKOLL_LOG", dir.resolve("serve.log").toString());
    server = pb.start();
    String first = Jar.firstLine(server);
    assertThat(first).startsWith("Serving http://127.0.0.1:");
    base = first.substring("Serving ".length(), first.indexOf(' ', "Serving ".length()));
    try (var unpacked = Files.walk(dir.resolve(".namndkoll/cache/web-server"))) {
      assertThat(unpacked.map(p -> p.getFileName().toString())).as("the web server, unpacked from the jar for serve")
          .anyMatch(name -> name.startsWith("spring-webmvc-"));
    }

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=sv-SE",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium")));
    ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(driver, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void searchNarrowOpenAnArendeItsMeetingAndItsSource() throws Exception {
    browser.get(base);
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("Granbacken", Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".traff")));
    assertThat(browser.getCurrentUrl()).contains("q=Granbacken");
    int all = browser.findElements(By.cssSelector(".traff")).size();
    screenshot("search");
    assertNoSeriousViolation("the search page");

    WebElement facet = browser.findElement(By.cssSelector("section[aria-labelledby='facett-namnd'] a"));
    facet.click();
    wait.until(ExpectedConditions.urlContains("namnd="));
    assertThat(browser.findElements(By.cssSelector(".traff"))).hasSizeBetween(1, all);
    assertThat(browser.findElement(By.cssSelector(".valda")).getText()).contains("Nämnd:");

    WebElement hit = browser.findElement(By.cssSelector(".traff h3 a"));
    String title = hit.getText();
    hit.click();
    wait.until(ExpectedConditions.urlContains("/arende/"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    assertThat(browser.findElements(By.cssSelector("section.avsnitt h2"))).isNotEmpty();
    screenshot("arende");
    assertNoSeriousViolation("the ärende's page");

    String arende = browser.getCurrentUrl();
    browser.findElement(By.cssSelector(".uppgifter dd a[href^='/sammantrade']")).click();
    wait.until(ExpectedConditions.urlContains("/sammantrade"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Sammanträde ");
    assertThat(browser.findElements(By.linkText(title))).isNotEmpty();
    screenshot("meeting");
    assertNoSeriousViolation("the meeting's page");

    browser.get(arende);
    browser.findElement(By.cssSelector("a.kalla")).click();
    wait.until(ExpectedConditions.urlContains("/kalla/"));
    assertThat(browser.getPageSource()).contains("Granbacken");
  }

  @Test
  void aFindingIsMarkedReviewedFromTheFindingsPage() throws Exception {
    browser.get(base + "fynd");
    for (int i = 0; i < 60 && browser.findElements(By.tagName("table")).isEmpty(); i++) {
      Thread.sleep(500); // the sweep runs while the server starts
      browser.navigate().refresh();
    }
    assertThat(browser.findElement(By.tagName("caption")).getText()).isEqualTo("Fynd per regel och nämnd");
    assertThat(browser.findElement(By.cssSelector("tbody th")).getText()).as("a rule by its Swedish name")
        .doesNotStartWith(browser.findElement(By.cssSelector("tbody th .regel-id")).getText());
    screenshot("findings");
    assertNoSeriousViolation("the findings page");

    browser.findElement(By.cssSelector("table tbody td a")).click();
    wait.until(ExpectedConditions.urlContains("regel="));
    WebElement first = browser.findElement(By.cssSelector("article.fynd"));
    String rule = first.findElement(By.cssSelector("h3 .regel-id")).getText();
    first.findElement(By.cssSelector("input[name=kommentar]")).sendKeys("Åtgärdas i nästa utskick");
    first.findElement(By.cssSelector("input[name=granskare]")).sendKeys("Revisor Ö");
    first.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("granskad=1"));
    assertThat(browser.findElement(By.cssSelector(".notis")).getText()).contains("markerat som granskat");
    assertThat(browser.findElement(By.cssSelector(".granskad")).getText())
        .contains("Granskad av Revisor Ö").contains("Åtgärdas i nästa utskick");
    assertThat(Files.readString(reviews)).contains("rule: " + rule).contains("Åtgärdas i nästa utskick");
  }

  @Test
  void theKeyboardReachesTheSkipLinkAndTheSearchBox() {
    browser.get(base);
    new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
    WebElement focused = browser.switchTo().activeElement();
    assertThat(focused.getText()).isEqualTo("Hoppa till innehållet");
    focused.sendKeys(Keys.ENTER);
    assertThat(browser.getCurrentUrl()).endsWith("#innehall");
    browser.findElement(By.id("q")).sendKeys("placeringar", Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".traff")));
    assertThat(browser.getTitle()).startsWith("Sök: placeringar");
  }

  @Test
  void theErrorPagesAreAccessibleToo() throws Exception {
    browser.get(base + "finns/inte");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hittades inte");
    assertNoSeriousViolation("the page for an address the archive has not");
    browser.get(base + "?q=barn&from=20x");
    assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).startsWith("Från datum");
    assertNoSeriousViolation("the search page with an error");
  }

  /** axe-core's WCAG 2.1 A and AA rules on the page: no violation of serious or critical impact. */
  private void assertNoSeriousViolation(String page) throws Exception {
    String axe = System.getenv("NAMNDKOLL_AXE");
    if (axe == null) {
      return; // without axe-core (.ci/run installs it) the pages are still driven, not audited
    }
    assertThat(Path.of(axe)).as("NAMNDKOLL_AXE names axe-core's axe.min.js").isRegularFile();
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(Files.readString(Path.of(axe)));
    Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        + ".then(function (r) { done({passes: r.passes.length, serious: r.violations.filter(function (v) {"
        + "  return v.impact === 'serious' || v.impact === 'critical'; })"
        + "  .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.nodes.map(function (n) {"
        + "    return n.target.join(' '); }).join(', '); })}); })"
        + ".catch(function (e) { done({passes: 0, serious: ['axe failed: ' + e]}); });");
    Map<?, ?> found = (Map<?, ?>) result;
    assertThat((List<?>) found.get("serious")).as("serious WCAG 2.1 AA violations on " + page).isEmpty();
    assertThat(((Number) found.get("passes")).intValue()).as("axe-core's rules that passed on " + page).isPositive();
    System.out.println("axe-core on " + page + ": " + found.get("passes") + " WCAG 2.1 A/AA rules passed, no serious violation");
  }

  private void screenshot(String name) throws Exception {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
