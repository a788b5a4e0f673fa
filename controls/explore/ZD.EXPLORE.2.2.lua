-- SPDX-License-Identifier: MIT
-- ZD.EXPLORE.2.2: Explore's email delivery of exports is unused unless the exports are
-- PHI-free or the mail route is encrypted. No API lists deliveries: manual, or not
-- applicable when Explore is off.
local explore = require "explore"

id = "ZD.EXPLORE.2.2"
title = "No native email delivery of exported reports unless PHI-free or sent over encrypted mail"
seed_ref = "VI.2(ii)"
product = "Explore (email export and scheduled delivery)"
kind = "inventory"
responsible = "subscriber"
exception = "explicit"
alternative = "Email exports only when they are PHI-free, or only over mail routes that enforce "
  .. "encryption, and record which applies."
automation = "manual"
description = "Do not use Explore's built-in feature for emailing exported reports unless the "
  .. "subscriber takes responsibility for either: (a) making sure no PHI is in the export, or "
  .. "(b) making sure the email service used for the transfer supports encryption at a minimum"
  .. " accepted protocol level."
evidence = "The list of Explore email exports and scheduled deliveries with their recipients"
  .. " (Explore > Dashboards > Schedules; no public API), and for each either a PHI-free review or"
  .. " proof that the mail route enforces TLS. active_features.explore = false (GET"
  .. " /api/v2/account/settings) makes the control not applicable."
remediation = "Stop emailing Explore exports and scheduled deliveries, or make sure they are PHI-free "
  .. "or sent over mail that enforces TLS, and record which applies."
question = "In Explore, list every scheduled delivery and emailed export (dashboard > Schedule"
  .. " delivery) with recipients. For each, keep a PHI-free review or evidence that the mail route"
  .. " enforces TLS (for example MTA-STS or a TLS-required connector)."
uses = { "account_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802" }

function check(snap, ctx)
  return explore.ask_unless_off(snap,
    "list the scheduled deliveries and emailed exports and show each is PHI-free or sent over"
    .. " TLS-enforced mail.")
end
