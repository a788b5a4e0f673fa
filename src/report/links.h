/* SPDX-License-Identifier: MIT
 * links.h — where a control's remediation is done: the Admin Center
 * location and Zendesk's guide for that page, kept in ONE table keyed by
 * control ID (links.c), apart from the control files, so that every link
 * is checked against Zendesk's documentation in one place. */
#ifndef ZD_REPORT_LINKS_H
#define ZD_REPORT_LINKS_H

/* Zendesk's source article, which every control's seed_ref ("I.4.b":
 * section I, item 4, sub-item b) points into. */
#define ZD_SOURCE_ARTICLE_URL \
  "https://support.zendesk.com/hc/en-us/articles/4408828395802"
#define ZD_SOURCE_ARTICLE_TITLE \
  "Security Configuration Requirements for HIPAA or HDS Enabled Accounts " \
  "on Zendesk"

struct zd_rep_link {
  const char *id;        /* control ID */
  const char *location;  /* "Admin Center > Account > Security > Advanced",
                            as the guide's "Location:" line says */
  const char *admin_path;/* the page's path after
                            https://{subdomain}.zendesk.com/admin/, or NULL:
                            only a path Zendesk's documentation states */
  const char *guide_url; /* Zendesk's help-centre article for the page */
  const char *guide_title;
};

/* The entry of control 'id', or NULL when none is confirmed. */
const struct zd_rep_link *zd_rep_link_find(const char *id);
/* Entry 'i' of the table (for tests and docs), NULL past the end. */
const struct zd_rep_link *zd_rep_link_at(unsigned i);

#endif
