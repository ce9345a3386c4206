package ai.licensing.web;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Path;

/**
 * Debian's chromium and chromedriver (installed by .ci/run when missing). Both paths are given explicitly so
 * Selenium Manager never runs: it would try to download a browser and a driver, and the build has no network
 * besides the package registries.
 */
final class HeadlessChromium {

    private static final File BROWSER = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** A new browser on a fresh profile, so no state of another run (cache, storage) leaks into this one. */
    static ChromeDriver start(Path userDataDir) {
        ChromeOptions options = new ChromeOptions()
                .setBinary(BROWSER)
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--user-data-dir=" + userDataDir, "--window-size=1280,1024");
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build(), options);
    }
}
