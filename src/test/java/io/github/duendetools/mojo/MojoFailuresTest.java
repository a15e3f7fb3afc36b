package io.github.duendetools.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class MojoFailuresTest {

    @Test
    void aViolationKeepsItsMessageAndCause() {
        Exception refusal = new Exception("Migration refused, nothing written:");
        MojoFailureException e = MojoFailures.violation(refusal);
        assertEquals("Migration refused, nothing written:", e.getMessage());
        assertSame(refusal, e.getCause());
    }

    @Test
    void anErrorKeepsItsCause() {
        IOException io = new IOException("disk full");
        MojoExecutionException plain = MojoFailures.error(io);
        assertEquals("disk full", plain.getMessage());
        assertSame(io, plain.getCause());

        MojoExecutionException told = MojoFailures.error("cannot write the report: disk full", io);
        assertEquals("cannot write the report: disk full", told.getMessage());
        assertSame(io, told.getCause());
    }

    @Test
    void aDatabaseErrorCarriesNeitherThePasswordNorItsCause() {
        String url = "jdbc:postgresql://db/duende?user=app&password=s3cret";
        SQLException driver = new SQLException("FATAL: password authentication failed for " + url + " (s3cret, hunter2)",
                new SQLException("hunter2 rejected"));

        MojoExecutionException e = MojoFailures.databaseError("cannot read the catalog: ", driver, url, "hunter2");

        assertTrue(e.getMessage().startsWith("cannot read the catalog: FATAL: password authentication failed"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        // Maven prints every cause's message; the driver's would still hold the password.
        assertNull(e.getCause());
    }
}
