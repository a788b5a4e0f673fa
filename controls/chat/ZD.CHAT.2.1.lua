-- SPDX-License-Identifier: MIT
-- ZD.CHAT.2.1: Chat email piping is off. No API exposes it, so manual while Chat is on; not
-- applicable when account settings prove Chat off.
local chat = require "chat"

id = "ZD.CHAT.2.1"
title = "Email piping is disabled"
seed_ref = "V.2.a"
product = "Chat (account settings)"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Chat email piping, which sends every chat transcript to an email address, is off."
evidence = "The email-piping address in the Chat dashboard (Settings > Account > Email piping) is "
  .. "empty; the Chat API does not expose it. settings.chat.enabled = false (GET "
  .. "/api/v2/account/settings) makes the control not applicable."
remediation = "In the Chat dashboard, Settings > Account > Email piping, remove the address and "
  .. "save."
question = "In the Chat dashboard, Settings > Account > Email piping, confirm no address is set. "
  .. "Keep a dated screenshot of the empty setting."
uses = { "account_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802" }

function check(snap, ctx)
  return chat.ask_unless_off(snap, "email piping is not exposed by any API: confirm in the Chat "
    .. "dashboard (Settings > Account > Email piping) that no address is set.")
end
