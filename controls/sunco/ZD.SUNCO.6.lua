-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.6: AI-agent-only conversations are stored and must be deleted by the subscriber.
-- Same data and logic as ZD.MSG.8: the app's conversationRetentionSeconds, else the process.
local sunco = require "sunco"

id = "ZD.SUNCO.6"
title = "Conversations handled only by an AI agent are still stored; the subscriber must delete "
  .. "them"
seed_ref = "IV.6"
product = "Sunshine Conversations (AI agents)"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "End-user conversations with an AI agent are kept even when they are never handed to "
  .. "a human and never become tickets; the subscriber deletes them as its obligations "
  .. "require, for example with a webhook that reports them and deletes them through the "
  .. "Sunshine Conversations API. (The translation lost a \"not\"; read as ZD.MSG.8.)"
evidence = "app.settings.conversationRetentionSeconds (GET /sc/v2/apps/{appId}): a positive value "
  .. "deletes inactive conversations automatically (at most conversation_retention_max_days "
  .. "when set). Otherwise the retention rule, webhook configuration and deletion logs."
remediation = "Set settings.conversationRetentionSeconds on each Sunshine Conversations app (PATCH "
  .. "/sc/v2/apps/{appId}), or delete AI-agent-only conversations through the API from a "
  .. "webhook-triggered job, and keep deletion logs."
question = "Show how conversations handled only by an AI agent are deleted in each Sunshine "
  .. "Conversations app: the retention period, or the webhook and deletion job. Keep the "
  .. "configuration and recent deletion logs."
uses = { "sunco_app" }
params = { "conversation_retention_max_days" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802",
               "https://developer.zendesk.com/api-reference/conversations/" }

function check(snap, ctx)
  return sunco.retention(snap, ctx)
end
