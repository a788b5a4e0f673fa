/* SPDX-License-Identifier: MIT
 * areas.c — names shared by the writers: catalog area headings (the seed's
 * sections I–XII plus hosting and general) and status labels. */
#include "report/report.h"

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
  static const struct {
    const char *word, *label;
  } labels[] = {
    {"pass", "PASS"}, {"fail", "FAIL"}, {"manual", "MANUAL"},
    {"attested", "ATTESTED"}, {"accepted", "ACCEPTED"},
    {"not_applicable", "N/A"}, {"error", "ERROR"},
  };
  for(size_t i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
    if(status && !strcmp(status, labels[i].word))
      return labels[i].label;
  return "?";
}
