-- SPDX-License-Identifier: MIT
-- ZD.EXPLORE.2.1: exports from Explore land on agents' devices, which the subscriber
-- must control. A process: not applicable when Explore is off, else manual.
local explore = require "explore"

id = "ZD.EXPLORE.2.1"
title = "Exports land on devices the subscriber must control"
seed_ref = "VI.2(i)"
product = "Explore (export)"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "The subscriber acknowledges that exporting can move PHI onto the devices of agents who "
  .. "were given Explore access. It is responsible for every control on those devices."
evidence = "Endpoint controls (disk encryption, MDM enrolment, DLP) covering the devices of every"
  .. " agent with Explore access (the agents ZD.EXPLORE.1.1 lists). active_features.explore = false"
  .. " (GET /api/v2/account/settings) makes the control not applicable."
remediation = "Apply endpoint controls (encryption, MDM, DLP) to the devices of every Explore user who "
  .. "can export."
question = "List the agents with Explore access and show, for each of their devices, disk"
  .. " encryption, MDM enrolment and DLP coverage (an MDM compliance export). Keep the export,"
  .. " dated."
uses = { "account_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802" }

function check(snap, ctx)
  return explore.ask_unless_off(snap,
    "show the endpoint controls (encryption, MDM, DLP) on the devices of every Explore user.")
end
