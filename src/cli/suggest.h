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

#endif
