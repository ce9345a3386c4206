package ai.licensing.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds where each rule of a DRL file starts and what it says, for positions and the facts it reads. */
final class RuleSource {

    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"((?:\\\\.|[^\"\\\\])*)\"");
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\s*$");

    record Block(String name, int line, String text) {
    }

    private RuleSource() {
    }

    static List<Block> blocks(String drl) {
        List<Block> blocks = new ArrayList<>();
        Matcher rule = RULE.matcher(drl);
        while (rule.find()) {
            Matcher end = END.matcher(drl);
            int stop = end.find(rule.end()) ? end.end() : drl.length();
            String name = rule.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
            blocks.add(new Block(name, lineOf(drl, rule.start(1)), drl.substring(rule.start(), stop)));
        }
        return blocks;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
