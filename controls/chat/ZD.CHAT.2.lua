-- SPDX-License-Identifier: MIT
-- ZD.CHAT.2: Chat transcripts and exports are never emailed (ZD.CHAT.2.1–2.3 together).
-- None of them is visible through an API: not applicable when Chat is off, else manual.
local chat = require "chat"

id = "ZD.CHAT.2"
title = "Chat transcripts and exports are never emailed"
seed_ref = "V.2 (widened on 2023-02-24 to all email export of Chat data)"
product = "Chat"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "No Chat transcript or export is sent by email: email piping off (ZD.CHAT.2.1), the "
  .. "classic widget's email-transcript option off (2.2), and no email exports from the Chat "
  .. "dashboard (2.3). Since 2023-02-24 the ban covers every email export of Chat data."
evidence = "The results of ZD.CHAT.2.1 to 2.3; settings.chat.enabled = false (GET "
  .. "/api/v2/account/settings) makes the control not applicable."
remediation = "Turn off Chat email piping and the classic widget's email-transcript option, and "
  .. "forbid email exports from the Chat dashboard (ZD.CHAT.2.1 to 2.3)."
question = "Provide the evidence of ZD.CHAT.2.1 (email piping off), ZD.CHAT.2.2 (email "
  .. "transcript off) and ZD.CHAT.2.3 (no email exports policy)."
uses = { "account_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802" }

function check(snap, ctx)
  return chat.ask_unless_off(snap, "confirm email piping and the email-transcript option are "
    .. "off and Chat exports are never emailed (ZD.CHAT.2.1 to 2.3).")
end
