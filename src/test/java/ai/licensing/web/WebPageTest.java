package ai.licensing.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web page at / driven in headless chromium, as a person would use it. */
@QuarkusTest
class WebPageTest {

    /** The Llama 2 platform case of the contract, as answers to the form's questions (field path to value). */
    private static final Map<String, String> LLAMA_2_PLATFORM = Map.ofEntries(
            Map.entry("licensee.type", "company"), Map.entry("licensee.country", "US"),
            Map.entry("licensee.monthlyActiveUsers", "900000000"), Map.entry("licensee.annualRevenueUsd", "90000000000"),
            Map.entry("use.commercial", "true"), Map.entry("use.accessMode", "weights"),
            Map.entry("use.offersAsHostedService", "false"), Map.entry("modification.finetunes", "false"),
            Map.entry("modification.redistributesWeights", "false"),
            Map.entry("modification.usesOutputsToTrainOtherModels", "false"));

    private static final List<String> BEST_FIRST = List.of("ALLOWED", "CONDITIONAL", "NEEDS REVIEW", "DENIED");

    @TempDir
    static Path userDataDir;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @TestHTTPResource("/")
    URL page;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(userDataDir);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void llama2PlatformIsDeniedBySection2AndTheLinkReopensTheCase() throws IOException {
        open();
        answer("model", "llama-2-70b-chat");
        answerLlama2Platform();
        submit();

        assertEquals("DENIED", badge().getText());
        WebElement row = browser.findElement(By.xpath("//table[@id='clauses']/tbody/tr[td[2]='2']"));
        List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("llama-2-community", "2", "Additional Commercial Terms", "DENY"), cells.subList(0, 4));
        assertEquals("https://ai.meta.com/llama/license/", row.findElement(By.linkText("license text")).getAttribute("href"));
        // The README's picture of a verdict (docs/verdict.png) is a copy of this file.
        Files.write(Path.of("target", "verdict.png"), browser.findElement(By.id("result")).getScreenshotAs(OutputType.BYTES));

