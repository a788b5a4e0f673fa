/* SPDX-License-Identifier: MIT
 * detect_removed.c — the marker `zdaudit collect` writes where it found
 * a credential in a reply ("[credential removed: RULE]", or
 * "[credentials removed]" when a string held too many): the credential
 * was there, so the content controls (ZD.SUP.9, ZD.GUIDE.1, …) and
 * `scan --snapshot` must still see one, or a snapshot stripped of its
 * secrets would pass the very controls that ask for none. The finding is
 * the marker itself, which holds no secret. */
#include "scan/scan_int.h"

#include <string.h>

enum { MAX_LABEL = 64 };

void zd_detect_removed(struct zd_scan_run *r, size_t to, int arg)
{
  static const char one[] = "[credential removed: ";
  static const char many[] = "[credentials removed]";
  const unsigned char *p = r->p;
  size_t s, e;
  (void)arg;
  /* the trigger is "[credential"; both forms start there */
  if(to < sizeof("[credential") - 1)
    return;
  s = to - (sizeof("[credential") - 1);
  if(r->len - s >= sizeof(many) - 1 &&
     !memcmp(p + s, many, sizeof(many) - 1)) {
    e = s + sizeof(many) - 1;
  }
  else if(r->len - s >= sizeof(one) - 1 &&
          !memcmp(p + s, one, sizeof(one) - 1)) {
    /* the rule id: [a-z0-9-], then ']' */
    e = s + sizeof(one) - 1;
    while(e < r->len && e - s < sizeof(one) + MAX_LABEL &&
          (zd_isalnum(p[e]) || p[e] == '-' || p[e] == '_'))
      e++;
    if(e >= r->len || p[e] != ']' || e == s + sizeof(one) - 1)
      return;
    e++;
  }
  else
    return;
  zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_REMOVED_AT_COLLECTION,
                   s, e, 0.95);
}
