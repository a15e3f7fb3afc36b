/**
 * The shared-file memo: what evaluating a shared file ({@code Directory.*.props} and what it imports) or one
 * of its item groups depended on and did ({@code Recording}), kept per file and group
 * ({@code SharedFileMemo}) so that the next project reaching it in the same state replays the effect instead
 * of evaluating again. It stores the evaluator's values and items without knowing them ({@code Effects});
 * the evaluator's side of recording and replaying is {@code msbuild.SharedFileReplay}.
 */
package io.github.duendetools.msbuild.memo;
