/**
 * The goals: each binds its parameters (booleans as text, read strictly), checks every one in
 * {@code ParameterValidation} before any I/O, calls the plain Java of the lower packages and maps failures to Maven's
 * exceptions, nothing else. It is the top layer and may use every other package.
 */
package io.github.duendetools.mojo;
