-- SPDX-License-Identifier: MIT
-- ZD.GUIDE.3: Gather posting is off, or every post is moderated.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GUIDE.3"
title = "Gather posting is off, or every post is moderated"
seed_ref = "II.3"
product = "Guide Professional / Enterprise (Gather community)"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Keep Gather posting on, with every post moderated and posts containing PHI rejected."
automation = "partial"
description = "On Guide Professional or Enterprise, turn off the Gather feature that lets end users "
  .. "create new posts, wherever possible. If the subscriber deliberately keeps Gather on for "
  .. "its use case, it must: turn on content moderation in Guide and set it to \"Moderate all "
  .. "content\", and; never approve a post that contains PHI."
evidence = "Whether the community is enabled and end users may post. Content-moderation mode = "
  .. "moderate all. Moderation activity log."
remediation = "In Guide > Settings > Community settings, turn off community posting, or set moderation "
  .. "to moderate all posts and reject posts that contain PHI."
question = "Confirm that this holds for the account: Gather posting is off, or every post is "
  .. "moderated. Keep as evidence: Whether the community is enabled and end users may post. "
  .. "Content-moderation mode = moderate all. Moderation activity log."
uses = { "hc_general_settings", "community_topics" }
