#ifndef BRIEFING_CLIBEDIT_SHIM_H
#define BRIEFING_CLIBEDIT_SHIM_H
// Never <readline/readline.h>: that is GNU readline (GPL). libedit's own headers only.
#include <stdio.h>
#include <histedit.h>
#include <editline/readline.h>

// Swift 6 rejects libedit's mutable C globals as not concurrency-safe, and cannot call C
// variadics: these small non-variadic wrappers are the only way Swift touches them.

/// Names this program for ~/.editrc sections (`briefing:bind ...`).
static inline void briefing_rl_set_name(const char *name) { rl_readline_name = name; }

/// Installs the Tab handler; candidates are inserted verbatim (no backslash-escaped spaces).
static inline void briefing_rl_set_completion(rl_completion_func_t *function) {
    rl_attempted_completion_function = function;
    rl_completion_append_character = ' ';
}

/// Tells libedit not to fall back to file-name completion after our handler ran.
static inline void briefing_rl_completion_over(void) { rl_attempted_completion_over = 1; }

/// The line being edited (valid during a completion callback).
static inline const char *briefing_rl_line_buffer(void) { return rl_line_buffer; }

/// The newest history entry, or NULL.
static inline const char *briefing_rl_last_history(void) {
    if (history_length <= 0) return NULL;
    HIST_ENTRY *entry = history_get(history_base + history_length - 1);
    return entry ? entry->line : NULL;
}

#endif
