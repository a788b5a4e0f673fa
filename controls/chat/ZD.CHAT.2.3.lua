-- SPDX-License-Identifier: MIT
-- ZD.CHAT.2.3: nobody emails exports from the Chat dashboard. A process: manual while Chat is
-- on; not applicable when account settings prove Chat off.
local chat = require "chat"

id = "ZD.CHAT.2.3"
title = "No email exports from the Chat dashboard"
seed_ref = "V.2.c"
product = "Chat (dashboard exports)"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "Exports from the Chat dashboard (history, analytics) are never shared by email."
evidence = "A written policy forbidding email exports of Chat data, and the Chat roles allowed "
  .. "to export. settings.chat.enabled = false (GET /api/v2/account/settings) makes the "
  .. "control not applicable."
remediation = "Publish a policy forbidding email export of Chat data, and limit the Chat roles "
  .. "that may export (Chat dashboard > Settings > Roles)."
question = "Show the policy that forbids emailing Chat dashboard exports and the list of Chat "
  .. "roles allowed to export. Keep both, dated."
uses = { "account_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802" }

function check(snap, ctx)
  return chat.ask_unless_off(snap, "show the policy forbidding email exports from the Chat "
    .. "dashboard and who may export.")
end
