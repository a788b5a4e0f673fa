-- SPDX-License-Identifier: MIT
-- ZD.EXPLORE.0: PHI can surface in Explore (an acknowledgement). Not applicable when
-- account settings prove Explore off; otherwise a person records the acknowledgement.
local explore = require "explore"

id = "ZD.EXPLORE.0"
title = "PHI can surface in Explore"
seed_ref = "VI (unnumbered preamble)"
product = "Explore"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "manual"
description = "The subscriber acknowledges that PHI can appear inside Explore through user names, "
  .. "ticket subjects, field and form values, and the contents of free-text fields."
evidence = "The subscriber's recorded acknowledgement, dated and signed by the owner of the Zendesk"
  .. " account. active_features.explore = false (GET /api/v2/account/settings) makes the control"
  .. " not applicable."
remediation = "Record the acknowledgement that PHI can surface in Explore and take it into account when"
  .. " granting Explore access (ZD.EXPLORE.1.1)."
question = "Record, signed and dated, that PHI can appear in Explore through user names, ticket"
  .. " subjects, field and form values and free-text fields, and that Explore access is granted"
  .. " with that in mind (ZD.EXPLORE.1.1). Keep the signed acknowledgement."
uses = { "account_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802" }

function check(snap, ctx)
  return explore.ask_unless_off(snap,
    "record the acknowledgement that PHI can surface in Explore (names, subjects, field values,"
    .. " free text).")
end
