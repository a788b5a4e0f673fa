-- SPDX-License-Identifier: MIT
-- ZD.MOBILE.6: The mobile app does not show end users' authentication status.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.MOBILE.6"
title = "The mobile app does not show end users' authentication status"
seed_ref = "VIII.6 (added 2023-04-13)"
product = "Zendesk Support mobile app / messaging"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "manual"
description = "If the subscriber authenticates end users in Zendesk messaging, it acknowledges that the"
  .. " Support mobile app does not show whether an end user is authenticated. Agents on mobile"
  .. " cannot rely on that signal."
evidence = "Recorded acknowledgement and agent guidance."
remediation = "Record the acknowledgement and tell agents on mobile not to rely on an end user's "
  .. "authentication status."
question = "Confirm that the subscriber has recorded this acknowledgement: The mobile app does not "
  .. "show end users' authentication status. Keep as evidence: Recorded acknowledgement and "
  .. "agent guidance."
