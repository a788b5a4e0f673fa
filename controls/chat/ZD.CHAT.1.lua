-- SPDX-License-Identifier: MIT
-- ZD.CHAT.1: agents reach Chat only through Support sign-in. Not applicable when Chat is off;
-- passes when Chat is integrated with the Support account (settings.chat.integrated), fails
-- when it is on but stand-alone.
local chat = require "chat"
local verdict = require "verdict"

id = "ZD.CHAT.1"
title = "Chat access for agents goes through Support authentication"
seed_ref = "V.1"
product = "Chat"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Agents reach Zendesk Chat only by signing in to Zendesk Support: Chat is connected "
  .. "to the Support account, so Support's sign-in controls (ZD.SUP.1, ZD.SUP.3) govern Chat "
  .. "too."
evidence = "GET /api/v2/account/settings: settings.chat.enabled (false => not applicable) and "
  .. "settings.chat.integrated = true (Chat linked to the Support account). Chat-only "
  .. "sign-in credentials are not exposed; since the integration, Chat agents are Support users."
remediation = "Link Chat to the Support account (Admin Center > Channels > Chat, or migrate the "
  .. "stand-alone Chat account to Zendesk sign-in) so agents sign in through Support, then "
  .. "remove any Chat-only agent logins."
question = "Confirm in Admin Center > Channels > Chat that Chat is linked to this Support account"
  .. " and that no agent signs in to Chat with separate Chat credentials. Keep a screenshot "
  .. "and the Chat agent list."
uses = { "account_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802",
               "https://developer.zendesk.com/api-reference/ticketing/account-configuration/account_settings/" }

function check(snap, ctx)
  local res, ev = chat.off_or_missing(snap)
  if res then return res end
  local v = zd.get(snap.account_settings, "settings.chat.integrated")
  local integrated = zd.bool(v)
  ev[#ev + 1] = { endpoint = "account_settings", field = "settings.chat.integrated", actual = v,
                  expected = true }
  if integrated == true then
    return zd.pass("Chat is on and integrated with the Support account "
      .. "(settings.chat.integrated true), so agents sign in through Support.", ev)
  end
  if integrated == false then
    return zd.fail("Chat is on but not integrated with the Support account "
      .. "(settings.chat.integrated false): agents may sign in to Chat outside Support's "
      .. "authentication.", ev)
  end
  return verdict.error("settings.chat.integrated is missing or not a boolean.")
end
