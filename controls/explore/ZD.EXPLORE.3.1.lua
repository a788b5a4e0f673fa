-- SPDX-License-Identifier: MIT
-- ZD.EXPLORE.3.1: shared Explore Enterprise dashboards are PHI-free or shared only with
-- authorised recipients. No API lists sharing: manual, or not applicable when Explore
-- is off.
local explore = require "explore"

id = "ZD.EXPLORE.3.1"
title = "Shared dashboards are PHI-free or shared only with authorised recipients"
seed_ref = "VI (Explore Enterprise) item 1"
product = "Explore Enterprise (dashboard sharing)"
kind = "inventory"
responsible = "subscriber"
exception = "explicit"
alternative = "Share a dashboard only if it is PHI-free, or only with recipients authorised to see its "
  .. "data."
automation = "manual"
description = "For each shared dashboard, one of two: (i) make sure it contains no PHI, or (ii) share "
  .. "it only with agents, groups, lists or end users authorised to view and receive that "
  .. "data."
evidence = "For each shared dashboard (Explore > Dashboards > Share), its recipients (agents,"
  .. " groups, lists, end users) checked against the people authorised to see its data, or a review"
  .. " showing it holds no PHI. active_features.explore = false (GET /api/v2/account/settings)"
  .. " makes the control not applicable."
remediation = "Review each shared Explore dashboard: keep it PHI-free or share it only with named "
  .. "authorised recipients."
question = "With Explore Enterprise, export the sharing list of every dashboard (Explore >"
  .. " Dashboards > Share) and, for each, keep either the PHI-free review or the check of every"
  .. " recipient against the authorised list."
uses = { "account_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802" }

function check(snap, ctx)
  return explore.ask_unless_off(snap,
    "with Explore Enterprise, show for each shared dashboard a PHI-free review or that every"
    .. " recipient is authorised.")
end
