-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.2.3: Sunshine Conversations webhooks, custom integrations and bot providers are
-- understood and owned. Fails on webhook targets that are not HTTPS; otherwise manual with the
-- inventory (custom integrations, webhook origins, full-payload flags) to review.
local sunco = require "sunco"
local verdict = require "verdict"

id = "ZD.SUNCO.2.3"
title = "Custom workflows, webhooks and bot providers are understood and owned"
seed_ref = "IV.2.c"
product = "Sunshine Conversations (webhooks, integrations, customisations)"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Every custom workflow, webhook or API integration and bot provider that can create, "
  .. "read, change or delete Service Data and PHI through Sunshine Conversations is known, "
  .. "reviewed for privacy and security, and owned by the subscriber. zdaudit also requires "
  .. "that webhook targets use HTTPS."
evidence = "Custom integrations (GET /sc/v2/apps/{appId}/integrations, type custom) and their "
  .. "webhooks (GET /sc/v2/apps/{appId}/integrations/{id}/webhooks: target, triggers, "
  .. "includeFullUser, includeFullSource); every target https://. Switchboard integrations "
  .. "and bot providers: the subscriber's register with a review of each."
remediation = "Move every webhook target to https:// (Admin Center > Apps and integrations > "
  .. "Conversations integrations, or PATCH the webhook), turn off includeFullUser / "
  .. "includeFullSource where the receiver does not need them, delete integrations nobody "
  .. "owns, and keep a register with owner and review date for each."
question = "Produce the register of Sunshine Conversations custom integrations, webhooks, "
  .. "switchboard integrations and bot providers: owner, data received (full user or source "
  .. "payloads or not) and the date of its privacy and security review."
uses = { "sunco_integrations", "sunco_webhooks" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802",
               "https://developer.zendesk.com/api-reference/conversations/" }

function check(snap, ctx)
  local ev = {}
  local ints, res = sunco.list(snap, "sunco_integrations")
  if ints == nil then return res end
  local custom = {}
  for _, it in ipairs(ints) do
    if sunco.type_of(it) == "custom" then
      custom[#custom + 1] = zd.str(it.displayName) or zd.str(it.id) or "?"
      ev[#ev + 1] = { endpoint = "sunco_integrations", object = sunco.object(it),
                      field = "type", actual = "custom", note = "status "
                        .. (zd.str(it.status) or "unknown") }
    end
  end
  local plain, nhooks = sunco.webhook_targets(snap, ev)
  if plain == nil then
    if #custom == 0 then
      return zd.manual("No custom integration, and " .. zd.state("sunco_webhooks").reason
        .. "; confirm there are no webhooks, switchboard integrations or bot providers.", ev)
    end
    return nhooks   -- the result for the missing webhook list
  end
  if #plain > 0 then
    return zd.fail("Sunshine Conversations webhooks send conversation data to targets that are "
      .. "not HTTPS: " .. verdict.list(plain) .. ".", ev)
  end
  return zd.manual(verdict.count(#custom, "custom integration") .. " and "
    .. verdict.count(nhooks, "webhook") .. " (all HTTPS); review each with its owner, plus "
    .. "switchboard integrations and bot providers, which the API list does not show.", ev)
end
