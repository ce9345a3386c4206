package ai.licensing.engine;

import ai.licensing.model.SourceError;
import ai.licensing.testing.Eventually;
import ai.licensing.testing.RulesCopy;
import ai.licensing.testing.SameDecisions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Consequences compiled to Java decide exactly as interpreted ones, and the service's swap never undoes a reload. */
class ConsequenceCompilerTest {

    private static final String PERMISSIVE = "permissive-demo.drl";

    @TempDir
    Path dir;

    private static Ruleset compiled(Ruleset ruleset) {
        List<SourceError> errors = new ArrayList<>();
        Ruleset compiled = ConsequenceCompiler.compile(ruleset, errors).orElseThrow(() -> new AssertionError(errors));
        assertEquals(List.of(), errors);
        return compiled;
    }


    @Test
    void compiledConsequencesDecideExactlyAsInterpretedOnes() throws IOException {
        Ruleset interpreted = RulesetLoader.load(RulesCopy.into(dir));
        Ruleset compiled = compiled(interpreted);

        assertEquals(Consequences.INTERPRETED, interpreted.consequences());
        assertEquals(Consequences.COMPILED, compiled.consequences());
        assertEquals(interpreted.version(), compiled.version());
        assertSame(interpreted.rules(), compiled.rules());
        assertNotSame(interpreted.sessions().base("permissive-demo"), compiled.sessions().base("permissive-demo"));
        assertSame(compiled, compiled(compiled), "compiled consequences are not compiled again");

        SameDecisions.assertDecideAlike(interpreted, compiled, 20_261_201L, 500);
    }

    @Test
    void anEditAfterwardsIsServedInterpretedAndOnlyItsLicenseIsCompiledAgain() throws IOException, InterruptedException {
        RulesCopy.into(dir);
        CurrentRuleset current = new CurrentRuleset(RulesetLoader.load(dir));
        try (ConsequenceCompiler compiler = new ConsequenceCompiler(current)) {
            compiler.request();
            Eventually.await("the first compile", Duration.ofSeconds(60), () -> current.get().consequences() == Consequences.COMPILED);
            Ruleset first = current.get();

            RulesCopy.replace(dir.resolve(PERMISSIVE), "gives every recipient a copy of the license.", "gives every recipient the license text.");
            Ruleset edited = RulesetLoader.load(dir);
            assertEquals(Consequences.INTERPRETED, edited.consequences(), "an edit serves as soon as it is interpreted");
            assertSame(first.sessions().base("community-demo"), edited.sessions().base("community-demo"),
                    "the reload starts from the compiled bases");

            current.set(edited);
            compiler.request();
            Eventually.await("the compile after the edit", Duration.ofSeconds(60), () -> current.get().consequences() == Consequences.COMPILED);
            assertEquals(edited.version(), current.get().version());
            assertSame(first.sessions().base("community-demo"), current.get().sessions().base("community-demo"),
                    "only the edited license is compiled again");
            assertEquals(List.of(), compiler.lastFailure());
        }
    }

    @Test
    void aVersionReplacedMeanwhileIsNotSwappedBackIn() throws IOException {
        Ruleset old = RulesetLoader.load(RulesCopy.into(dir));
        Ruleset compiledOld = compiled(old);
        CurrentRuleset current = new CurrentRuleset(old);
        Ruleset newer = RulesetLoader.load(RulesCopy.into(dir.resolve("newer")));
        current.set(newer);

        assertFalse(current.replace(old, compiledOld));
        assertSame(newer, current.get());
    }

    @Test
    void aConsequenceThatIsNotValidJavaKeepsTheInterpretedVersionServingAndSaysWhere() throws IOException, InterruptedException {
        RulesCopy.into(dir);
        // MVEL reads $u.license as the getter; Java as the private field.
        RulesCopy.replace(dir.resolve(PERMISSIVE), "$u.duty( $u.distributesWeights(),", "$u.note( \"for \" + $u.license );\n    $u.duty( $u.distributesWeights(),");
        Ruleset interpreted = RulesetLoader.load(dir);
        CurrentRuleset current = new CurrentRuleset(interpreted);
        try (ConsequenceCompiler compiler = new ConsequenceCompiler(current)) {
            compiler.request();
            Eventually.await("the failed compile", Duration.ofSeconds(60), () -> !compiler.lastFailure().isEmpty());
            assertSame(interpreted, current.get());
            int line = RulesCopy.lineOf(dir.resolve(PERMISSIVE), "    $u.note( \"for \" + $u.license );");
            assertTrue(compiler.lastFailure().stream().anyMatch(e -> e.file().equals(PERMISSIVE) && e.line() >= line - 8 && e.line() <= line),
                    compiler.lastFailure().toString());
        }
    }
}
