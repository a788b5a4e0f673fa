/* SPDX-License-Identifier: MIT
 * suggest.h — "did you mean": the closest of a list of words to a mistyped
 * one (commands, long options, words such as statuses), for error
 * messages that say what was meant instead of only what was wrong. */
#ifndef ZD_CLI_SUGGEST_H
#define ZD_CLI_SUGGEST_H
#include <getopt.h>
#include <stddef.h>

/* The candidate closest to 'word' (edit distance at most 2, or at most a
 * third of its length; ties to the first), or NULL when none is close. */
const char *zd_cli_closest(const char *word, const char *const *cand,
                           size_t n);
/* Prints "unknown option 'ARG' (did you mean --X? see zdaudit CMD
 * --help)"; the suggestion comes from 'longopts'. */
void zd_cli_unknown_option(const char *cmd, const char *arg,
                           const struct option *longopts);
/* The cases every command's getopt_long loop ends with, for a 'c' no
 * option of the command took: 'h' prints 'usage' to stdout and gives
 * ZD_EXIT_OK; ':' (a value missing) and anything else (an unknown option)
 * say so on stderr, with a did-you-mean, and give ZD_EXIT_RUNTIME. */
int zd_cli_option_end(int c, const char *cmd, char **argv,
                      const struct option *longopts, const char *usage);
/* The error half of that, for option parsers that return -1 on error:
 * says what ':' or an unknown option meant, and gives -1. */
int zd_cli_option_fail(int c, const char *cmd, char **argv,
                       const struct option *longopts);
/* `--format text|json` of the small commands: sets *json (0 or 1); -1
 * after saying which formats there are. */
int zd_cli_text_or_json(const char *arg, int *json);

#endif
