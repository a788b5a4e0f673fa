/* SPDX-License-Identifier: MIT
 * areas.c — names shared by the writers: catalog area headings (the seed's
 * sections I–XII plus hosting and general) and status labels. */
#include "report/report.h"
#include "report/report_common.h"

#include <string.h>

static const struct {
  const char *area, *title;
} areas[] = {
  {"host", "Hosting and data location"},
  {"gen", "General: Healthcare Agreement and shared responsibility"},
  {"support", "I. Zendesk Support"},
  {"guide", "II. Zendesk Guide and Gather"},
  {"messaging", "III. Messaging"},
  {"sunco", "IV. Sunshine Conversations"},
  {"chat", "V. Chat"},
  {"explore", "VI. Explore"},
  {"addon", "VII. Add-ons: side conversations"},
  {"mobile", "VIII. Mobile"},
  {"insights", "IX. Insights"},
  {"ai", "X. Zendesk AI"},
  {"qa", "XI. Zendesk QA"},
  {"wfm", "XII. Workforce management"},
  {"advisory", "Advisory checks (outside the baseline)"},
};

const char *zd_report_area_title(const char *area)
{
  for(size_t i = 0; i < sizeof(areas) / sizeof(areas[0]); i++)
    if(area && !strcmp(area, areas[i].area))
      return areas[i].title;
  return area ? area : "Other";
}

const char *zd_report_status_label(const char *status)
{
  /* Indexed by zd_status; the words come from zd_rep_status_index. */
  static const char *const labels[ZD_STATUS_COUNT] = {
    "PASS", "FAIL", "MANUAL", "ATTESTED", "ACCEPTED", "N/A", "ERROR"
  };
  size_t i = zd_rep_status_index(status);
  return i < ZD_STATUS_COUNT ? labels[i] : "?";
}
