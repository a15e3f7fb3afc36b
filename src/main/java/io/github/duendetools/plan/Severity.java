package io.github.duendetools.plan;

/** How much a finding matters: an ERROR is an unsupported jump and fails the build. */
public enum Severity {
    ERROR, WARNING, INFO
}
