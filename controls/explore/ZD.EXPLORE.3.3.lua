-- SPDX-License-Identifier: MIT
-- ZD.EXPLORE.3.3: Explore Enterprise dashboards shared by link are password-protected
-- and the passwords are managed and rotated. No API lists them: manual, or not
-- applicable when Explore is off.
local explore = require "explore"

id = "ZD.EXPLORE.3.3"
title = "Dashboards shared by link are password-protected, and the passwords are managed and "
  .. "rotated"
seed_ref = "VI (Explore Enterprise) item 3"
product = "Explore Enterprise (share by URL)"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "When a dashboard is shared by URL (an access link rather than named user or group "
  .. "accounts), the subscriber: (i) turns on password protection (ii) makes sure the chosen "
  .. "password's complexity and rotation, the way it is stored, and the way it reaches "
  .. "recipients all follow the subscriber's password policy for the data in the dashboard; "
  .. "(iii) rotates the password without undue delay whenever disclosure is suspected or "
  .. "confirmed."
evidence = "The dashboards shared by link (Explore > Dashboards > Share > link), each with password"
  .. " protection on; the vault record of each password, how it was sent, and its rotation log."
  .. " active_features.explore = false (GET /api/v2/account/settings) makes the control not"
  .. " applicable."
remediation = "Password-protect every dashboard shared by link, keep the passwords in a vault, share "
  .. "them over a separate channel and rotate them."
question = "With Explore Enterprise, list every dashboard shared by link and confirm each is"
  .. " password-protected; keep the list, the vault entries (not the passwords) and the rotation"
  .. " log, including rotations after any suspected disclosure."
uses = { "account_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802" }

function check(snap, ctx)
  return explore.ask_unless_off(snap,
    "with Explore Enterprise, show every link-shared dashboard is password-protected and its"
    .. " password is vaulted and rotated.")
end
