-- SPDX-License-Identifier: MIT
-- ZD.CHAT.2.2: the classic Web Widget's "email transcript" option is off. No API exposes it,
-- so manual while Chat is on; not applicable when account settings prove Chat off.
local chat = require "chat"

id = "ZD.CHAT.2.2"
title = "The \"email transcript\" option in the classic Web Widget is disabled"
seed_ref = "V.2.b"
product = "Chat (Web Widget, Classic)"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Visitors cannot email themselves the chat transcript from the classic Web Widget."
evidence = "The classic Web Widget's email-transcript option is off (Chat dashboard > Settings > "
  .. "Widget); no API exposes it. settings.chat.enabled = false (GET /api/v2/account/settings) "
  .. "makes the control not applicable."
remediation = "In the Chat dashboard, Settings > Widget > Widget settings (classic Web Widget), turn "
  .. "off \"Email transcript\" and save; or move to the messaging Web Widget."
question = "In the Chat dashboard, Settings > Widget, confirm the classic Web Widget's \"Email "
  .. "transcript\" option is off (or the classic widget is not deployed). Keep a dated "
  .. "screenshot."
uses = { "account_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802" }

function check(snap, ctx)
  return chat.ask_unless_off(snap, "the classic widget's email-transcript option is not exposed "
    .. "by any API: confirm it is off in the Chat dashboard (Settings > Widget).")
end
