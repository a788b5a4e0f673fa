/* SPDX-License-Identifier: MIT
 * view.h — how `assess` and `report` show results to a person: the
 * --status filter, colour (--no-color, NO_COLOR, TERM=dumb), the
 * terminal's width, and the one summary line written to stderr when the
 * report goes to a file. */
#ifndef ZD_CLI_VIEW_H
#define ZD_CLI_VIEW_H
#include <jansson.h>
#include "report/report.h"

struct zd_cli_view {
  unsigned status_mask;   /* bit per zd_status; 0 = every status */
  int no_color;           /* --no-color */
};

/* Parses "--status fail,error" into 'v'; prints the valid words and
 * returns -1 on an unknown one. */
int zd_cli_view_status(struct zd_cli_view *v, const char *list);
/* The document the writers get: 'doc' itself (a new reference) when every
 * status is shown, else a copy holding only the results of the chosen
 * statuses ("summary" still counts every control). */
json_t *zd_cli_view_doc(const struct zd_cli_view *v, const json_t *doc);
/* Fills the colour and width of 'ro' for a report going to 'output' (NULL
 * or "-" = stdout). */
void zd_cli_view_opts(const struct zd_cli_view *v, const char *output,
                      zd_format fmt, struct zd_report_opts *ro);
/* "13 fail, 1 error, 96 manual, 15 pass, 10 not applicable -> FILE" on
 * stderr: the statuses that occur, in report order. */
void zd_cli_view_summary(const json_t *doc, const char *output);

#endif
