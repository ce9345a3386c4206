package ai.licensing.cli;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LineChunksTest {

    @Test
    void linesEndAtNewlineCarriageReturnOrBothAndALastLineNeedsNoEnd() throws IOException {
        assertEquals(List.of("a", "", "b", "c", "", "d"), lines("a\n\nb\r\nc\r\rd", 2, 64));
        assertEquals(List.of("a"), lines("a\n", 2, 64));
        assertEquals(List.of("a"), lines("a\r", 2, 64));
        assertEquals(List.of(), lines("", 2, 64));
        assertEquals(List.of(""), lines("\r\n", 2, 64));
    }

    @Test
    void aCarriageReturnAtTheEndOfOneReadAndItsNewlineAtTheStartOfTheNextEndOneLine() throws IOException {
        assertEquals(List.of("ab", "cd"), lines("ab\r\ncd", 5, 3));
    }

    @Test
    void chunksNumberTheirFirstLineAndHoldAtMostTheirSize() throws IOException {
        LineChunks chunks = new LineChunks(input("1\n2\n3\n4\n5"), 2, 4);
        List<Long> firsts = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (LineChunks.Chunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
            firsts.add(chunk.firstLine());
            sizes.add(chunk.size());
        }
        assertEquals(List.of(1L, 3L, 5L), firsts);
        assertEquals(List.of(2, 2, 1), sizes);
        assertNull(chunks.next());
    }

    /** Seeded random text of line ends, non-ASCII and long lines: the same lines as BufferedReader, for any buffer size. */
    @Test
    void splitsAsBufferedReaderReadLineDoesWhateverTheBufferAndChunkSizes() throws IOException {
        Random random = new Random(19);
        String[] pieces = {"a", "é", "漢", "{\"x\":1}", " ", "\n", "\r", "\r\n", "\n\n"};
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            List<String> expected = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new StringReader(text.toString()));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                expected.add(line);
            }
            int buffer = 1 + random.nextInt(9);
            int chunk = 1 + random.nextInt(4);
            assertEquals(expected, lines(text.toString(), chunk, buffer), "round " + round + ", buffer " + buffer + ", chunk " + chunk
                    + ": " + text.toString().replace("\r", "\\r").replace("\n", "\\n"));
        }
    }

    private static List<String> lines(String text, int linesPerChunk, int bufferSize) throws IOException {
        LineChunks chunks = new LineChunks(input(text), linesPerChunk, bufferSize);
        List<String> lines = new ArrayList<>();
        long expectedFirst = 1;
        for (LineChunks.Chunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
            assertEquals(expectedFirst, chunk.firstLine());
            for (int i = 0; i < chunk.size(); i++) {
                lines.add(new String(chunk.bytes(), chunk.starts()[i], chunk.ends()[i] - chunk.starts()[i], StandardCharsets.UTF_8));
            }
            expectedFirst += chunk.size();
        }
        return lines;
    }

    /** An input that hands out at most a few bytes per read, as pipes do. */
    private static InputStream input(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 3));
            }
        };
    }
}
