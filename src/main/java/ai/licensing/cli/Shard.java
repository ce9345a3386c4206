package ai.licensing.cli;

import picocli.CommandLine;

/**
 * One part of an input split across workers (a Kubernetes Indexed Job's pods): shard INDEX of COUNT owns the
 * input lines whose 0-based number modulo COUNT is INDEX. The split depends only on line numbers, so it is the
 * same on every run and every machine.
 */
record Shard(int index, int count) {

    static final Shard WHOLE = new Shard(0, 1);

    boolean isWhole() {
        return count == 1;
    }

    /** @param line 1-based input line number */
    boolean owns(long line) {
        return (line - 1) % count == index;
    }

    /** Reads {@code INDEX/COUNT}, e.g. {@code 2/4}. */
    static final class Converter implements CommandLine.ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            String[] parts = value.split("/", -1);
            try {
                int index = Integer.parseInt(parts[0].trim());
                int count = Integer.parseInt(parts[1].trim());
                if (parts.length == 2 && count >= 1 && index >= 0 && index < count) {
                    return new Shard(index, count);
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                // reported below
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not INDEX/COUNT with 0 <= INDEX < COUNT (e.g. 0/4)");
        }
    }
}
