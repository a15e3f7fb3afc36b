package io.github.duendetools;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A machine that cannot mount FAT skips the FAT tests on a developer's machine and fails them in CI. */
class VfatMountTest {

    @Test
    void skippedOnADevelopersMachine() {
        TestAbortedException e = assertThrows(TestAbortedException.class, () -> VfatMount.unavailable("no mkfs.vfat", null));
        assertTrue(e.getMessage().contains("a FAT file system cannot be mounted here (no mkfs.vfat)"), e.getMessage());
    }

    @Test
    void failedInCi() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> VfatMount.unavailable("no mkfs.vfat", "true"));
        assertTrue(e.getMessage().endsWith("must run under CI=true"), e.getMessage());
    }
}
