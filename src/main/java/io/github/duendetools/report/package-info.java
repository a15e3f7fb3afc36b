/**
 * How a plan is told: console lines ({@link io.github.duendetools.report.LogReport}, whose lines are API: the
 * integration tests and users' scripts match them), and {@code upgrade-report.json} and {@code .md}
 * ({@link io.github.duendetools.report.ReportWriter}), with paths shown relative to the scanned root.
 */
package io.github.duendetools.report;
