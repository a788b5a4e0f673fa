/* SPDX-License-Identifier: MIT
 * links.c — the remediation link table (links.h). Each row was checked
 * against Zendesk's help centre with the search tool (corpus "pages"); the
 * location is the article's own "Location:" line or its first step:
 *   8662004958746 "Turning on and off API access":
 *     Admin Center > Apps and integrations > APIs > API configuration
 *   4408889192858 "Managing API token access to the Zendesk API":
 *     Admin Center > Apps and integrations > APIs > API tokens
 *   8889508417946 "Managing OAuth token access to the API":
 *     Admin Center > Apps and integrations > APIs > OAuth clients
 *   203663706 "Restricting access to Zendesk using IP restrictions":
 *     Admin Center > Account > Security > Advanced
 *   4408843830938 "About the Team members page":
 *     Admin Center > People > Team > Team members
 *   4576088682266 "Using the Conversations API keys": in Admin Center,
 *     Apps and integrations > APIs > Conversations API
 * Zendesk's documentation gives these pages' menu paths, not their URLs:
 * no Admin Center URL path was found in it, so admin_path stays NULL
 * everywhere (a guessed /admin/... link would break silently when Zendesk
 * moves a page). Fill a path in only with a citation beside it; reports
 * then link https://{subdomain}.zendesk.com/admin/PATH.
 * docs/writing-controls.md says how to add a row. */
#include "report/links.h"

#include <string.h>

#define API_CONFIG "Admin Center > Apps and integrations > APIs > " \
                   "API configuration"
#define API_CONFIG_URL \
  "https://support.zendesk.com/hc/en-us/articles/8662004958746"
#define API_CONFIG_T "Turning on and off API access"
#define TOKENS "Admin Center > Apps and integrations > APIs > API tokens"
#define TOKENS_URL \
  "https://support.zendesk.com/hc/en-us/articles/4408889192858"
#define TOKENS_T "Managing API token access to the Zendesk API"
#define OAUTH "Admin Center > Apps and integrations > APIs > OAuth clients"
#define OAUTH_URL \
  "https://support.zendesk.com/hc/en-us/articles/8889508417946"
#define OAUTH_T "Managing OAuth token access to the API"
#define IP "Admin Center > Account > Security > Advanced"
#define IP_URL "https://support.zendesk.com/hc/en-us/articles/203663706"
#define IP_T "Restricting access to Zendesk using IP restrictions"
#define TEAM "Admin Center > People > Team > Team members"
#define TEAM_URL \
  "https://support.zendesk.com/hc/en-us/articles/4408843830938"
#define TEAM_T "About the Team members page"
#define SC_KEYS "Admin Center > Apps and integrations > APIs > " \
                "Conversations API"
#define SC_KEYS_URL \
  "https://support.zendesk.com/hc/en-us/articles/4576088682266"
#define SC_KEYS_T "Using the Conversations API keys"

static const struct zd_rep_link table[] = {
  {"ZD.GEN.11.1", TEAM, NULL, TEAM_URL, TEAM_T},
  {"ZD.GEN.11.5", API_CONFIG, NULL, API_CONFIG_URL, API_CONFIG_T},
  {"ZD.SUP.3", IP, NULL, IP_URL, IP_T},
  {"ZD.SUP.4", API_CONFIG, NULL, API_CONFIG_URL, API_CONFIG_T},
  {"ZD.SUP.4.1", OAUTH, NULL, OAUTH_URL, OAUTH_T},
  {"ZD.SUP.4.2", TOKENS, NULL, TOKENS_URL, TOKENS_T},
  {"ZD.SUP.4.3", API_CONFIG, NULL, API_CONFIG_URL, API_CONFIG_T},
  {"ZD.SUNCO.2", SC_KEYS, NULL, SC_KEYS_URL, SC_KEYS_T},
  {"ZD.SUNCO.2.2", SC_KEYS, NULL, SC_KEYS_URL, SC_KEYS_T},
  {"ZD.SUNCO.5.1", SC_KEYS, NULL, SC_KEYS_URL, SC_KEYS_T},
};

const struct zd_rep_link *zd_rep_link_find(const char *id)
{
  for(unsigned i = 0; id && i < sizeof(table) / sizeof(table[0]); i++)
    if(!strcmp(table[i].id, id))
      return &table[i];
  return NULL;
}

const struct zd_rep_link *zd_rep_link_at(unsigned i)
{
  return i < sizeof(table) / sizeof(table[0]) ? &table[i] : NULL;
}
