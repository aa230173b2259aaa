#ifndef BRIEFING_CLIBEDIT_SHIM_H
#define BRIEFING_CLIBEDIT_SHIM_H
// Never <readline/readline.h>: that is GNU readline (GPL). libedit's own headers only.
#include <histedit.h>
#include <editline/readline.h>
#endif
