/**
 * The goals, and nothing but Maven's side of them: binding parameters (booleans as text, read strictly), checking every
 * parameter in {@code ParameterValidation} before any I/O, calling the plain-Java run ({@code UpgradeCheck} for
 * {@code check-upgrade}, {@code MigrationRun} for {@code migrate}, {@code Inspector} for {@code inspect}) and mapping
 * its failures to Maven's two exceptions in {@code MojoFailures}. Every line a goal logs goes through
 * {@code EscapingLog}; a parameter that may hold a password is read unevaluated ({@code SecretParameter}).
 */
package io.github.duendetools.mojo;
