package ai.licensing.engine.authoring;

import java.util.ArrayList;
import java.util.List;

/** Converts between character offsets and 1-based lines and columns of one text. */
final class LineIndex {

    private final List<Integer> starts = new ArrayList<>();

    LineIndex(String text) {
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
    }

    int line(int offset) {
        int low = 0;
        int high = starts.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts.get(mid) <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }

    int column(int offset) {
        return offset - starts.get(line(offset) - 1) + 1;
    }

    /** The offset of a 1-based line and a 0-based column, as Drools' descriptors give them. */
    int offset(int line, int zeroBasedColumn) {
        return starts.get(Math.max(0, Math.min(line, starts.size()) - 1)) + Math.max(0, zeroBasedColumn);
    }
}
