-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.4: end users cannot attach files on Sunshine Conversations channels, and
-- attachments are private (or agents never attach PHI). Same data and logic as ZD.MSG.2.
local sunco = require "sunco"

id = "ZD.SUNCO.4"
title = "End-user attachments off; secure attachments or no PHI from agents"
seed_ref = "IV.4"
product = "Sunshine Conversations (attachments)"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Keep end-user attachments on and record that the subscriber takes full "
  .. "responsibility for attachment content and access."
automation = "partial"
description = "End users cannot attach files to Sunshine Conversations conversations, and either "
  .. "secure (private) attachments are on or agents never attach files containing PHI. "
  .. "Otherwise anyone who has an attachment's URL can open it, and the subscriber carries "
  .. "full responsibility for its content and access. Mirrors ZD.MSG.2."
evidence = "attachmentsEnabled = false on every active web, iOS, Android and Unity integration "
  .. "(GET /sc/v2/apps/{appId}/integrations; a read-only field, true by default, so an "
  .. "integration that does not send it counts as accepting files); and "
  .. "settings.tickets.private_attachments = true (GET /api/v2/account/settings), otherwise a "
  .. "written rule that agents never attach PHI. The Sunshine Conversations app has no "
  .. "private-attachment setting of its own any more (attachmentsAccess left the API in 2024)."
remediation = "Turn off end-user attachments on each web and SDK channel (Admin Center > Channels > "
  .. "Messaging and social; the API cannot change attachmentsEnabled); turn on \"Require "
  .. "authentication to download\" (Admin Center > Objects and rules > Tickets > Settings), or "
  .. "publish a rule that agents never attach PHI."
question = "For each Sunshine Conversations app, confirm end-user attachments are off on every web "
  .. "and SDK channel (Admin Center > Channels > Messaging and social) and that \"Require "
  .. "authentication to download\" is on or agents are bound by a written rule never to attach "
  .. "PHI. Keep screenshots of each channel's setting and the rule."
uses = { "sunco_integrations", "account_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802",
               "https://developer.zendesk.com/api-reference/conversations/" }

function check(snap, ctx)
  return sunco.attachments(snap, "Admin Center > Channels > Messaging and social")
end
