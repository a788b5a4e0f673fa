-- SPDX-License-Identifier: MIT
-- ZD.MSG.8: conversations that only an AI agent handled are still stored, so they must be
-- deleted as the subscriber's obligations require. Passes when the messaging app deletes
-- inactive conversations itself (conversationRetentionSeconds); otherwise asks for the process.
local sunco = require "sunco"

id = "ZD.MSG.8"
title = "Conversations handled only by an AI agent are still stored; the subscriber must delete "
  .. "them"
seed_ref = "III.8 (added 2023-04-13; renamed 2024-12-16)"
product = "Messaging (AI agents), Sunshine Conversations API"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Conversations between end users and an AI agent that are never handed to a human, "
  .. "and so never become tickets, are still stored; the subscriber deletes them as its "
  .. "obligations require, for example with a webhook that reports such conversations and "
  .. "deletes them through the Sunshine Conversations API."
evidence = "app.settings.conversationRetentionSeconds of the messaging app (GET /sc/v2/apps/{appId})"
  .. ": a positive value deletes inactive conversations automatically (at most "
  .. "conversation_retention_max_days when that parameter is set). Otherwise the deletion "
  .. "process: the webhook or integration that finds such conversations, and deletion logs."
remediation = "Set a conversation retention period on the messaging app (PATCH "
  .. "/sc/v2/apps/{appId} with settings.conversationRetentionSeconds), or run a deletion job "
  .. "triggered by a Sunshine Conversations webhook that deletes AI-agent-only conversations "
  .. "through the API, and keep its logs."
question = "Show how conversations handled only by an AI agent are deleted: the retention period "
  .. "of the messaging app, or the webhook and deletion job (with its schedule and the rule it "
  .. "applies). Keep the job's configuration and recent deletion logs."
uses = { "sunco_app" }
params = { "conversation_retention_max_days" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802",
               "https://developer.zendesk.com/api-reference/conversations/" }

function check(snap, ctx)
  return sunco.retention(snap, ctx)
end
