package io.github.duendetools.edit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A unified diff ({@code --- a/path}, {@code +++ b/path}, three lines of context) of one edited file,
 * built from raw bytes so that {@code git apply} or {@code patch} reproduce the edit byte for byte in
 * any encoding and with any line ending. Lines end at LF only, as those tools see them.
 * <p>A version edit never adds or removes a line break, so line <i>n</i> of the old file is line
 * <i>n</i> of the new one; that is why no general longest-common-subsequence diff is needed.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** @param path the file's path relative to the repository root, with forward slashes */
    public static byte[] diff(String path, byte[] original, byte[] edited) {
        List<byte[]> oldLines = lines(original);
        List<byte[]> newLines = lines(edited);
        if (oldLines.size() != newLines.size()) {
            throw new IllegalArgumentException(path + ": an edit changed the number of lines");
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < oldLines.size(); i++) {
            if (!Arrays.equals(oldLines.get(i), newLines.get(i))) {
                changed.add(i);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (changed.isEmpty()) {
            return out.toByteArray();
        }
        ascii(out, "--- a/" + path + "\n+++ b/" + path + "\n");
        int index = 0;
        while (index < changed.size()) {
            int from = Math.max(0, changed.get(index) - CONTEXT);
            int last = changed.get(index);
            // Hunks whose context would touch or overlap merge into one, as diff(1) does.
            while (index + 1 < changed.size() && changed.get(index + 1) - last <= 2 * CONTEXT + 1) {
                index++;
                last = changed.get(index);
            }
            int to = Math.min(oldLines.size() - 1, last + CONTEXT);
            int count = to - from + 1;
            ascii(out, "@@ -" + (from + 1) + "," + count + " +" + (from + 1) + "," + count + " @@\n");
            int i = from;
            while (i <= to) {
                if (Arrays.equals(oldLines.get(i), newLines.get(i))) {
                    line(out, ' ', oldLines.get(i));
                    i++;
                    continue;
                }
                // A run of changed lines shows all its old lines, then all its new ones, as diff(1) does.
                int runEnd = i;
                while (runEnd + 1 <= to && !Arrays.equals(oldLines.get(runEnd + 1), newLines.get(runEnd + 1))) {
                    runEnd++;
                }
                for (int k = i; k <= runEnd; k++) {
                    line(out, '-', oldLines.get(k));
                }
                for (int k = i; k <= runEnd; k++) {
                    line(out, '+', newLines.get(k));
                }
                i = runEnd + 1;
            }
            index++;
        }
        return out.toByteArray();
    }

    private static void line(ByteArrayOutputStream out, char marker, byte[] line) {
        out.write(marker);
        out.writeBytes(line);
        if (line.length == 0 || line[line.length - 1] != '\n') {
            ascii(out, "\n\\ No newline at end of file\n");
        }
    }

    private static List<byte[]> lines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(Arrays.copyOfRange(bytes, start, i + 1));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return lines;
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
