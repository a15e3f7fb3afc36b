package io.github.duendetools.bench;

import io.github.duendetools.msbuild.ProjectScanner;
import io.github.duendetools.msbuild.ScanOptions;
import io.github.duendetools.msbuild.ScanResult;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Runs in a child JVM with a capped heap (section 3): scans one generated tree with
 * {@link ProjectScanner}, and, in the same JVM, walks and parses the same files with the JDK's SAX
 * parser as the raw-rate baseline. Alternates the two so that both see the same warm caches.
 * Prints one {@code RESULT} line for the parent to read.
 */
public final class ScanChild {
    private ScanChild() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int repeats = Integer.parseInt(args[1]);
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);

        // Warm-up: one of each, so that class loading and JIT are not in the figures.
        int files = saxWalkAndParse(root, factory);
        ScanResult warm = scan(root);
        int references = warm.references().size();
        int projects = warm.projectFiles().size();
        warm = null;

        List<Double> sax = new ArrayList<>();
        List<Double> scans = new ArrayList<>();
        long peak = 0;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            saxWalkAndParse(root, factory);
            sax.add((System.nanoTime() - start) / 1e9);

            System.gc();
            resetPeaks();
            start = System.nanoTime();
            ScanResult result = scan(root);
            scans.add((System.nanoTime() - start) / 1e9);
            peak = Math.max(peak, peakHeapBytes());
            if (result.references().size() != references) {
                throw new IllegalStateException("scan is not deterministic");
            }
        }
        System.out.printf(Locale.ROOT, "RESULT projects=%d files=%d references=%d scan_s=%.4f sax_s=%.4f peak_heap_mb=%.1f%n",
                projects, files, references, Stats.median(scans), Stats.median(sax), peak / (1024.0 * 1024.0));
    }

    private static ScanResult scan(Path root) throws Exception {
        return new ProjectScanner(ScanOptions.defaults()).scan(root);
    }

    /** The least any scanner must do: find the MSBuild files and parse each once. */
    static int saxWalkAndParse(Path root, SAXParserFactory factory) throws Exception {
        SAXParser parser = factory.newSAXParser();
        DefaultHandler ignore = new DefaultHandler();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(ScanChild::msbuildFile).toList();
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                parser.parse(in, ignore);
            } catch (IOException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
            parser.reset();
        }
        return files.size();
    }

    private static boolean msbuildFile(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".csproj") || name.endsWith(".props") || name.endsWith(".targets");
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of each heap pool's peak: an upper bound, since the pools need not peak at the same moment. */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
