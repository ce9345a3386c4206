package ai.licensing.engine;

import ai.licensing.catalog.CatalogLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of a rules folder that make up a ruleset (every {@code .drl} and purpose table below it and
 * {@code catalog/*.yaml}) and
 * their version. One definition of "the ruleset's files" serves the compiler and the reloader, so a change the
 * reloader notices is exactly a change that would compile into another version.
 *
 * @param drl     rule file texts by path relative to the folder
 * @param tables  purpose table texts ({@code *.purposes.csv}) by path relative to the folder
 * @param catalog catalog file texts by path relative to {@code catalog/}
 */
record RuleFiles(Map<String, String> drl, Map<String, String> tables, Map<String, String> catalog) {

    static RuleFiles read(Path dir) {
        List<String> files = files(dir);
        Path catalog = dir.resolve(CatalogLoader.FOLDER);
        return new RuleFiles(read(dir, files, ".drl"), read(dir, files, PurposeTableCompiler.SUFFIX),
                read(catalog, files(catalog), ".yaml"));
    }

    /** Every file, relative to the rules folder: rule files first, then the tables, then the catalog. */
    Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>(drl);
        all.putAll(tables);
        catalog.forEach((f, text) -> all.put(CatalogLoader.FOLDER + "/" + f, text));
        return all;
    }

    List<String> names() {
        return List.copyOf(all().keySet());
    }

    /** {@code sha256:<hex>} over every file's name and text. */
    String version() {
        return "sha256:" + sha256(all());
    }

    /** The files' names and texts, in their order, as one hex sha256. */
    static String sha256(Map<String, String> files) {
        MessageDigest sha = sha256();
        files.forEach((name, text) -> {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A new SHA-256 digest: how the engine names content (versions, cache keys and entries). */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Every regular file below {@code dir}, by path relative to it, in a stable order: one walk serves the rule files
     * and the tables (the reloader lists the folder at every check). Entries whose name starts with a dot, and everything below
     * them, are not rule files: a Kubernetes ConfigMap volume keeps the real files in a hidden
     * {@code ..2026_11_30_…/} folder, reached through the {@code ..data} symlink, and shows each file as a symlink
     * {@code x.drl -> ..data/x.drl}; reading both would compile every rule twice. The symlinks are followed, so the
     * files are read once, under their own names. The same skips editors' and macOS's hidden files
     * ({@code .x.drl.swp}, {@code ._x.drl}).
     */
    private static List<String> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(f -> !hidden(dir.relativize(f)) && Files.isRegularFile(f)).sorted()
                    .map(f -> dir.relativize(f).toString().replace('\\', '/')).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules folder " + dir, e);
        }
    }

    /** Text of each of {@code files} (relative to {@code dir}) with the extension, by that relative path. */
    private static Map<String, String> read(Path dir, List<String> files, String extension) {
        Map<String, String> texts = new LinkedHashMap<>();
        try {
            for (String file : files) {
                if (file.endsWith(extension)) {
                    texts.put(file, Files.readString(dir.resolve(file), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules folder " + dir, e);
        }
        return texts;
    }

    /** Whether any part of the relative path names a hidden entry ({@code ..data}, {@code ..2026_…}, {@code .git}). */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
