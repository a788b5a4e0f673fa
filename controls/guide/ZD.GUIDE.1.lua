-- SPDX-License-Identifier: MIT
-- ZD.GUIDE.1: No PHI in help-centre or community content.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GUIDE.1"
title = "No PHI in help-centre or community content"
seed_ref = "II.1 (revised 2023-04-13 and 2023-10-25)"
product = "Guide (knowledge base), Gather (community)"
kind = "content"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber acknowledges that Guide and Gather are public by nature. The exceptions "
  .. "are restricted articles and closed or restricted help centres. The subscriber must "
  .. "therefore make sure no PHI appears in Guide or Gather text, in articles, in attachments "
  .. "to articles, or in images inside articles. The seed does not clearly say whether "
  .. "restricted content is exempt (§6). Treat the rule as applying to all content, and report"
  .. " restricted content separately."
evidence = "Help Center API: articles (body, user_segment_id), article attachments, community posts."
  .. " A heuristic PHI scan plus a subscriber review sign-off. The help centre's sign-in "
  .. "requirement, and the user segments on restricted sections, for context."
remediation = "Remove or redact PHI from the help-centre articles and community posts the scan names "
  .. "(Guide > Manage articles; Gather > moderation), and add a content-review step before "
  .. "publishing."
question = "Confirm that this holds for the account: No PHI in help-centre or community content. "
  .. "Keep as evidence: Help Center API: articles (body, user_segment_id), article "
  .. "attachments, community posts. A heuristic PHI scan plus a subscriber review sign-off. "
  .. "The help centre's sign-in requirement, and the user segments on restricted sections, for"
  .. " context."
uses = { "hc_articles", "community_posts" }