        String link = browser.getCurrentUrl();
        browser.get("about:blank");
        browser.get(link);
        assertEquals("DENIED", badge().getText());
        assertEquals("900000000", browser.findElement(By.id("licensee.monthlyActiveUsers")).getDomProperty("value"));
        assertEquals("llama-2-70b-chat", new Select(browser.findElement(By.id("model"))).getFirstSelectedOption().getDomProperty("value"));
    }

    @Test
    void compareAllModelsListsEveryModelBestFirst() {
        int models = given().get("/v1/models").then().statusCode(200).extract().path("size()");
        open();
        answerLlama2Platform();
        submit();

        shown("#comparison");
        List<WebElement> rows = browser.findElements(By.cssSelector("#comparison tbody tr"));
        assertEquals(models, rows.size());
        List<Integer> ranks = rows.stream().map(r -> BEST_FIRST.indexOf(r.findElement(By.className("badge")).getText())).toList();
        assertTrue(ranks.stream().allMatch(rank -> rank >= 0), "every row has a verdict: " + ranks);
        assertEquals(ranks.stream().sorted().toList(), ranks, "best first");
        assertEquals("DENIED", browser.findElement(By.xpath("//table[@id='comparison']//tr[td[1]='Llama 2 70B Chat']//*[@class='badge denied']")).getText());
        // Each row also names the best verdict the model can reach and each license's terms at a glance.
        WebElement llama2 = browser.findElement(By.xpath("//table[@id='comparison']//tr[td[1]='Llama 2 70B Chat']"));
        List<WebElement> cells = llama2.findElements(By.tagName("td"));
        assertTrue(BEST_FIRST.contains(cells.get(3).getText()), cells.get(3).getText());
        assertTrue(cells.get(5).getText().contains("separate license above 700,000,000 monthly active users"), cells.get(5).getText());
        // What it takes: each change as its own element, not an array turned into text.
        assertFalse(cells.get(4).getText().contains("[object"), cells.get(4).getText());
        assertFalse(cells.get(4).findElements(By.className("change")).isEmpty(), cells.get(4).getText());
    }

    @Test
    void asYouGrowNamesTheSizeTheVerdictChangesAtAndTheClause() {
        open();
        answer("model", "llama-2-70b-chat");
        answerLlama2Platform(Map.of("licensee.monthlyActiveUsers", "600000000"));
        submit();

        WebElement grow = shown(".grow li");
        assertEquals("at 700,000,001 monthly active users: DENIED, llama-2-community §2", grow.getText());
    }

    @Test
    void applyingAChangeSetFillsTheFormAndReachesTheVerdictItPromised() {
        open();
        answer("model", "llama-2-70b-chat");
        answerLlama2Platform(Map.of());
        submit();
        assertEquals("DENIED", badge().getText());

        WebElement option = shown(".change-set");
        String promised = option.findElement(By.className("badge")).getText();
        option.findElement(By.cssSelector("button.apply")).click();

        wait.until(ExpectedConditions.textToBe(By.cssSelector("#result .headline .badge"), promised));
        assertEquals("900000000", browser.findElement(By.id("licensee.monthlyActiveUsers")).getDomProperty("value"),
                "who the licensee is stays as stated");
    }

    @Test
    void anAnswerButtonFillsTheQuestionAndAsksAgain() {
        open();
        answer("model", "llama-2-70b-chat");
        submit();
        assertEquals("NEEDS REVIEW", badge().getText());

        WebElement above = shown("button.answer");
        List<WebElement> answers = browser.findElements(By.xpath("//dt[code='licensee.monthlyActiveUsers']/following-sibling::dd[1]/button"));
        WebElement last = answers.get(answers.size() - 1);
        assertTrue(last.getText().startsWith("700,000,001"), last.getText() + " / " + above.getText());
        String promised = last.findElement(By.className("badge")).getText();
        last.click();

        wait.until(ExpectedConditions.domPropertyToBe(browser.findElement(By.id("licensee.monthlyActiveUsers")), "value", "700000001"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#result .headline .badge"), promised));
    }

    @Test
    void aMissingFactLinksToItsQuestion() {
        open();
        answer("model", "llama-2-70b-chat");
        submit();

        assertEquals("NEEDS REVIEW", badge().getText());
        browser.findElement(By.cssSelector("a[data-field='licensee.monthlyActiveUsers']")).click();
        assertEquals("licensee.monthlyActiveUsers", browser.switchTo().activeElement().getDomAttribute("id"));
    }

    @Test
    void aRejectedProfileShowsTheProblemWithTheBadField() {
        open();
        answer("model", "llama-2-70b-chat");
        answer("licensee.country", "EU");
        submit();

        WebElement problem = shown("#result .problem");
        assertTrue(problem.getText().contains("Invalid usage profile (HTTP 400)"), problem.getText());
        assertTrue(problem.findElement(By.cssSelector("a[data-field='licensee.country']")).isDisplayed());
    }

    @Test
    void versionTwoFactsAreAskedAsOptionalQuestionsAndTravelInTheLink() {
        open();
        for (String field : List.of("licensee.endUserOnly", "licensee.termsAcceptedOn", "licensee.agreements", "use.disclosesAI",
                "modification.trainedModelKind", "data.optedIntoProviderTraining")) {
            assertTrue(browser.findElement(By.id(field)).isDisplayed(), field);
        }
        assertEquals("", new Select(browser.findElement(By.id("use.disclosesAI"))).getFirstSelectedOption().getDomProperty("value"),
                "Don't know by default");
        answer("model", "llama-2-70b-chat");
        answer("use.disclosesAI", "true");
        answer("modification.trainedModelKind", "classifier");
        answer("licensee.agreements", "llama-2-community:2, mit");
        submit();
        badge();
        browser.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.id("modification.trainedModelKind"), "value", "classifier"));
        assertEquals("true", browser.findElement(By.id("use.disclosesAI")).getDomProperty("value"));
        assertEquals("llama-2-community:2, mit", browser.findElement(By.id("licensee.agreements")).getDomProperty("value"));
    }

    @Test
    void aModelPageAddressPicksTheModel() {
        open();
        browser.findElement(By.id("model-name")).sendKeys("https://huggingface.co/meta-llama/Llama-2-70b-chat-hf/tree/main\n");
        wait.until(d -> "llama-2-70b-chat".equals(new Select(d.findElement(By.id("model"))).getFirstSelectedOption().getDomProperty("value")));
        String status = browser.findElement(By.id("model-name-status")).getText();
        assertTrue(status.contains("Llama 2 70B Chat") && status.contains("llama-2-community") && status.contains("address"), status);
        answerLlama2Platform();
        submit();
        assertEquals("DENIED", badge().getText());
    }

    @Test
    void aNearMissOffersTheClosestModels() {
        open();
        browser.findElement(By.id("model-name")).sendKeys("meta-llama/Llama-2-70b-chat-h");
        browser.findElement(By.id("model-name-find")).click();
        WebElement suggestion = wait.withMessage(() -> "the status reads: " + browser.findElement(By.id("model-name-status")).getText())
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#model-name-status button[data-model]")));
        assertEquals("llama-2-70b-chat", suggestion.getText());
        suggestion.click();
        wait.until(d -> "llama-2-70b-chat".equals(new Select(d.findElement(By.id("model"))).getFirstSelectedOption().getDomProperty("value")));
    }

    @Test
    void aPastedBomShowsTheVerdictOfEachModel() throws IOException {
        open();
        answerLlama2Platform();
        WebElement text = browser.findElement(By.id("bom-text"));
        browser.executeScript("arguments[0].value = arguments[1]", text,
                Files.readString(Path.of("src/test/resources/bom/support-bot-1.5.cdx.json")));
        browser.findElement(By.id("bom-check")).click();

        List<WebElement> rows = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#bom-components tbody tr"), 2));
        assertTrue(rows.get(0).getText().contains("llama-2-70b-chat"), rows.get(0).getText());
        assertEquals("DENIED", rows.get(0).findElement(By.className("badge")).getText());
        assertTrue(rows.get(1).getText().contains("mistral-7b-v0.1"), rows.get(1).getText());
        assertEquals("DENIED", browser.findElement(By.cssSelector("#bom-result .headline .badge")).getText());
    }

    @Test
    void anUploadedSpdxBomShowsModelsWithoutAVerdict() {
        open();
        browser.findElement(By.id("bom-file")).sendKeys(Path.of("src/test/resources/bom/rag-pipeline.spdx3.jsonld").toAbsolutePath().toString());
        wait.until(d -> !d.findElement(By.id("bom-text")).getDomProperty("value").isEmpty());
        browser.findElement(By.id("bom-check")).click();

        List<WebElement> rows = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#bom-components tbody tr"), 3));
        assertTrue(rows.get(2).getText().contains("not in the catalog"), rows.get(2).getText());
        assertEquals("NO VERDICT", rows.get(2).findElement(By.className("badge")).getText());
    }

    @Test
    void theModelSearchNarrowsThePickerByHuggingFaceIdAndKeepsTheChoice() {
        open();
        answer("model", "llama-2-70b-chat");
        browser.findElement(By.id("model-search")).sendKeys("Qwen/Qwen2.5-3B");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("model-search-count"), "1 of "));
        List<String> listed = new Select(browser.findElement(By.id("model"))).getOptions().stream()
                .map(o -> o.getDomProperty("value")).toList();
        assertEquals(List.of("", "llama-2-70b-chat", "qwen2.5-3b"), listed);
        assertEquals("llama-2-70b-chat", new Select(browser.findElement(By.id("model"))).getFirstSelectedOption().getDomProperty("value"));
    }

    private void open() {
        browser.get(page.toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#model option[value='llama-2-70b-chat']")));
    }

    private void answerLlama2Platform() {
        answerLlama2Platform(Map.of());
    }

    /** The Llama 2 platform case with some answers replaced. */
    private void answerLlama2Platform(Map<String, String> instead) {
        LLAMA_2_PLATFORM.forEach((field, value) -> answer(field, instead.getOrDefault(field, value)));
        browser.findElement(By.cssSelector("input[name='use.purposes'][value='general-assistant']")).click();
    }

    private void answer(String field, String value) {
        WebElement control = browser.findElement(By.id(field));
        if (control.getTagName().equals("select")) {
            new Select(control).selectByValue(value);
        } else {
            control.sendKeys(value);
        }
    }

    private void submit() {
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private WebElement badge() {
        return shown("#result .badge");
    }

    /** Waits for the page's answer; an unexpected problem fails at once, with the problem's text. */
    private WebElement shown(String css) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css + ", #result .problem")));
        List<WebElement> wanted = browser.findElements(By.cssSelector(css));
        assertFalse(wanted.isEmpty(), () -> "expected " + css + ", the page shows: " + browser.findElement(By.id("result")).getText());
        return wanted.get(0);
    }
}
