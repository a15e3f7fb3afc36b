package io.github.duendetools.msbuild;

/**
 * How many characters property expansion may produce in one evaluation. A value is capped on its own
 * ({@link PropertyExpander#MAX_VALUE_LENGTH}), but a file can copy a capped value into a hundred thousand
 * properties or conditions: this bounds the memory and time of the whole evaluation, as MSBuild itself
 * does not. Every reference counts at least one character, so it bounds the number of expansions too, and
 * so does the text an unclosed {@code $(} makes the expander read.
 */
final class ExpansionBudget {
    /** 32 Mi characters: thousands of times what the largest real repositories expand. */
    static final long MAX_CHARACTERS = 32L * 1024 * 1024;

    private final long limit;
    private long spent;

    ExpansionBudget() {
        this(MAX_CHARACTERS);
    }

    ExpansionBudget(long limit) {
        this.limit = limit;
    }

    void spend(long characters) {
        spent += characters;
        if (spent > limit) {
            throw new LimitExceeded("property expansion produces or reads more than " + limit
                    + " characters in one evaluation; refusing to go on (a property copied over and over,"
                    + " or a text full of unclosed $( ?)");
        }
    }
}
