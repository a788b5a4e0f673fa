-- SPDX-License-Identifier: MIT
-- ZD.MSG.2: end users cannot attach files in messaging, and attachments are secure (or agents
-- never attach ePHI). Reads attachmentsEnabled of the web/SDK integrations and Support's
-- secure-attachment switch (controls/lib/sunco.lua cites the API spec).
local sunco = require "sunco"

id = "ZD.MSG.2"
title = "End-user attachments off in messaging; secure attachments or no ePHI from agents"
seed_ref = "III.2 (\"URL or\" added 2023-04-13)"
product = "Messaging (Web Widget, SDK channels)"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Keep end-user attachments on and record that the subscriber takes full "
  .. "responsibility for the attachment URLs, their content and access to both."
automation = "partial"
description = "End users cannot attach files to messaging conversations, and either secure "
  .. "(private) attachments are on or agents never attach files containing ePHI. Without "
  .. "secure attachments anyone who has an attachment's URL can open it, and the subscriber "
  .. "carries full responsibility for the URLs, the content and access to both."
evidence = "attachmentsEnabled = false on every active web, iOS, Android and Unity integration "
  .. "(GET /sc/v2/apps/{appId}/integrations; a read-only field, true by default, so an "
  .. "integration that does not send it counts as accepting files); and "
  .. "settings.tickets.private_attachments = true (GET /api/v2/account/settings), otherwise a "
  .. "written rule that agents never attach ePHI. (The Sunshine Conversations app no longer has "
  .. "an attachmentsAccess setting.)"
remediation = "In Admin Center > Channels > Messaging and social > Messaging, open each Web "
  .. "Widget and mobile SDK channel and turn off end-user attachments; then turn on Admin Center"
  .. " > Objects and rules > Tickets > Settings > \"Require authentication to download\", or "
  .. "publish a rule that agents never attach ePHI in messaging."
question = "For each messaging channel (Admin Center > Channels > Messaging and social > "
  .. "Messaging), confirm end-user attachments are off, and that \"Require authentication to "
  .. "download\" is on or agents are bound by a written rule never to attach ePHI. Keep "
  .. "screenshots of each channel's setting and the rule."
uses = { "sunco_integrations", "account_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802",
               "https://developer.zendesk.com/api-reference/conversations/" }

function check(snap, ctx)
  return sunco.attachments(snap, "Admin Center > Channels > Messaging and social > Messaging")
end
